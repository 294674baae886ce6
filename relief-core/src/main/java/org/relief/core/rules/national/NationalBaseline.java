package org.relief.core.rules.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.relief.core.model.AdminCode;
import org.relief.core.spi.Citation;
import org.relief.core.spi.RuleModule;
import org.relief.core.spi.RuleRegistrar;
import org.relief.core.spi.Slots;
import org.relief.core.spi.Validity;
import org.relief.core.standards.Provenance;
import org.relief.core.standards.PublishedStandard;
import org.relief.core.standards.StandardKey;
import org.relief.core.standards.StandardUnit;
import org.relief.core.standards.StandardsTable;

/**
 * The national baseline (全国), region {@code 000000}, valid from 2014-05-01 (《社会救助暂行办法》
 * 国务院令第649号). Every regional module inherits it; callers without a regional module use it
 * directly and supply the standards. Always loaded by {@code RuleModules}.
 */
public final class NationalBaseline implements RuleModule {
    public static final String ID = "national";
    /** 《社会救助暂行办法》 in force. */
    public static final LocalDate FROM = LocalDate.of(2014, 5, 1);

    static final String DECREE = "国务院令第649号";
    static final String DIBAO_MEASURES = "民发〔2021〕57号";
    /** 《最低生活保障审核确认办法》 in force. */
    static final LocalDate DIBAO_MEASURES_FROM = LocalDate.of(2021, 7, 1);
    /** NA-14: thresholds in force from the month after 发改价格规〔2016〕1835号 was published. */
    static final LocalDate PRICE_LINKAGE_FROM = LocalDate.of(2016, 9, 1);
    static final String TEKUN_MEASURES = "民发〔2021〕43号";
    static final String TEMPORARY = "民发〔2018〕23号";

    private static PublishedStandard threshold(String key, LocalDate from, String value, Provenance p) {
        return new PublishedStandard(StandardKey.of(key), AdminCode.NATIONAL, from, Optional.empty(), new BigDecimal(value),
                StandardUnit.NUMBER, p);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return org.relief.core.engine.ReliefEngine.VERSION;
    }

    @Override
    public String name() {
        return "全国（国家基线）";
    }

    @Override
    public Set<AdminCode> adminCodes() {
        return Set.of(AdminCode.NATIONAL);
    }

    @Override
    public Validity validity() {
        return Validity.from(FROM);
    }

