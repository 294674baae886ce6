package org.relief.rules.xuchang;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.relief.core.model.AdminCode;
import org.relief.core.model.ProgramId;
import org.relief.core.rules.national.Na01Disaster;
import org.relief.core.rules.national.Na01Education;
import org.relief.core.rules.national.Na01Housing;
import org.relief.core.rules.national.Na04CountedIncome;
import org.relief.core.rules.national.Na05GradualExit;
import org.relief.core.rules.national.Na06SinglePerson;
import org.relief.core.rules.national.Na07Supplements;
import org.relief.core.rules.national.Na11Appraisal;
import org.relief.core.rules.national.Na11ApprovalLevel;
import org.relief.core.rules.national.Na11Deadlines;
import org.relief.core.rules.national.Na13Death;
import org.relief.core.rules.national.Na13Fraud;
import org.relief.core.rules.national.Na13Review;
import org.relief.core.rules.national.Na13ReviewInterval;
import org.relief.core.spi.Citation;
import org.relief.core.spi.RuleModule;
import org.relief.core.spi.RuleRegistrar;
import org.relief.core.spi.Slots;
import org.relief.core.spi.Validity;
import org.relief.core.standards.StandardDefinition;
import org.relief.core.standards.StandardsCsv;

/**
 * 许昌市 — 中共许昌市委办公室 许昌市人民政府办公室《关于改革完善社会救助制度的实施意见》(许办〔2021〕7号,
 * issued 2021-08-02) and the 2023 work report 《许昌市深化社会救助制度改革积极构建全方位社会救助体系》,
 * in force from 2021-08-02 with no end date. Serves every code under 411000 (许昌市, e.g. 禹州市 411081,
 * 长葛市 411082).
 *
 * <p>Catalogue XC-01 … XC-19 (许办〔2021〕7号 and the 2023 work report). What the engine applies:
 * <ul>
 *   <li>XC-01 (三(二)5) 单人户: the national {@link Na06SinglePerson} under XC-01;</li>
 *   <li>XC-02 (三(二)6) 分类施保 supplements: {@link Na07Supplements} under XC-02 (amounts are published
 *   standards; none is known for 许昌, so none is paid unless given);</li>
 *   <li>XC-03 (三(二)7) review schedule: {@link Na13ReviewInterval} under XC-03;</li>
 *   <li>XC-04 (三(三)12) employment-cost deduction and 渐退期: {@link Na04CountedIncome} and
 *   {@link Na05GradualExit} under XC-04;</li>
 *   <li>XC-06 (三(五)20) approval by the township where delegated: {@link Na11ApprovalLevel#townshipWhenDelegated()};</li>
 *   <li>XC-07 (三(五)20) democratic appraisal only when disputed: {@link Na11Appraisal} (the whole validity
 *   lies after 2021-07-01, so it is always the "only when disputed" rule);</li>
 *   <li>XC-10 (三(三)10) education coverage and XC-11 (三(三)11) housing: {@link Na01Education}, {@link Na01Housing};</li>
 *   <li>XC-14 (2023 report) charity-supermarket voucher: {@link Xc14CharityVoucher}, an in-kind line from 2023-01-01;</li>
 *   <li>XC-17 (三(三)13) disaster relief items: {@link Na01Disaster} with 许昌's list.</li>
 * </ul>
 * Case lifecycle (procedure rules): XC-13 {@link Xc13ApplicationChannel}, XC-19 (deadlines on the 河南 limits),
 * XC-03 (reviews), XC-09 (death). Calculators: XC-09 {@link DeathPaymentCalculator}, XC-12 {@link StaffingCalculator}.
 * XC-15 (fraud recovery). Not computable: XC-05, XC-08, XC-16, XC-18 (the module README says why).
 */
public final class XuchangModule implements RuleModule {
    /** 文号 of the implementing opinions. */
    public static final String DOCUMENT = "许办〔2021〕7号";
    /** The 2023 work report (it has no 文号). */
    public static final String REPORT = "许昌市社会救助工作报告（2023）";
    /** Date of issue (2021年8月2日) and start of validity. */
    public static final LocalDate FROM = LocalDate.of(2021, 8, 2);
    /** 许昌市. */
    public static final AdminCode XUCHANG = AdminCode.of("411000");
    /** 许昌's disaster relief items (XC-17, 三(三)13), in the clause's order. */
    public static final List<String> DISASTER_MEASURES = List.of("emergencyRelief", "transitionalLiving",
            "droughtRelief", "winterSpringRelief", "housingReconstruction");

