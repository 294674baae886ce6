package org.relief.rules.liaocheng;

import java.time.LocalDate;
import java.util.Set;
import org.relief.core.model.AdminCode;
import org.relief.core.rules.national.Na06SinglePerson;
import org.relief.core.rules.national.Na09TekunEligibility;
import org.relief.core.rules.national.Na11ApprovalLevel;
import org.relief.core.rules.national.Na13Fraud;
import org.relief.core.spi.Citation;
import org.relief.core.spi.RuleModule;
import org.relief.core.spi.RuleRegistrar;
import org.relief.core.spi.Slots;
import org.relief.core.spi.Validity;
import org.relief.core.standards.StandardsCsv;

/**
 * 聊城市 — 《聊城市人民政府关于统筹完善社会救助体系的实施意见》(聊政字〔2020〕28号), in force from
 * its date of issue, 2020-10-15, with no end date. Serves every code under 371500 (聊城市, e.g.
 * 东昌府区 371502, 阳谷县 371521).
 *
 * <p>Catalogue LC-01 … LC-14 (聊政字〔2020〕28号). What the engine applies:
 * <ul>
 *   <li>LC-01 (三(一)) 单人保: the national 单人户 rule {@link Na06SinglePerson} under LC-01;</li>
 *   <li>LC-02 (三(一)) tekun minors up to 18: {@link Na09TekunEligibility} with limit 18 from
 *   2020-10-15 to 2021-04-25; from 2021-04-26 the national 特困人员认定办法 (民发〔2021〕43号) sets
 *   the same limit and, being the later national rule, prevails: the trace shows NA-09 then;</li>
 *   <li>LC-04, LC-05 (三(二)) derived tekun standards: {@link Lc04TekunBasicStandard},
 *   {@link Lc05TekunCareStandard};</li>
 *   <li>LC-06 (三(二)) ranges of expenditure-type temporary assistance: {@link Lc06TemporaryRange};</li>
 *   <li>LC-13 (三(三)) approval (审核确认) by the township: {@link Na11ApprovalLevel#township()}.</li>
 * </ul>
 * Calculators: LC-03 {@link DibaoStandardCalculator}, LC-07 {@link EmergencyAssistanceDeadline},
 * LC-09 {@link AssistantCalculator}, LC-14 {@link WorkstationCalculator}. Case lifecycle: LC-10
 * {@link Lc10HonestyCommitment} (the commitment on {@code apply}; LC-13 also fixes a case's approval
 * level). Not computable: LC-08, LC-11, LC-12 (the module README says why).
 */
public final class LiaochengModule implements RuleModule {
    /** 文号 of the document. */
    public static final String DOCUMENT = "聊政字〔2020〕28号";
    /** Date of issue (成文日期) and start of validity. */
    public static final LocalDate FROM = LocalDate.of(2020, 10, 15);
    /** 聊城市. */
    public static final AdminCode LIAOCHENG = AdminCode.of("371500");

    @Override
    public String id() {
        return "liaocheng";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public String name() {
        return "聊城市";
    }

    @Override
    public Set<AdminCode> adminCodes() {
        return Set.of(LIAOCHENG);
    }

    @Override
    public Validity validity() {
        return Validity.from(FROM);
    }

    @Override
    public void register(RuleRegistrar r) {
        Citation lc03 = Citation.calculator("LC-03", DOCUMENT, "三(二)", "低保标准与城乡居民人均消费支出挂钩");
        Citation lc09 = Citation.calculator("LC-09", DOCUMENT, "三(四)", "每个村（居）委员会配备1—2名社会救助协理员");
        Citation lc14 = Citation.calculator("LC-14", DOCUMENT, "三(三)", "社区（村居）设立社会救助工作站");
        r.cite(Citation.determination("LC-01", DOCUMENT, "三(一)", "低收入家庭重残、重病人员参照单人保纳入低保"))
                .cite(Citation.determination("LC-02", DOCUMENT, "三(一)", "特困供养未成年人年龄延长至18周岁"))
                .cite(lc03)
                .cite(Citation.determination("LC-04", DOCUMENT, "三(二)", "特困人员基本生活标准不低于低保标准的1.3倍"))
                .cite(Citation.determination("LC-05", DOCUMENT, "三(二)",
                        "照料护理标准不低于上年度最低工资标准的1/10、1/6、1/3"))
                .cite(Citation.determination("LC-06", DOCUMENT, "三(二)",
                        "支出型临时救助：重特大疾病3—12倍、教育费用3—6倍城市低保月标准"))
                .cite(Citation.calculator("LC-07", DOCUMENT, "三(二)", "急难型临时救助24小时先行救助"))
                .cite(Citation.notComputable("LC-08", DOCUMENT, "三(二)", "重大生活困难“一事一议”统筹救助"))
                .cite(lc09)
                .cite(Citation.procedure("LC-10", DOCUMENT, "三(八)", "守信承诺制度和失信记录制度"))
                .cite(Citation.notComputable("LC-11", DOCUMENT, "三(七)", "社会救助政策、对象和资金使用公开公示"))
                .cite(Citation.notComputable("LC-12", DOCUMENT, "三(五)", "家庭经济状况核对"))
                .cite(Citation.determination("LC-13", DOCUMENT, "三(三)", "乡镇（街道）负责受理、入户调查、审核确认"))
                .cite(lc14);

        // LC-01: the document restates the national 单人户 rule (NA-06); the national class is reused.
        r.rule(Slots.DIBAO_SINGLE_PERSON, "LC-01", new Na06SinglePerson())
                // LC-02: 聊城 extended the tekun minor limit to 18 before the nation did. From
                // 2021-04-26 the national 认定办法 (民发〔2021〕43号) — the later rule — prevails with
                // the same limit, so LC-02 is registered only for the dates it alone holds.
                .rule(Slots.TEKUN_ELIGIBILITY, "LC-02",
                        Validity.between(FROM, Na09TekunEligibility.MINOR_LIMIT_18_FROM.minusDays(1)),
                        new Na09TekunEligibility(18))
                .rule(Slots.TEKUN_BASIC_STANDARD, "LC-04", new Lc04TekunBasicStandard())
                .rule(Slots.TEKUN_CARE_STANDARD, "LC-05", new Lc05TekunCareStandard())
                .rule(Slots.TEMPORARY_RANGE, "LC-06", new Lc06TemporaryRange())
                // LC-13: the township's platform does 审核确认 of all assistance matters, with no
                // condition of delegation (unlike 许昌 XC-06).
                .rule(Slots.PROCEDURE_APPROVAL, "LC-13", Na11ApprovalLevel.township());
        // LC-10: the honesty commitment is signed with the application (after the national consent).
        r.caseRule(Slots.CASE_COMMITMENT, "LC-10", new Lc10HonestyCommitment())
                // LC-10: fraud leaves a dishonesty record for the city credit platform.
                .caseRule(Slots.CASE_FRAUD, "LC-10", new Na13Fraud());

        // The calculators (over HTTP at /api/v1/calculators): LC-03's linkage, LC-09's assistants, LC-14's workstations.
        r.calculator(new Lc03DibaoStandardLinkage(lc03)).calculator(new Lc09Assistants(lc09))
                .calculator(new Lc14Workstations(lc14));

        r.standards(StandardsCsv.resource(getClass(), "standards.csv"));
    }
}
