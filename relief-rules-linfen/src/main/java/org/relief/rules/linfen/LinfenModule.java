package org.relief.rules.linfen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.relief.core.model.AdminCode;
import org.relief.core.model.ProgramId;
import org.relief.core.rules.national.Na01Disaster;
import org.relief.core.rules.national.Na01Education;
import org.relief.core.rules.national.Na01Employment;
import org.relief.core.rules.national.Na01Medical;
import org.relief.core.rules.national.Na04CountedIncome;
import org.relief.core.rules.national.Na09TekunEligibility;
import org.relief.core.rules.national.Na12TemporaryGrant;
import org.relief.core.rules.national.Na13Termination;
import org.relief.core.spi.Citation;
import org.relief.core.spi.RuleModule;
import org.relief.core.spi.RuleRegistrar;
import org.relief.core.spi.Slots;
import org.relief.core.spi.Validity;
import org.relief.core.standards.StandardsCsv;

/**
 * 临汾市 — 临社救办发〔2015〕3号《关于贯彻落实〈社会救助暂行办法〉的实施意见》 (issued 2015-10-20,
 * no end date), catalogue ids LF-01 … LF-16. Serves 141000 and every code under it (1410xx).
 *
 * <p>Every catalogue id is declared with its clause; the rules reuse the national classes with the
 * document's parameters. Where a national rule changed after 2015 the later national rule
 * prevails from its date: LF-03 (tekun minors under 16) holds until 2021-04-25, then NA-09 (18)
 * applies; democratic appraisal is left to NA-11 (always before 2021-07-01), because no LF id
 * covers the document's appraisal procedure. See the module README for every interpretation.
 */
public final class LinfenModule implements RuleModule {
    /** The document's number, cited by every rule of the module. */
    public static final String DOCUMENT = "临社救办发〔2015〕3号";
    /** Issue date of the document (落款 2015年10月20日). */
    public static final LocalDate FROM = LocalDate.of(2015, 10, 20);
    /** LF-03's minor limit of 16 holds until the national 认定办法 (民发〔2021〕43号) raised it to 18. */
    public static final LocalDate LF03_UNTIL = Na09TekunEligibility.MINOR_LIMIT_18_FROM.minusDays(1);
    /** LF-03: tekun minors are covered while under 16 (未满16周岁). */
    public static final int TEKUN_MINOR_LIMIT = 16;
    /** LF-04: 政策范围内住院自负医疗费用救助比例不低于60%. */
    public static final BigDecimal MEDICAL_RATIO_FLOOR = new BigDecimal("0.6");
    /** LF-11: the disaster relief items of 二(三)2, in the order of the clause. */
    public static final List<String> DISASTER_MEASURES = List.of("emergencyRelief", "deathConsolation",
            "transitionalLiving", "housingReconstruction", "droughtRelief", "winterSpringRelief");

    @Override
    public String id() {
        return "linfen";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public String name() {
        return "临汾市";
    }

    @Override
    public Set<AdminCode> adminCodes() {
        return Set.of(AdminCode.of("141000"));
    }

    @Override
    public Validity validity() {
        return Validity.from(FROM);
    }

    @Override
    public void register(RuleRegistrar r) {
        r.cite(Citation.determination("LF-01", DOCUMENT, "二(一)", "按实际收入计算家庭收入，不计虚拟收入"))
                .cite(Citation.procedure("LF-02", DOCUMENT, "二(一)", "经办人员、村(居)委会工作人员及其近亲属享受救助备案"))
                .cite(Citation.determination("LF-03", DOCUMENT, "二(二)1", "特困供养：老年人、残疾人、未满16周岁的未成年人"))
                .cite(Citation.determination("LF-04", DOCUMENT, "二(四)1", "政策范围内住院自负费用救助比例不低于60%"))
                .cite(Citation.calculator("LF-05", DOCUMENT, "二(四)2", "100%资助救助对象参保参合"))
                .cite(Citation.determination("LF-06", DOCUMENT, "二(五)1", "教育救助对象：低保家庭成员、特困供养人员及义务教育阶段残疾儿童"))
                .cite(Citation.determination("LF-07", DOCUMENT, "二(七)2", "零就业低保家庭与就业困难人员认定"))
                .cite(Citation.determination("LF-08", DOCUMENT, "二(七)3", "首次创业继续享受一个季度低保待遇"))
                .cite(Citation.determination("LF-09", DOCUMENT, "二(八)1", "临时救助一次性，个人年5000元、家庭年10000元上限"))
                .cite(Citation.calculator("LF-10", DOCUMENT, "二(八)1", "低保年终滚存结余不高于10%用于低保对象临时救助"))
                .cite(Citation.determination("LF-11", DOCUMENT, "二(三)2", "灾害救助项目"))
                .cite(Citation.calculator("LF-12", DOCUMENT, "二(五)2", "按教育阶段确定救助方式"))
                .cite(Citation.calculator("LF-13", DOCUMENT, "二(六)2", "购买商品住房退出住房保障；住房保障年度复核"))
                .cite(Citation.procedure("LF-14", DOCUMENT, "二(二)1", "特困人员不再符合条件的，终止供养并公示"))
                .cite(Citation.determination("LF-15", DOCUMENT, "二(七)1", "低保对象免费失业登记和公共就业服务"))
                .cite(Citation.determination("LF-16", DOCUMENT, "二(八)1", "救助金额较小的临时救助委托乡镇(街道)审批"));

        // LF-01: counted income is what members actually receive (the declared incomes), never an
        // imputed income; the national computation (NA-04) does exactly that, so it is reused here
        // under the document's own id (exemptions and employment cost as nationally in force).
        r.rule(Slots.INCOME, "LF-01", new Na04CountedIncome())
                // LF-03: minors under 16 until the 2021 认定办法; from 2021-04-26 NA-09 (18) prevails.
                .rule(Slots.TEKUN_ELIGIBILITY, "LF-03", Validity.between(FROM, LF03_UNTIL),
                        new Na09TekunEligibility(TEKUN_MINOR_LIMIT))
                .rule(Slots.MEDICAL, "LF-04", Na01Medical.withFloor(MEDICAL_RATIO_FLOOR))
                // LF-06 coverage; the measures by stage and residence are LF-12's (LinfenEducation).
                .rule(Slots.EDUCATION, "LF-06", new Na01Education(LinfenEducation::covered, LinfenEducation::measures))
                // LF-07 with LF-15: one slot; employmentServices is LF-15's free registration and services.
                .rule(Slots.EMPLOYMENT, "LF-07", new Na01Employment())
                .rule(Slots.DIBAO_CONTINUATION, "LF-08", new Lf08FirstBusinessQuarter())
                .rule(Slots.TEMPORARY_APPROVAL, "LF-16", new Lf16TownshipApproval())
                .rule(Slots.TEMPORARY_GRANT, "LF-09", new Na12TemporaryGrant())
                .rule(Slots.DISASTER, "LF-11", new Na01Disaster(DISASTER_MEASURES));

        // LF-02: staff relatives' applications are filed on record at acceptance.
        r.caseRule(Slots.CASE_FILING, "LF-02", new Lf02StaffRelativeRecord())
                // LF-14: a tekun person who no longer qualifies is terminated after a public notice (the national
                // 7-day notice, cited under LF-14 for tekun; dibao terminations stay NA-13's).
                .caseRule(Slots.CASE_TERMINATION, "LF-14", Na13Termination.forProgram(ProgramId.TEKUN));

        r.standards(StandardsCsv.resource(getClass(), "standards.csv"));
    }
}
