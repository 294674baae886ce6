package org.relief.core.rules.national;

import java.math.BigDecimal;
import org.relief.core.model.Money;
import org.relief.core.model.Truth;
import org.relief.core.spi.Fact;
import org.relief.core.spi.StandardValue;

/** Findings the national rules leave for each other in an evaluation. */
public final class Facts {
    /** NA-04: counted incomes. */
    public static final Fact<IncomeAssessment> INCOME = Fact.of("income", IncomeAssessment.class);
    /** NA-02: the dibao standard of the household's residence (per person per month). */
    public static final Fact<BigDecimal> DIBAO_STANDARD = Fact.of("dibaoStandard", BigDecimal.class);
    /** NA-02: per-capita income strictly below the standard. */
    public static final Fact<Truth> INCOME_TEST = Fact.of("incomeTest", Truth.class);
    /** NA-02: asset test passed. */
    public static final Fact<Truth> ASSET_TEST = Fact.of("assetTest", Truth.class);
    /** NA-02/NA-05: the household is dibao-eligible (gradual exit included). */
    public static final Fact<Truth> DIBAO_ELIGIBLE = Fact.of("dibaoEligible", Truth.class);
    /** NA-05: the household is in its gradual-exit months. */
    public static final Fact<Boolean> GRADUAL_EXIT = Fact.of("gradualExit", Boolean.class);
    /**
     * The household keeps the amount it receives now instead of a computed one (NA-05 渐退期;
     * regional rules such as 临汾 LF-08): NA-03, NA-06 and NA-07 then do not apply.
     */
    public static final Fact<Boolean> KEEPS_CURRENT_AMOUNT = Fact.of("keepsCurrentAmount", Boolean.class);
    /** NA-06: the members covered as 单人户. */
    public static final Fact<Covered> SINGLE_PERSON = Fact.of("singlePerson", Covered.class);
    /** NA-10: tekun basic standard (per month). */
    public static final Fact<StandardValue> TEKUN_BASIC = Fact.of("tekunBasic", StandardValue.class);
    /** NA-10: tekun care standard (per month). */
    public static final Fact<StandardValue> TEKUN_CARE = Fact.of("tekunCare", StandardValue.class);
    /** Temporary: the amount after the permitted range (LC-06), before the caps. */
    public static final Fact<Money> TEMPORARY_PROPOSED = Fact.of("temporaryProposed", Money.class);

    private Facts() {
    }
}