    @Override
    public void register(RuleRegistrar r) {
        r.cite(Citation.determination("NA-01", DECREE, "第二章至第九章", "八项社会救助与低收入家庭认定"))
                .cite(Citation.determination("NA-02", DECREE, "第九条", "低保条件：人均收入低于标准且财产符合规定"))
                .cite(Citation.determination("NA-03", DECREE, "第十二条", "低保金按差额发放"))
                .cite(Citation.determination("NA-04", DIBAO_MEASURES, "收入认定", "收入核算：豁免项目与就业成本扣减"))
                .cite(Citation.determination("NA-05", DIBAO_MEASURES, "渐退期", "就业后收入超标的渐退期"))
                .cite(Citation.determination("NA-06", DIBAO_MEASURES, "单人户", "低保边缘家庭重残重病人员单人户"))
                .cite(Citation.determination("NA-07", DIBAO_MEASURES, "分类施保", "老年人、未成年人、重残、重病增发"))
                .cite(Citation.determination("NA-08", "民政部 财政部 2020年低收入人口认定通知", "", "低收入家庭认定"))
                .cite(Citation.determination("NA-09", TEKUN_MEASURES, "认定条件；" + DECREE + " 第十四条", "特困人员认定条件"))
                .cite(Citation.determination("NA-10", DECREE, "第十五条；" + TEKUN_MEASURES, "特困供养：基本生活标准＋照料护理标准"))
                .cite(Citation.determination("NA-11", DIBAO_MEASURES, "审核确认程序；" + DECREE + " 第十一条", "申请、调查、审核、公示、确认"))
                .cite(Citation.determination("NA-12", DECREE, "第四十七条；" + TEMPORARY, "临时救助：急难型、支出型与年度上限"))
                .cite(Citation.determination("NA-13", DIBAO_MEASURES, "动态管理；" + DECREE + " 第十三条", "定期复核"))
                .cite(Citation.procedure("NA-14", "发改价格规〔2016〕1835号", "二", "价格临时补贴联动机制（月度发放花名册）"));

        r.rule(Slots.INCOME, "NA-04", new Na04CountedIncome())
                .rule(Slots.DIBAO_ELIGIBILITY, "NA-02", new Na02DibaoEligibility())
                .rule(Slots.DIBAO_GRADUAL_EXIT, "NA-05", new Na05GradualExit())
                .rule(Slots.DIBAO_SINGLE_PERSON, "NA-06", new Na06SinglePerson())
                .rule(Slots.DIBAO_AMOUNT, "NA-03", new Na03DibaoAmount())
                .rule(Slots.DIBAO_SUPPLEMENTS, "NA-07", new Na07Supplements())
                .rule(Slots.LOW_INCOME, "NA-08", new Na08LowIncome())
                // The minor age limit changed with the 2021 认定办法: two dated versions of NA-09.
                .rule(Slots.TEKUN_ELIGIBILITY, "NA-09",
                        Validity.between(FROM, Na09TekunEligibility.MINOR_LIMIT_18_FROM.minusDays(1)),
                        new Na09TekunEligibility(16))
                .rule(Slots.TEKUN_ELIGIBILITY, "NA-09", Validity.from(Na09TekunEligibility.MINOR_LIMIT_18_FROM),
                        new Na09TekunEligibility(18))
                .rule(Slots.TEKUN_BASIC_STANDARD, "NA-10", Na10TekunStandard.basic())
                .rule(Slots.TEKUN_CARE_STANDARD, "NA-10", Na10TekunStandard.care())
                .rule(Slots.TEKUN_AMOUNT, "NA-10", new Na10TekunAmount())
                .rule(Slots.TEMPORARY_GRANT, "NA-12", new Na12TemporaryGrant())
                .rule(Slots.MEDICAL, "NA-01", Na01Medical.national())
                .rule(Slots.EDUCATION, "NA-01", Na01Education.national())
                .rule(Slots.HOUSING, "NA-01", new Na01Housing())
                .rule(Slots.EMPLOYMENT, "NA-01", new Na01Employment())
                .rule(Slots.DISASTER, "NA-01", Na01Disaster.national())
                .rule(Slots.PROCEDURE_APPRAISAL, "NA-11", new Na11Appraisal())
                .rule(Slots.PROCEDURE_APPROVAL, "NA-11", Na11ApprovalLevel.county())
                .rule(Slots.PROCEDURE_NOTICE, "NA-11", new Na11PublicNotice())
                .rule(Slots.PROCEDURE_REVIEW, "NA-13", new Na13ReviewInterval());

        // The case lifecycle (procedure rules in the case slots).
        r.caseRule(Slots.CASE_CONSENT, "NA-11", new Na11Consent())
                .caseRule(Slots.CASE_DEADLINES, "NA-11", new Na11Deadlines())
                .caseRule(Slots.CASE_SURVEY, "NA-11", new Na11Survey())
                .caseRule(Slots.CASE_REVIEW, "NA-13", new Na13Review())
                .caseRule(Slots.CASE_TERMINATION, "NA-13", new Na13Termination())
                .caseRule(Slots.CASE_DEATH, "NA-13", new Na13Death())
                .caseRule(Slots.CASE_FRAUD, "NA-13", new Na13Fraud());
        r.rosterRule(Slots.ROSTER_PRICE_SUBSIDY, "NA-14", new Na14PriceSubsidy());

        Provenance priceLinkage = new Provenance("关于进一步完善社会救助和保障标准与物价上涨挂钩联动机制的通知 二（启动条件）",
                Optional.of("发改价格规〔2016〕1835号"), Optional.of("国家发展改革委 民政部 财政部 人力资源社会保障部 国家统计局"),
                Optional.of(LocalDate.of(2016, 8, 29)), Optional.empty());
        Provenance priceLinkage2022 = new Provenance("2022年阶段性调整价格补贴联动机制的通知（CPI 启动条件 2022年9月至2023年3月阶段性降为3.0%）",
                Optional.empty(), Optional.of("国家发展改革委等六部门"), Optional.empty(), Optional.empty());
        Provenance dibaoMeasures = new Provenance("最低生活保障审核确认办法 审核确认 (national procedure limit)",
                Optional.of(DIBAO_MEASURES), Optional.of("民政部"), Optional.of(DIBAO_MEASURES_FROM), Optional.empty());
        r.standards(StandardsTable.of(new PublishedStandard(StandardKey.LOW_INCOME_MULTIPLIER, AdminCode.NATIONAL, FROM,
                Optional.empty(), new BigDecimal("1.5"), StandardUnit.NUMBER,
                new Provenance("national baseline figure (NA-08: 1.5 × the dibao standard)", Optional.of("民政部 财政部 2020年低收入人口认定通知"),
                        Optional.of("民政部、财政部"), Optional.empty(), Optional.empty())),
                // NA-11: 审核确认 within 30 working days of acceptance, 45 in special cases, from the 办法's entry
                // into force; no national limit is known before it (the deadline is then unknown, never guessed).
                new PublishedStandard(StandardKey.DECISION_WORKING_DAYS, AdminCode.NATIONAL, DIBAO_MEASURES_FROM,
                        Optional.empty(), new BigDecimal("30"), StandardUnit.NUMBER, dibaoMeasures),
                new PublishedStandard(StandardKey.DECISION_WORKING_DAYS_EXTENDED, AdminCode.NATIONAL, DIBAO_MEASURES_FROM,
                        Optional.empty(), new BigDecimal("45"), StandardUnit.NUMBER, dibaoMeasures),
                // NA-14 thresholds (percent), for the months from the one after the 2016 notice's publication (2016-08-29);
                // the earlier mechanism (3 months in a row, paid quarterly) is not computed.
                threshold(Na14PriceSubsidy.CPI_THRESHOLD, PRICE_LINKAGE_FROM, "3.5", priceLinkage),
                threshold(Na14PriceSubsidy.FOOD_THRESHOLD, PRICE_LINKAGE_FROM, "6", priceLinkage),
                threshold(Na14PriceSubsidy.CPI_THRESHOLD, LocalDate.of(2022, 9, 1), "3.0", priceLinkage2022),
                threshold(Na14PriceSubsidy.CPI_THRESHOLD, LocalDate.of(2023, 4, 1), "3.5", priceLinkage2022)));
    }
}
