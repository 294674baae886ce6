package org.relief.core.rules.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relief.core.rules.national.National.determine;
import static org.relief.core.rules.national.National.request;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.Determination;
import org.relief.core.engine.Outcome;
import org.relief.core.model.Assets;
import org.relief.core.model.CurrentDibao;
import org.relief.core.model.DisabilityKind;
import org.relief.core.model.Employment;
import org.relief.core.model.Household;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Residence;

/** NA-02 … NA-08: dibao, its income, gradual exit, 单人户, supplements and the low-income line. */
class DibaoRulesTest {

    private static Member adult(String id, IncomeKind kind, String monthly) {
        return Member.builder(id).birthDate(LocalDate.of(1980, 5, 1)).income(kind, monthly).build();
    }

    @Test
    void NA02_NA03_eligibleBelowTheStandard_amountIsTheGap() {
        // 3 × 720 − (900 + 300) = 960.00
        Household h = Household.of(Residence.URBAN, adult("p1", IncomeKind.WAGE, "900"), adult("p2", IncomeKind.PENSION, "300"),
                Member.builder("p3").birthDate(LocalDate.of(2010, 1, 1)).noIncome().build());
        Determination d = determine(request("2024-03-01", ProgramId.DIBAO, h).standard("dibao.urban.monthly", "720"));
        assertEquals(Outcome.ELIGIBLE, d.outcome());
        assertEquals(Optional.of(Money.yuan("960.00")), d.monthlyAmount());
        assertTrue(d.applied("NA-02") && d.applied("NA-03") && d.applied("NA-04"));
    }

    @Test
    void NA02_incomeExactlyAtTheStandard_isIneligible() {
        // 2 × 600 = 1200 counted: per-capita 600 is not strictly below 600.
        Household h = Household.of(Residence.RURAL, adult("p1", IncomeKind.AGRICULTURE, "1200"),
                Member.builder("p2").birthDate(LocalDate.of(1982, 1, 1)).noIncome().build());
        Determination d = determine(request("2024-03-01", ProgramId.DIBAO, h).standard("dibao.rural.monthly", "600"));
        assertEquals(Outcome.INELIGIBLE, d.outcome());
        assertTrue(d.hasReason("INCOME_ABOVE_STANDARD"));
    }

    @Test
    void NA02_assetsAboveThePublishedLimit_andUnknownAssets() {
        Household h = Household.of(Residence.URBAN, adult("p1", IncomeKind.WAGE, "300"));
        Determination above = determine(request("2024-03-01", ProgramId.DIBAO, h.withAssets(Assets.financial(Money.yuan("20000.01"))))
                .standard("dibao.urban.monthly", "720").standard("dibao.assets.financial.perCapitaLimit", "20000"));
        assertEquals(Outcome.INELIGIBLE, above.outcome());
        assertTrue(above.hasReason("ASSETS_ABOVE_LIMIT"));
        Determination unknown = determine(request("2024-03-01", ProgramId.DIBAO, h)
                .standard("dibao.urban.monthly", "720").standard("dibao.assets.financial.perCapitaLimit", "20000"));
        assertEquals(Outcome.UNDETERMINED, unknown.outcome());
        assertEquals(java.util.List.of("household.assets.financial"), unknown.missing());
    }

    @Test
    void NA04_exemptIncomes_datedBasicPension_andEmploymentCost() {
        // wage 1000 − employment cost 300 = 700; award and preferentialCare exempt; basicPension 150 exempt in 2024.
        Member m = Member.builder("p1").birthDate(LocalDate.of(1960, 1, 1)).employment(Employment.EMPLOYED)
                .income(IncomeKind.WAGE, "1000").income(IncomeKind.AWARD, "500").income(IncomeKind.PREFERENTIAL_CARE, "200")
                .income(IncomeKind.BASIC_PENSION, "150").build();
        Household h = Household.of(Residence.URBAN, m, Member.builder("p2").birthDate(LocalDate.of(1962, 1, 1)).noIncome().build());
        Determination d2024 = determine(request("2024-03-01", ProgramId.DIBAO, h).standard("dibao.urban.monthly", "720")
                .standard("employmentCost.monthly", "300"));
        assertEquals(Optional.of(Money.yuan("740.00")), d2024.monthlyAmount()); // 1440 − 700
        // On 2026-01-01 the basic pension counts again: 1440 − 850 = 590.
        Determination d2026 = determine(request("2026-01-01", ProgramId.DIBAO, h).standard("dibao.urban.monthly", "720")
                .standard("employmentCost.monthly", "300"));
        assertEquals(Optional.of(Money.yuan("590.00")), d2026.monthlyAmount());
    }