    @Override
    public String id() {
        return "xuchang";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public String name() {
        return "许昌市";
    }

    @Override
    public Set<AdminCode> adminCodes() {
        return Set.of(XUCHANG);
    }

    @Override
    public Validity validity() {
        return Validity.from(FROM);
    }

    @Override
    public void register(RuleRegistrar r) {
        Citation xc09 = Citation.procedure("XC-09", DOCUMENT, "三(五)20", "救助对象死亡后已发放的当月（当季度）救助金不再收回");
        Citation xc12 = Citation.calculator("XC-12", DOCUMENT, "四(二)", "基层社会救助工作人员配备");
        r.cite(Citation.determination("XC-01", DOCUMENT, "三(二)5", "低收入家庭重度残疾人、重病患者参照单人户纳入低保"))
                .cite(Citation.determination("XC-02", DOCUMENT, "三(二)6", "重残、重病、老年人、未成年人增加低保金额"))
                .cite(Citation.determination("XC-03", DOCUMENT, "三(二)7", "定期核查：每年一次或每半年一次"))
                .cite(Citation.determination("XC-04", DOCUMENT, "三(三)12", "就业成本扣减与低保渐退期"))
                .cite(Citation.notComputable("XC-05", DOCUMENT, "三(四)16", "临时救助分急难型、支出型；小金额先行救助；一事一议"))
                .cite(Citation.determination("XC-06", DOCUMENT, "三(五)20", "审核确认权限委托下放乡镇（街道）"))
                .cite(Citation.determination("XC-07", DOCUMENT, "三(五)20", "无争议的救助申请不再民主评议"))
                .cite(Citation.notComputable("XC-08", DOCUMENT, "三(五)20", "可通过政务服务平台查询的证明材料不再要求提供"))
                .cite(xc09)
                .cite(Citation.determination("XC-10", DOCUMENT, "三(三)10", "教育救助覆盖对象"))
                .cite(Citation.determination("XC-11", DOCUMENT, "三(三)11", "住房救助：农村危房改造、城镇公租房优先"))
                .cite(xc12)
                .cite(Citation.procedure("XC-13", REPORT, "优化流程", "户报、村评、乡审、县批；居住证申请；网上申请"))
                .cite(Citation.determination("XC-14", REPORT, "多元参与", "每月每名低保对象29元慈善超市购物券"))
                .cite(Citation.procedure("XC-15", DOCUMENT, "四(四)", "追回骗取的社会救助金"))
                .cite(Citation.notComputable("XC-16", DOCUMENT, "三(一)2", "专项社会救助对象范围"))
                .cite(Citation.determination("XC-17", DOCUMENT, "三(三)13", "受灾人员救助事项"))
                .cite(Citation.notComputable("XC-18", DOCUMENT, "三(三)9", "医疗救助分类资助参保"))
                .cite(Citation.procedure("XC-19", REPORT, "优化流程", "低保办理时限缩短3—10个工作日"));

        // XC-04 restates NA-04 (employment cost) and NA-05 (渐退期); the figures are published standards
        // (employmentCost.monthly, dibao.gradualExit.months), none known for 许昌.
        r.rule(Slots.INCOME, "XC-04", new Na04CountedIncome())
                .rule(Slots.DIBAO_GRADUAL_EXIT, "XC-04", new Na05GradualExit())
                // XC-01 restates NA-06; XC-02 restates NA-07 (the document says only "增加低保金额或拉大补助档差":
                // the amounts are published standards, and a member in several categories gets the highest).
                .rule(Slots.DIBAO_SINGLE_PERSON, "XC-01", new Na06SinglePerson())
                .rule(Slots.DIBAO_SUPPLEMENTS, "XC-02", new Na07Supplements())
                // XC-14: the report attests the voucher but not its start; the report's year is taken (README).
                .rule(Slots.DIBAO_EXTRA_LINES, "XC-14", Validity.from(Xc14CharityVoucher.FROM), new Xc14CharityVoucher())
                // XC-03 restates NA-13.
                .rule(Slots.PROCEDURE_REVIEW, "XC-03", new Na13ReviewInterval())
                // XC-06: approval lies with the township only where the county has delegated it (长葛 from 2021,
                // the other counties "按程序"): the request says whether it has (application.townshipDelegated).
                .rule(Slots.PROCEDURE_APPROVAL, "XC-06", Na11ApprovalLevel.townshipWhenDelegated())
                // XC-07: the module starts after 2021-07-01, so the national class always yields "only when disputed".
                .rule(Slots.PROCEDURE_APPRAISAL, "XC-07", new Na11Appraisal())
                // XC-10: the clause's list is the national coverage (dibao/tekun households, the listed statuses,
                // disabled children) at every stage from preschool to higher education.
                .rule(Slots.EDUCATION, "XC-10", new Na01Education(Na01Education::nationalCoverage,
                        (m, e) -> List.of("educationAssistance")))
                .rule(Slots.HOUSING, "XC-11", new Na01Housing())
                .rule(Slots.DISASTER, "XC-17", new Na01Disaster(DISASTER_MEASURES));

        // The case lifecycle: XC-13 admits residence-permit and online applications; XC-19 counts the decision
        // limit the county works to (河南 25 / 40 working days shipped as standards, a county may publish its
        // shorter practice); XC-03 reviews as NA-13; XC-09 pays the month of death without recovery.
        r.caseRule(Slots.CASE_CHANNEL, "XC-13", new Xc13ApplicationChannel())
                .caseRule(Slots.CASE_DEADLINES, "XC-19", Na11Deadlines.forProgram(ProgramId.DIBAO))
                .caseRule(Slots.CASE_REVIEW, "XC-03", new Na13Review())
                .caseRule(Slots.CASE_DEATH, "XC-09", new Na13Death())
                // XC-15: assistance obtained by fraud is recovered (over the submitted rosters).
                .caseRule(Slots.CASE_FRAUD, "XC-15", new Na13Fraud());

        // The calculators (over HTTP at /api/v1/calculators): XC-12's staffing at each level, XC-09's settlement.
        r.calculator(new Xc12CountyStaffing(xc12)).calculator(new Xc12TownshipStaffing(xc12))
                .calculator(new Xc12VillageAssistants(xc12)).calculator(new Xc09DeathPayment(xc09));

        r.standards(StandardsCsv.resource(getClass(), "standards.csv"))
                .standardKey(StandardDefinition.of(Xc14CharityVoucher.KEY, StandardDefinition.Measure.YUAN_PER_MONTH,
                        "慈善超市购物券（每名低保对象每月）", "charity-supermarket voucher per dibao recipient per month", "XC-14"));
    }
}
