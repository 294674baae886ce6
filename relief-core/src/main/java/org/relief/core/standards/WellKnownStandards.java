package org.relief.core.standards;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relief.core.model.CareSetting;
import org.relief.core.model.Residence;
import org.relief.core.model.SelfCareLevel;
import org.relief.core.standards.StandardDefinition.Measure;

/**
 * The standard keys the national rules read (the well-known keys), each with its meaning. The
 * variants of the tekun keys are generated from the model's own codes (residence, self-care level,
 * care setting), so that a key the rules can look up is always listed here.
 */
public final class WellKnownStandards {
    private static final Map<String, String> SUPPLEMENT_ZH = Map.of("elderly", "老年人", "minor", "未成年人",
            "severeDisability", "重度残疾人", "seriousIllness", "重病患者");
    private static final Map<String, StandardDefinition> ALL;

    static {
        List<StandardDefinition> l = new ArrayList<>();
        for (Residence r : Residence.values()) {
            l.add(StandardDefinition.of(StandardKey.dibao(r).name(), Measure.YUAN_PER_MONTH,
                    r.zh() + "最低生活保障标准（每人每月）",
                    r.code() + " dibao standard, per person per month", "NA-02", "NA-03", "NA-06", "NA-08", "NA-09"));
        }
        l.add(StandardDefinition.of(StandardKey.FINANCIAL_ASSETS_LIMIT.name(), Measure.YUAN, "家庭人均金融资产上限",
                "per-capita financial assets limit of the dibao asset test", "NA-02"));
        l.add(StandardDefinition.of(StandardKey.EMPLOYMENT_COST.name(), Measure.YUAN_PER_MONTH, "就业成本扣减（每名就业成员每月）",
                "employment cost deducted from an employed member's wage and business income, per month", "NA-04"));
        l.add(StandardDefinition.of(StandardKey.GRADUAL_EXIT_MONTHS.name(), Measure.MONTHS, "渐退期月数",
                "months of the gradual exit", "NA-05"));
        for (String c : StandardKey.SUPPLEMENT_CATEGORIES) {
            l.add(StandardDefinition.of(StandardKey.supplement(c).name(), Measure.YUAN_PER_MONTH,
                    "分类施保增发（" + SUPPLEMENT_ZH.get(c) + "，每人每月）", "dibao supplement, " + c + ", per member per month",
                    "NA-07"));
        }
        l.add(StandardDefinition.of(StandardKey.LOW_INCOME_MULTIPLIER.name(), Measure.NUMBER, "低收入家庭认定倍数（低保标准的倍数）",
                "low-income line as a multiple of the dibao standard", "NA-08"));
        l.add(StandardDefinition.of(StandardKey.TEKUN_BASIC.name(), Measure.YUAN_PER_MONTH, "特困人员基本生活标准（每月）",
                "tekun basic living standard, per month", "NA-10"));
        for (Residence r : Residence.values()) {
            l.add(StandardDefinition.of("tekun.basic." + r.code() + ".monthly", Measure.YUAN_PER_MONTH,
                    "特困人员基本生活标准（" + r.zh() + "，每月）",
                    "tekun basic living standard, " + r.code() + ", per month", "NA-10"));
        }
        for (SelfCareLevel level : SelfCareLevel.values()) {
            l.add(StandardDefinition.of("tekun.care." + level.code() + ".monthly", Measure.YUAN_PER_MONTH,
                    "特困人员照料护理标准（" + level.zh() + "，每月）",
                    "tekun care standard, " + level.code() + ", per month", "NA-10"));
            for (CareSetting s : CareSetting.values()) {
                l.add(StandardDefinition.of("tekun.care." + level.code() + "." + s.code() + ".monthly", Measure.YUAN_PER_MONTH,
                        "特困人员照料护理标准（" + level.zh() + "，" + s.zh()
                                + "，每月）", "tekun care standard, " + level.code() + ", " + s.code() + ", per month", "NA-10"));
            }
        }
        l.add(StandardDefinition.of(StandardKey.MINIMUM_WAGE.name(), Measure.YUAN_PER_MONTH, "最低工资标准（月）",
                "monthly minimum wage (derived tekun care standards)", "LC-05"));
        l.add(StandardDefinition.of(StandardKey.TEMPORARY_PERSON_CAP.name(), Measure.YUAN_PER_YEAR, "临时救助个人年度上限",
                "annual cap of temporary assistance per person", "NA-12", "LF-09"));
        l.add(StandardDefinition.of(StandardKey.TEMPORARY_HOUSEHOLD_CAP.name(), Measure.YUAN_PER_YEAR, "临时救助家庭年度上限",
                "annual cap of temporary assistance per household", "NA-12", "LF-09"));
        l.add(StandardDefinition.of(StandardKey.MEDICAL_INPATIENT_RATIO.name(), Measure.NUMBER, "医疗救助住院救助比例",
                "share of the in-policy self-paid inpatient cost paid by medical assistance", "NA-01", "LF-04"));
        l.add(StandardDefinition.of(StandardKey.TOWNSHIP_APPROVAL_LIMIT.name(), Measure.YUAN, "乡镇审批临时救助的金额上限",
                "largest temporary grant a township may approve", "LF-16"));
        l.add(StandardDefinition.of(StandardKey.DECISION_WORKING_DAYS.name(), Measure.WORKING_DAYS, "低保审核确认时限（自受理起）",
                "working days from acceptance to the dibao decision", "NA-11", "XC-19"));
        l.add(StandardDefinition.of(StandardKey.DECISION_WORKING_DAYS_EXTENDED.name(), Measure.WORKING_DAYS,
                "低保审核确认时限（特殊情况延长后）", "the same limit after an extension", "NA-11", "XC-19"));
        l.add(StandardDefinition.of(StandardKey.PRICE_SUBSIDY_CPI_THRESHOLD.name(), Measure.PERCENT, "价格临时补贴启动条件：CPI 同比涨幅",
                "CPI rise (year on year) from which the price subsidy is paid", "NA-14", "AH-06"));
        l.add(StandardDefinition.of(StandardKey.PRICE_SUBSIDY_FOOD_THRESHOLD.name(), Measure.PERCENT, "价格临时补贴启动条件：食品价格同比涨幅",
                "food CPI rise (year on year) from which the price subsidy is paid", "NA-14", "AH-06"));
        l.add(StandardDefinition.of(StandardKey.EMERGENCY_PAYMENT_DAYS.name(), Measure.DAYS, "急难型临时救助发放时限（日）",
                "calendar days within which an emergency grant is paid", "LC-07"));
        Map<String, StandardDefinition> m = new LinkedHashMap<>();
        l.forEach(d -> m.put(d.key().name(), d));
        ALL = Collections.unmodifiableMap(m);
    }


    private WellKnownStandards() {
    }

    /** Every well-known key, in catalogue order. */
    public static List<StandardDefinition> all() {
        return List.copyOf(ALL.values());
    }

    /** The definition of a well-known key. */
    public static Optional<StandardDefinition> of(String key) {
        return Optional.ofNullable(ALL.get(key));
    }
}