    @Test
    void NA05_gradualExit_keepsTheAmount_thenEnds() {
        Household h = exitingWorker();
        // Months: Jan … Jun 2024 (6) → in exit in June, ended in July.
        Determination june = determine(request("2024-06-30", ProgramId.DIBAO, h).standard("dibao.urban.monthly", "720")
                .standard("dibao.gradualExit.months", "6"));
        assertEquals(Outcome.ELIGIBLE, june.outcome());
        assertEquals(Optional.of(Money.yuan("450.00")), june.monthlyAmount());
        assertTrue(june.hasReason("GRADUAL_EXIT") && june.applied("NA-05"));
        Determination july = determine(request("2024-07-01", ProgramId.DIBAO, h).standard("dibao.urban.monthly", "720")
                .standard("dibao.gradualExit.months", "6"));
        assertEquals(Outcome.INELIGIBLE, july.outcome());
        assertTrue(july.hasReason("GRADUAL_EXIT_ENDED"));
    }

    @Test
    void NA05_gradualExit_withUnknownAssets_isUndetermined_notIneligible() {
        // Income 2000 ≥ 720 through employment, month 2 of 6: the exit would keep the household, but a
        // limit is published and assets.financial is absent: the asset test is unknown, so is the answer.
        Household h = exitingWorker();
        Determination d = determine(request("2024-02-15", ProgramId.DIBAO, h).standard("dibao.urban.monthly", "720")
                .standard("dibao.gradualExit.months", "6").standard("dibao.assets.financial.perCapitaLimit", "20000"));
        assertEquals(Outcome.UNDETERMINED, d.outcome());
        assertEquals(java.util.List.of("household.assets.financial"), d.missing());
        // The same household with its assets known and within the limit keeps 450.00.
        Determination known = determine(request("2024-02-15", ProgramId.DIBAO, h.withAssets(Assets.financial(Money.yuan("5000"))))
                .standard("dibao.urban.monthly", "720").standard("dibao.gradualExit.months", "6")
                .standard("dibao.assets.financial.perCapitaLimit", "20000"));
        assertEquals(Optional.of(Money.yuan("450.00")), known.monthlyAmount());
        // After the 6 months the exit has ended whatever the assets: ineligible.
        Determination ended = determine(request("2024-07-01", ProgramId.DIBAO, h).standard("dibao.urban.monthly", "720")
                .standard("dibao.gradualExit.months", "6").standard("dibao.assets.financial.perCapitaLimit", "20000"));
        assertEquals(Outcome.INELIGIBLE, ended.outcome());
        assertTrue(ended.hasReason("GRADUAL_EXIT_ENDED"));
    }

    @Test
    void NA06_singlePerson_unknownLowIncome_butEveryApplicantAtTheStandard_isIneligible() {
        // p1's income is unknown; known 1500 + 720 = 2220 ≥ 3 × 720 = 2160 already: not dibao-eligible on known
        // income alone. Low-income line 3 × 1.5 × 720 = 3240 > 2220: the household's low-income test is unknown.
        Member p2 = Member.builder("p2").birthDate(LocalDate.of(1990, 1, 1)).disability(1, DisabilityKind.PHYSICAL)
                .singlePersonApplication(true).income(IncomeKind.PENSION, "720").build();
        Member p1Unknown = Member.builder("p1").birthDate(LocalDate.of(1980, 5, 1)).build();
        Member rich = Member.builder("p3").birthDate(LocalDate.of(1982, 5, 1)).income(IncomeKind.WAGE, "1500").build();
        Determination settled = determine(request("2024-03-01", ProgramId.DIBAO, Household.of(Residence.URBAN, rich, p1Unknown, p2))
                .standard("dibao.urban.monthly", "720"));
        // p2, the only applicant, has 720 of her own, not below the 720 standard: the conjunction is false ⇒ ineligible.
        assertEquals(Outcome.INELIGIBLE, settled.outcome(), settled.missing().toString());
        // An applicant whose own income is unknown keeps it undetermined.
        Member p2Unknown = Member.builder("p2").birthDate(LocalDate.of(1990, 1, 1)).disability(1, DisabilityKind.PHYSICAL)
                .singlePersonApplication(true).build();
        Determination open = determine(request("2024-03-01", ProgramId.DIBAO,
                Household.of(Residence.URBAN, Member.builder("p3").birthDate(LocalDate.of(1982, 5, 1))
                        .income(IncomeKind.WAGE, "1500").build(), p2Unknown)).standard("dibao.urban.monthly", "720"));
        assertEquals(Outcome.UNDETERMINED, open.outcome());
        assertTrue(open.missing().contains("members[p2].incomes"), open.missing().toString());
    }

