package org.relief.core.rules.national;

import java.math.BigDecimal;
import org.relief.core.model.Truth;
import org.relief.core.spi.Evaluation;
import org.relief.core.standards.StandardKey;

/** The low-income line (NA-08): per-capita income strictly below multiplier × dibao standard. */
public final class LowIncomeLine {
    private LowIncomeLine() {
    }

    /** Per-capita income below the line; reads {@code lowIncome.multiplier} (national default 1.5). */
    public static Truth incomeBelow(Evaluation e, IncomeAssessment income, BigDecimal dibaoStandard) {
        BigDecimal multiplier = e.standards().require(StandardKey.LOW_INCOME_MULTIPLIER.name()).value();
        return income.perCapitaBelow(dibaoStandard.multiply(multiplier));
    }
}
