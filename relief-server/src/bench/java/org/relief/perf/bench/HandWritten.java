package org.relief.perf.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.relief.core.model.Employment;
import org.relief.core.model.Household;
import org.relief.core.model.Income;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.Member;
import org.relief.core.model.Residence;
import org.relief.core.model.Supporter;

/**
 * The baselines: the dibao and tekun arithmetic written by hand over the same households and
 * standards as the engine's benchmarks (NA-04 counted income, NA-02/NA-03 差额, NA-07 supplements;
 * NA-09 conditions, NA-10 basic + care). No trace, no procedure, no versions: the arithmetic only.
 * The benchmarks check in their setup that it gives the engine's amount for every household.
 */
final class HandWritten {
    static final BigDecimal URBAN = new BigDecimal("720");
    static final BigDecimal RURAL = new BigDecimal("600");
    static final BigDecimal EMPLOYMENT_COST = new BigDecimal("250");
    static final BigDecimal ELDERLY = new BigDecimal("40");
    static final BigDecimal MINOR = new BigDecimal("30");
    static final BigDecimal SEVERE = new BigDecimal("60");
    static final BigDecimal ILL = new BigDecimal("50");
    static final BigDecimal TEKUN_BASIC = new BigDecimal("910");
    static final BigDecimal CARE_SELF = new BigDecimal("100");
    static final BigDecimal CARE_SEMI = new BigDecimal("300");
    static final BigDecimal CARE_FULL = new BigDecimal("600");

    private HandWritten() {
    }

    /** The monthly dibao (base + supplements), zero when per-capita income is not below the standard. */
    static BigDecimal dibao(Household h, LocalDate date) {
        BigDecimal standard = h.residence().orElseThrow() == Residence.URBAN ? URBAN : RURAL;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal supplement = BigDecimal.ZERO;
        for (Member m : h.members()) {
            total = total.add(counted(m, false));
            BigDecimal best = BigDecimal.ZERO;
            if (m.isSeverelyDisabled()) {
                best = best.max(SEVERE);
            }
            if (m.seriouslyIll()) {
                best = best.max(ILL);
            }
            int age = Period.between(m.birthDate().orElseThrow(), date).getYears();
            if (age >= 60) {
                best = best.max(ELDERLY);
            }
            if (age < 18) {
                best = best.max(MINOR);
            }
            supplement = supplement.add(best);
        }
        BigDecimal line = standard.multiply(BigDecimal.valueOf(h.members().size()));
        if (total.compareTo(line) >= 0) {
            return BigDecimal.ZERO;
        }
        return line.subtract(total).setScale(2, RoundingMode.HALF_UP).add(supplement.setScale(2, RoundingMode.HALF_UP));
    }

    /** The monthly tekun (basic + care), zero when a condition fails; the standards as constants. */
    static BigDecimal tekun(Household h, LocalDate date) {
        return tekun(h, date, URBAN, RURAL, TEKUN_BASIC, CARE_SELF, CARE_SEMI, CARE_FULL);
    }

    /**
     * The same arithmetic with the standards read from the request's overrides, as the engine gets
     * them (the same inputs: the values live beside the household, not in constants).
     */
    static BigDecimal tekun(Household h, LocalDate date, Map<String, BigDecimal> s) {
        return tekun(h, date, s.get("dibao.urban.monthly"), s.get("dibao.rural.monthly"), s.get("tekun.basic.monthly"),
                s.get("tekun.care.selfcare.monthly"), s.get("tekun.care.semi.monthly"), s.get("tekun.care.full.monthly"));
    }

    private static BigDecimal tekun(Household h, LocalDate date, BigDecimal urban, BigDecimal rural, BigDecimal basic,
                                    BigDecimal careSelf, BigDecimal careSemi, BigDecimal careFull) {
        Member p = h.members().get(0);
        int age = Period.between(p.birthDate().orElseThrow(), date).getYears();
        boolean category = p.disability().map(d -> d.meansNoLaborCapacity()).orElse(false) || age >= 60 || age < 18;
        BigDecimal standard = h.residence().orElseThrow() == Residence.URBAN ? urban : rural;
        if (!category || p.supporter().orElseThrow() == Supporter.ABLE || counted(p, true).compareTo(standard) >= 0) {
            return BigDecimal.ZERO;
        }
        int failed = p.selfCareItemsFailed().orElseThrow();
        BigDecimal care = failed == 0 ? careSelf : failed <= 3 ? careSemi : careFull;
        return basic.add(care).setScale(2, RoundingMode.HALF_UP);
    }

    /** NA-04 on a date inside the basic-pension exemption; tekun also exempts the 高龄津贴. */
    private static BigDecimal counted(Member m, boolean tekun) {
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal other = BigDecimal.ZERO;
        for (Income i : m.incomes().orElseThrow()) {
            IncomeKind k = i.kind();
            if (k == IncomeKind.AWARD || k == IncomeKind.PREFERENTIAL_CARE || k == IncomeKind.ASSISTANCE
                    || k == IncomeKind.FAMILY_PLANNING || k == IncomeKind.BASIC_PENSION
                    || (tekun && k == IncomeKind.OLD_AGE_ALLOWANCE)) {
                continue;
            }
            if (k == IncomeKind.WAGE || k == IncomeKind.BUSINESS) {
                earned = earned.add(i.monthly().amount());
            } else {
                other = other.add(i.monthly().amount());
            }
        }
        if (!tekun && (m.employment() == Employment.EMPLOYED || m.employment() == Employment.SELF_EMPLOYED)
                && earned.signum() > 0) {
            earned = earned.subtract(EMPLOYMENT_COST).max(BigDecimal.ZERO);
        }
        return earned.add(other);
    }
}
