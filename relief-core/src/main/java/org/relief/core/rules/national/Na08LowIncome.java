package org.relief.core.rules.national;

import java.math.BigDecimal;
import java.util.Optional;
import org.relief.core.model.Money;
import org.relief.core.model.Truth;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.Rule;

/**
 * NA-08 — 低收入家庭 (低保边缘): not dibao-eligible (gradual exit counts as eligible), per-capita
 * income strictly below {@code lowIncome.multiplier} × the dibao standard, and the asset test
 * passed. Eligibility only, no amount.
 */
public final class Na08LowIncome implements Rule {
    public static final String DIBAO_ELIGIBLE = "DIBAO_ELIGIBLE";
    public static final String INCOME_ABOVE_LOW_INCOME_LINE = "INCOME_ABOVE_LOW_INCOME_LINE";

    @Override
    public Applied apply(Evaluation e) {
        Truth dibao = e.get(Facts.DIBAO_ELIGIBLE).orElse(Truth.UNKNOWN);
        Optional<BigDecimal> standard = e.get(Facts.DIBAO_STANDARD);
        IncomeAssessment income = e.get(Facts.INCOME).orElseThrow();
        Truth assets = e.get(Facts.ASSET_TEST).orElse(Truth.UNKNOWN);
        if (dibao.isTrue()) {
            e.removeReason(Na02DibaoEligibility.INCOME_ABOVE_STANDARD);
            e.reason(DIBAO_ELIGIBLE, "符合最低生活保障条件，不属于低收入家庭", "eligible for dibao, hence not a low-income household");
            e.setEligibility(Truth.FALSE);
            return Applied.result("dibao-eligible ⇒ not low-income");
        }
        if (standard.isEmpty()) {
            e.setEligibility(Truth.UNKNOWN);
            return Applied.result("dibao standard unknown");
        }
        Truth below = LowIncomeLine.incomeBelow(e, income, standard.get());
        if (below.isFalse()) {
            e.reason(INCOME_ABOVE_LOW_INCOME_LINE, "家庭人均收入不低于低收入家庭认定标准",
                    "per-capita income is not below the low-income line");
        } else {
            e.removeReason(Na02DibaoEligibility.INCOME_ABOVE_STANDARD);
        }
        if (below.isUnknown()) {
            income.unknownPaths().forEach(e::missing);
        }
        Truth result = dibao.not().and(below).and(assets);
        e.setEligibility(result);
        return Applied.inputs().with("standard", Money.text(standard.get()))
                .with("perCapita", Money.text(income.perCapita())).with("belowLine", below).with("assets", assets)
                .then("low-income " + result);
    }
}
