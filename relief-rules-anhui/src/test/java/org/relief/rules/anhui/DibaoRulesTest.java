package org.relief.rules.anhui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.Determination;
import org.relief.core.engine.Outcome;
import org.relief.core.engine.TraceEntry;
import org.relief.core.model.CurrentDibao;
import org.relief.core.model.DisabilityKind;
import org.relief.core.model.Employment;
import org.relief.core.model.Household;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Residence;

/** AH-02 (皖民社救字〔2022〕46号 二): exemptions, employment cost, gradual exit, 单人户 — the national rules under AH-02. */
class DibaoRulesTest {
    private static Member adult(String id) {
        return Member.builder(id).birthDate(LocalDate.of(1980, 3, 1)).build();
    }

    @Test
    void AH02_tracesTheAnhuiClause_overridingNA04() {
        Household h = Household.of(Residence.URBAN, adult("p1").toBuilder().income(IncomeKind.WAGE, "800").build());
        Determination d = Anhui.determine(Anhui.request(Anhui.HUAINAN, "2022-06-01", ProgramId.DIBAO, h));
        TraceEntry income = d.trace().stream().filter(t -> t.rule().equals("AH-02")).findFirst().orElseThrow();
        assertEquals(Optional.of("NA-04"), income.overrides());
        assertTrue(income.citation().contains("皖民社救字〔2022〕46号"));
        // 淮南 urban 725 (shipped): counted 800 ≥ 725 ⇒ ineligible
        assertEquals(Outcome.INELIGIBLE, d.outcome());
    }

    @Test
    void AH02_employmentCostDeducted_exemptItemsNotCounted() {
        // wage 1300 − 300 (employment cost) = 1000; award 200 and assistance 100 exempt; 2 members:
        // 2 × 725 − 1000 = 450.00
        Household h = Household.of(Residence.URBAN,
                adult("p1").toBuilder().employment(Employment.EMPLOYED).income(IncomeKind.WAGE, "1300")
                        .income(IncomeKind.AWARD, "200").income(IncomeKind.ASSISTANCE, "100").build(),
                adult("p2").toBuilder().noIncome().build());
        Determination d = Anhui.determine(Anhui.request(Anhui.HUAINAN, "2022-09-01", ProgramId.DIBAO, h)
                .standard("employmentCost.monthly", "300"));
        assertEquals(Optional.of(Money.yuan("450.00")), d.monthlyAmount());
    }

    @Test
    void AH02_gradualExit_keepsCurrentAmountForThePublishedMonths_thenEnds() {
        // wage 1600 / 2 = 800 ≥ 725; exit started 2023-01 with 6 months: Jan–Jun
        Household h = exitingHousehold();
        Determination june = Anhui.determine(Anhui.request(Anhui.HUAINAN, "2023-06-30", ProgramId.DIBAO, h)
                .standard("dibao.gradualExit.months", "6"));
        assertEquals(Optional.of(Money.yuan("450.00")), june.monthlyAmount());
        assertTrue(june.hasReason("GRADUAL_EXIT"));
        Determination july = Anhui.determine(Anhui.request(Anhui.HUAINAN, "2023-07-01", ProgramId.DIBAO, h)
                .standard("dibao.gradualExit.months", "6"));
        assertEquals(Outcome.INELIGIBLE, july.outcome());
        assertTrue(july.hasReason("GRADUAL_EXIT_ENDED"));
    }

    @Test
    void AH02_gradualExit_withUnknownAssetTest_isUndetermined() {
        // As above, in month 5 (2023-05-10), with an asset limit given and assets.financial absent.
        Household h = exitingHousehold();
        Determination d = Anhui.determine(Anhui.request(Anhui.HUAINAN, "2023-05-10", ProgramId.DIBAO, h)
                .standard("dibao.gradualExit.months", "6").standard("dibao.assets.financial.perCapitaLimit", "30000"));
        assertEquals(Outcome.UNDETERMINED, d.outcome());
        assertEquals(java.util.List.of("household.assets.financial"), d.missing());
    }

    @Test
    void AH02_singlePersonHousehold_forSeverelyDisabledMemberOfLowIncomeHousehold() {
        // 1600 / 2 = 800: ≥ 725, < 1.5 × 725 = 1087.50 ⇒ low-income; p2 (grade 1) alone: 725 − 0 = 725.00
        Household h = Household.of(Residence.URBAN, adult("p1").toBuilder().income(IncomeKind.WAGE, "1600").build(),
                adult("p2").toBuilder().disability(1, DisabilityKind.PHYSICAL).singlePersonApplication(true).noIncome().build());
        Determination d = Anhui.determine(Anhui.request(Anhui.HUAINAN, "2022-08-01", ProgramId.DIBAO, h));
        assertEquals(Optional.of(Money.yuan("725.00")), d.monthlyAmount());
        assertTrue(d.hasReason("SINGLE_PERSON_HOUSEHOLD"));
        assertTrue(d.applied("AH-02"));
        assertFalse(d.applied("NA-06"));
    }

    /** wage 1600 / 2 = 800 per capita, p1 employed, receiving 450.00, exit started 2023-01-15. */
    private static Household exitingHousehold() {
        return Household.of(Residence.URBAN,
                        adult("p1").toBuilder().employment(Employment.EMPLOYED).income(IncomeKind.WAGE, "1600").build(),
                        adult("p2").toBuilder().noIncome().build())
                .receiving(ProgramId.DIBAO)
                .withCurrentDibao(new CurrentDibao(Optional.of(Money.yuan("450.00")), Optional.of(LocalDate.of(2023, 1, 15))));
    }
}
