package org.relief.core.rules.national;

import java.math.BigDecimal;
import java.util.Optional;
import org.relief.core.model.Money;
import org.relief.core.model.Truth;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.Rule;
import org.relief.core.spi.StandardValue;
import org.relief.core.standards.StandardKey;

/**
 * NA-02 — dibao eligibility (国务院令第649号 第九条): per-capita counted income strictly below the
 * dibao standard of the household's residence, and, where {@code dibao.assets.financial.perCapitaLimit}
 * is published, per-capita financial assets not above it (absent assets are then unknown).
 */
public final class Na02DibaoEligibility implements Rule {
    public static final String INCOME_ABOVE_STANDARD = "INCOME_ABOVE_STANDARD";
    public static final String ASSETS_ABOVE_LIMIT = "ASSETS_ABOVE_LIMIT";

    @Override
    public Applied apply(Evaluation e) {
        IncomeAssessment income = e.get(Facts.INCOME).orElseThrow(() -> new IllegalStateException("NA-04 must run first"));
        Optional<BigDecimal> standard = DibaoStandard.of(e);
        Truth incomeTest;
        boolean tracing = e.tracing();
        Applied trace = !tracing ? Applied.untraced() : Applied.inputs().with("householdIncome", Money.text(income.knownTotal()))
                .with("members", income.members());
        if (standard.isEmpty()) {
            incomeTest = Truth.UNKNOWN;
        } else {
            e.put(Facts.DIBAO_STANDARD, standard.get());
            if (tracing) {
                trace = trace.with("standard", Money.text(standard.get())).with("perCapita", Money.text(income.perCapita()));
            }
            incomeTest = income.perCapitaBelow(standard.get());
            if (incomeTest.isUnknown()) {
                income.unknownPaths().forEach(e::missing);
            }
        }
        if (incomeTest.isFalse()) {
            e.reason(INCOME_ABOVE_STANDARD, "家庭人均收入不低于当地最低生活保障标准",
                    "per-capita income is not below the dibao standard");
        }
        Truth assetTest = assetTest(e, income.members());
        e.put(Facts.INCOME_TEST, incomeTest);
        e.put(Facts.ASSET_TEST, assetTest);
        Truth eligible = incomeTest.and(assetTest);
        e.put(Facts.DIBAO_ELIGIBLE, eligible);
        e.require(eligible);
        if (!tracing) {
            return trace;
        }
        return trace.with("assetTest", assetTest).then("income " + incomeTest + ", assets " + assetTest + " ⇒ " + eligible);
    }

    /** The asset test; TRUE where no limit is published. */
    static Truth assetTest(Evaluation e, int members) {
        Optional<StandardValue> limit = e.standards().find(StandardKey.FINANCIAL_ASSETS_LIMIT.name());
        if (limit.isEmpty()) {
            return Truth.TRUE;
        }
        Optional<Money> financial = e.household().assets().financial();
        if (financial.isEmpty()) {
            e.missing("household.assets.financial");
            return Truth.UNKNOWN;
        }
        boolean within = financial.get().amount().compareTo(limit.get().value().multiply(BigDecimal.valueOf(members))) <= 0;
        if (!within) {
            e.reason(ASSETS_ABOVE_LIMIT, "家庭人均金融资产超过当地规定", "per-capita financial assets exceed the published limit");
        }
        return Truth.of(within);
    }
}
