package org.relief.core.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.Determination;
import org.relief.core.engine.Outcome;
import org.relief.core.model.DisabilityKind;
import org.relief.core.model.Employment;
import org.relief.core.model.Household;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Residence;

/** Invariants of NA-02/NA-03/NA-07, bounded so the suite stays fast. */
class DibaoPropertiesTest {

    private static Household household(int members, int[] incomesInFen, boolean employed) {
        List<Member> list = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            list.add(Member.builder("p" + i).birthDate(LocalDate.of(1940 + 15 * i, 3, 1))
                    .employment(employed ? Employment.EMPLOYED : Employment.NONE)
                    .income(i % 2 == 0 ? IncomeKind.WAGE : IncomeKind.PENSION,
                            Money.halfUp(java.math.BigDecimal.valueOf(incomesInFen[i % incomesInFen.length], 2)).toString())
                    .build());
        }
        return Household.of(Residence.URBAN, list.toArray(Member[]::new));
    }

    private static Determination dibao(Household h) {
        return National.determine(National.request("2024-03-01", ProgramId.DIBAO, h).standard("dibao.urban.monthly", "720")
                .standard("employmentCost.monthly", "250").standard("dibao.supplement.elderly", "40")
                .standard("dibao.supplement.minor", "55"));
    }

    @Property(tries = 200)
    void amountsAreNeverNegative(@ForAll @IntRange(min = 1, max = 5) int members,
                                 @ForAll @IntRange(min = 0, max = 400_000) int a, @ForAll @IntRange(min = 0, max = 400_000) int b,
                                 @ForAll boolean employed) {
        Determination d = dibao(household(members, new int[] {a, b}, employed));
        d.monthlyAmount().ifPresent(m -> assertTrue(m.compareTo(Money.ZERO) >= 0, m.toString()));
        d.lines().forEach(l -> assertTrue(l.amount().compareTo(Money.ZERO) >= 0, l.toString()));
    }

    @Property(tries = 200)
    void moreIncomeNeverRaisesTheAmount_withoutSinglePersonApplications(
            @ForAll @IntRange(min = 1, max = 5) int members, @ForAll @IntRange(min = 0, max = 300_000) int a,
            @ForAll @IntRange(min = 0, max = 300_000) int b, @ForAll @IntRange(min = 1, max = 50_000) int raise,
            @ForAll boolean employed) {
        Money before = dibao(household(members, new int[] {a, b}, employed)).monthlyAmount().orElse(Money.ZERO);
        Money after = dibao(household(members, new int[] {a + raise, b}, employed)).monthlyAmount().orElse(Money.ZERO);
        assertTrue(after.compareTo(before) <= 0, "income +" + raise + " fen raised " + before + " to " + after);
    }

    /**
     * Deliberately the exception: with a 单人户 application, crossing the household line makes the
     * disabled member eligible alone, so more income can raise the amount at the boundary.
     */
    @Test
    void NA06_singlePersonCanRaiseTheAmountAtTheBoundary() {
        Member disabled = Member.builder("p2").birthDate(LocalDate.of(1990, 1, 1)).disability(1, DisabilityKind.INTELLECTUAL)
                .singlePersonApplication(true).noIncome().build();
        // 2 × 720 − 1439 = 1.00 (household dibao); at 1440 the household is out, p2 alone: 720 − 0 = 720.00.
        Household below = Household.of(Residence.URBAN, Member.builder("p1").birthDate(LocalDate.of(1985, 1, 1)).income(IncomeKind.OTHER, "1439").build(), disabled);
        Household at = Household.of(Residence.URBAN, Member.builder("p1").birthDate(LocalDate.of(1985, 1, 1)).income(IncomeKind.OTHER, "1440").build(), disabled);
        Determination d1 = dibao(below);
        Determination d2 = dibao(at);
        assertEquals(Optional.of(Money.yuan("1.00")), d1.monthlyAmount());
        assertEquals(Outcome.ELIGIBLE, d2.outcome());
        assertEquals(Optional.of(Money.yuan("720.00")), d2.monthlyAmount());
        assertTrue(d2.monthlyAmount().get().compareTo(d1.monthlyAmount().get()) > 0);
    }
}
