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
    static final String TEKUN_MEASURES = "民发〔2021〕43号";
    static final String TEMPORARY = "民发〔2018〕23号";

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
                .cite(Citation.notComputable("NA-14", "发改价格规〔2016〕1835号", "", "价格临时补贴联动机制（案件生命周期，不属于单次认定）"));

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

        r.standards(StandardsTable.of(new PublishedStandard(StandardKey.LOW_INCOME_MULTIPLIER, AdminCode.NATIONAL, FROM,
                Optional.empty(), new BigDecimal("1.5"), StandardUnit.NUMBER,
                new Provenance("national baseline figure (NA-08: 1.5 × the dibao standard)", Optional.of("民政部 财政部 2020年低收入人口认定通知"),
                        Optional.of("民政部、财政部"), Optional.empty(), Optional.empty()))));
    }
}
