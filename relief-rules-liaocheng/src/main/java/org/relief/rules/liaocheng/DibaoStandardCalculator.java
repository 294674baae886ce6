package org.relief.rules.liaocheng;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * LC-03 — 聊政字〔2020〕28号 三(二): the dibao standard is linked to the urban / rural residents'
 * per-capita consumption expenditure (低保标准与城乡居民人均消费支出挂钩的动态调整机制). The document
 * gives no ratio: the ratio is a value the city publishes, so it is an input here and never a
 * constant of the module. The engine does not apply this: the dibao standard a determination uses
 * is the published one; this calculator gives the figure the linkage yields, e.g. to check a
 * published standard against it.
 *
 * <p>Interpretation: monthly standard = annual per-capita consumption expenditure × ratio / 12,
 * rounded <em>up</em> to the whole yuan. The clause does not say "不低于", but the linkage is the
 * level the standard is tied to and must keep up with ("稳步可持续增长"); rounding down would publish
 * a standard below the linked figure. Rounding up is also the rule for standards derived by a
 * ratio, and dibao standards are published in whole yuan (聊城 2024: 931 / 753).
 */
public final class DibaoStandardCalculator {
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private DibaoStandardCalculator() {
    }

    /**
     * The monthly dibao standard the linkage yields.
     *
     * @param annualPerCapitaConsumption the previous year's per-capita consumption expenditure of
     *                                   urban (or rural) residents, yuan per year, non-negative
     * @param ratio                      the published ratio, greater than 0 and at most 1
     * @return yuan per person per month, a whole number of yuan
     * @throws IllegalArgumentException on a negative expenditure or a ratio outside (0, 1]
     */
    public static BigDecimal monthlyStandard(BigDecimal annualPerCapitaConsumption, BigDecimal ratio) {
        Objects.requireNonNull(annualPerCapitaConsumption, "annualPerCapitaConsumption");
        Objects.requireNonNull(ratio, "ratio");
        if (annualPerCapitaConsumption.signum() < 0) {
            throw new IllegalArgumentException("人均消费支出不能为负 / per-capita consumption expenditure must not be negative: "
                    + annualPerCapitaConsumption.toPlainString());
        }
        if (ratio.signum() <= 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("挂钩比例须大于0且不超过1 / the ratio must be in (0, 1]: " + ratio.toPlainString());
        }
        return annualPerCapitaConsumption.multiply(ratio).divide(TWELVE, 0, RoundingMode.CEILING);
    }

    /** Whether a published monthly standard reaches the figure the linkage yields. */
    public static boolean meetsLinkage(BigDecimal publishedMonthly, BigDecimal annualPerCapitaConsumption,
                                       BigDecimal ratio) {
        Objects.requireNonNull(publishedMonthly, "publishedMonthly");
        if (publishedMonthly.signum() < 0) {
            throw new IllegalArgumentException("标准不能为负 / the standard must not be negative: " + publishedMonthly.toPlainString());
        }
        return publishedMonthly.compareTo(monthlyStandard(annualPerCapitaConsumption, ratio)) >= 0;
    }
}
