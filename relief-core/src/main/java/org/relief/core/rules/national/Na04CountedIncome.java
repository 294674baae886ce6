package org.relief.core.rules.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relief.core.model.Money;
import org.relief.core.model.Employment;
import org.relief.core.model.Income;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.Member;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Evaluation;
import org.relief.core.spi.Rule;
import org.relief.core.spi.StandardValue;
import org.relief.core.standards.StandardKey;

/**
 * NA-04 — counted income (民发〔2021〕57号; 国务院令第649号 第九条). Exempt kinds are not counted:
 * awards and grants, 优待抚恤金, government assistance, family-planning payments, and the central
 * basic pension (城乡居民基础养老金) from 2021-07-01 to 2025-12-31. For a member who is employed or
 * self-employed the published {@code employmentCost.monthly} is deducted from wage and business
 * income, not below zero (nothing is deducted where it is not published).
 *
 * <p>Regions that restate the rule (XC-04, AH-02) register this class under their own id.
 */
public final class Na04CountedIncome implements Rule {
    /** The dates of the basic-pension exemption (民发〔2021〕57号). */
    public static final LocalDate BASIC_PENSION_EXEMPT_FROM = LocalDate.of(2021, 7, 1);
    public static final LocalDate BASIC_PENSION_EXEMPT_UNTIL = LocalDate.of(2025, 12, 31);

    private static final Set<IncomeKind> ALWAYS_EXEMPT = EnumSet.of(IncomeKind.AWARD, IncomeKind.PREFERENTIAL_CARE,
            IncomeKind.ASSISTANCE, IncomeKind.FAMILY_PLANNING);

    @Override
    public Applied apply(Evaluation e) {
        Map<String, BigDecimal> byMember = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean tracing = e.tracing();
        Applied trace = tracing ? Applied.inputs() : Applied.untraced();
        for (Member m : e.household().members()) {
            Optional<BigDecimal> counted = count(m, e, false);
            if (counted.isPresent()) {
                byMember.put(m.id(), counted.get());
                total = total.add(counted.get());
                if (tracing) {
                    trace = trace.with(m.id(), Money.text(counted.get()));
                }
            } else {
                unknown.add(m.path("incomes"));
                if (tracing) {
                    trace = trace.with(m.id(), "unknown");
                }
            }
        }
        IncomeAssessment a = new IncomeAssessment(byMember, total, unknown, e.household().members().size());
        e.put(Facts.INCOME, a);
        if (!tracing) {
            return trace;
        }
        return trace.then("counted household income " + Money.text(total)
                + (unknown.isEmpty() ? "" : " (known part; unknown: " + String.join(", ", unknown) + ")")
                + ", members " + a.members());
    }

    /**
     * A member's counted monthly income, or empty when its incomes are unknown.
     *
     * @param forTekun also exempt the basic pension and 高龄津贴 at any date (NA-09, 民发〔2021〕43号)
     */
    public static Optional<BigDecimal> count(Member m, Evaluation e, boolean forTekun) {
        if (m.incomes().isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = e.date();
        boolean basicPensionExempt = forTekun
                || (!date.isBefore(BASIC_PENSION_EXEMPT_FROM) && !date.isAfter(BASIC_PENSION_EXEMPT_UNTIL));
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal other = BigDecimal.ZERO;
        for (Income i : m.incomes().get()) {
            IncomeKind k = i.kind();
            if (ALWAYS_EXEMPT.contains(k)
                    || (k == IncomeKind.BASIC_PENSION && basicPensionExempt)
                    || (k == IncomeKind.OLD_AGE_ALLOWANCE && forTekun)) {
                continue;
            }
            if (k == IncomeKind.WAGE || k == IncomeKind.BUSINESS) {
                earned = earned.add(i.monthly().amount());
            } else {
                other = other.add(i.monthly().amount());
            }
        }
        if ((m.employment() == Employment.EMPLOYED || m.employment() == Employment.SELF_EMPLOYED)
                && earned.signum() > 0) {
            Optional<StandardValue> cost = e.standards().find(StandardKey.EMPLOYMENT_COST.name());
            if (cost.isPresent()) {
                earned = earned.subtract(cost.get().value()).max(BigDecimal.ZERO);
            }
        }
        return Optional.of(earned.add(other));
    }
}