    @Test
    void NA06_singlePerson_coversTheSeverelyDisabledMemberOfALowIncomeHousehold() {
        // Household 2 × 720 = 1440 ≤ 1500 counted: not dibao; 1500/2 = 750 < 1.5 × 720 = 1080: low-income.
        // p2 (grade 1 physical, applied, no income): covered alone, 720 − 0 = 720.00.
        Member p2 = Member.builder("p2").birthDate(LocalDate.of(1990, 1, 1)).disability(1, DisabilityKind.PHYSICAL)
                .singlePersonApplication(true).noIncome().build();
        Household h = Household.of(Residence.URBAN, adult("p1", IncomeKind.WAGE, "1500"), p2);
        Determination d = determine(request("2024-03-01", ProgramId.DIBAO, h).standard("dibao.urban.monthly", "720"));
        assertEquals(Outcome.ELIGIBLE, d.outcome());
        assertTrue(d.hasReason("SINGLE_PERSON_HOUSEHOLD") && d.applied("NA-06"));
        assertEquals(Optional.of(Money.yuan("720.00")), d.monthlyAmount());
    }

    @Test
    void NA07_supplements_highestCategoryOnly() {
        // p1 aged 70 and grade 2 disabled: max(elderly 50, severe 80) = 80; p2 minor: 60. 2 × 720 − 400 = 1040 + 140 = 1180.
        Member p1 = Member.builder("p1").birthDate(LocalDate.of(1954, 1, 1)).disability(2, DisabilityKind.PHYSICAL)
                .income(IncomeKind.PENSION, "400").build();
        Member p2 = Member.builder("p2").birthDate(LocalDate.of(2012, 1, 1)).noIncome().build();
        Determination d = determine(request("2024-03-01", ProgramId.DIBAO, Household.of(Residence.URBAN, p1, p2))
                .standard("dibao.urban.monthly", "720").standard("dibao.supplement.elderly", "50")
                .standard("dibao.supplement.minor", "60").standard("dibao.supplement.severeDisability", "80"));
        assertEquals(Optional.of(Money.yuan("140.00")), d.line("supplement").map(l -> l.amount()));
        assertEquals(Optional.of(Money.yuan("1180.00")), d.monthlyAmount());
    }

    @Test
    void NA08_lowIncome_betweenTheStandardAndTheLine() {
        // 1 member, 900 ≥ 720 but < 1.5 × 720 = 1080: low-income.
        Household h = Household.of(Residence.URBAN, adult("p1", IncomeKind.WAGE, "900"));
        Determination d = determine(request("2024-03-01", ProgramId.LOW_INCOME, h).standard("dibao.urban.monthly", "720"));
        assertEquals(Outcome.ELIGIBLE, d.outcome());
        assertTrue(d.applied("NA-08"));
        Determination atLine = determine(request("2024-03-01", ProgramId.LOW_INCOME,
                Household.of(Residence.URBAN, adult("p1", IncomeKind.WAGE, "1080"))).standard("dibao.urban.monthly", "720"));
        assertEquals(Outcome.INELIGIBLE, atLine.outcome());
        assertTrue(atLine.hasReason("INCOME_ABOVE_LOW_INCOME_LINE"));
        Determination dibao = determine(request("2024-03-01", ProgramId.LOW_INCOME,
                Household.of(Residence.URBAN, adult("p1", IncomeKind.WAGE, "100"))).standard("dibao.urban.monthly", "720"));
        assertTrue(dibao.hasReason("DIBAO_ELIGIBLE"));
    }

    /** An employed member earning 2000, receiving 450 in dibao, exit started 2024-01-10. */
    private static Household exitingWorker() {
        Member worker = Member.builder("p1").birthDate(LocalDate.of(1985, 1, 1)).employment(Employment.EMPLOYED)
                .income(IncomeKind.WAGE, "2000").build();
        return Household.of(Residence.URBAN, worker).receiving(ProgramId.DIBAO)
                .withCurrentDibao(new CurrentDibao(Optional.of(Money.yuan("450")), Optional.of(LocalDate.of(2024, 1, 10))));
    }
}
