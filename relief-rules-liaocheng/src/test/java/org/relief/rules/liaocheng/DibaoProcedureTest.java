package org.relief.rules.liaocheng;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relief.rules.liaocheng.Liaocheng.determine;
import static org.relief.rules.liaocheng.Liaocheng.request;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.Determination;
import org.relief.core.engine.Outcome;
import org.relief.core.model.Application;
import org.relief.core.model.ApprovalLevel;
import org.relief.core.model.DisabilityKind;
import org.relief.core.model.Household;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.Member;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Residence;

/** LC-01 (单人保) and LC-13 (approval by the township). */
class DibaoProcedureTest {

    private static Household household(Member third, String wage1, String wage2) {
        return Household.of(Residence.URBAN,
                Member.builder("p1").birthDate(LocalDate.of(1975, 1, 1)).noIncome().income(IncomeKind.WAGE, wage1).build(),
                Member.builder("p2").birthDate(LocalDate.of(1976, 1, 1)).noIncome().income(IncomeKind.WAGE, wage2).build(),
                third);
    }

    @Test
    void LC01_severelyDisabledMemberOfLowIncomeHousehold_coveredAlone() {
        // 2700 / 3 = 900 ≥ 871 (not dibao) but < 1.5 × 871 = 1306.5 (low-income); p3 own 0 ⇒ 871 − 0 = 871.00
        Member p3 = Member.builder("p3").birthDate(LocalDate.of(2000, 1, 1)).disability(1, DisabilityKind.PHYSICAL)
                .singlePersonApplication(true).noIncome().build();
        Determination d = determine(request("2023-06-01", ProgramId.DIBAO, household(p3, "1500", "1200")));
        assertEquals(Outcome.ELIGIBLE, d.outcome());
        assertEquals("871.00", d.monthlyAmount().orElseThrow().toString());
        assertTrue(d.hasReason("SINGLE_PERSON_HOUSEHOLD"));
        assertTrue(d.applied("LC-01"));
        assertFalse(d.applied("NA-06"));
    }

    @Test
    void LC01_notLowIncome_orNotSevere_isNotCovered() {
        // 4000 / 3 = 1333.33 ≥ 1306.5 ⇒ not low-income
        Member ill = Member.builder("p3").birthDate(LocalDate.of(2000, 1, 1)).seriouslyIll(true)
                .singlePersonApplication(true).noIncome().build();
        Determination rich = determine(request("2023-06-01", ProgramId.DIBAO, household(ill, "2000", "2000")));
        assertEquals(Outcome.INELIGIBLE, rich.outcome());
        // grade 3 physical is not severe
        Member grade3 = Member.builder("p3").birthDate(LocalDate.of(2000, 1, 1)).disability(3, DisabilityKind.PHYSICAL)
                .singlePersonApplication(true).noIncome().build();
        Determination notSevere = determine(request("2023-06-01", ProgramId.DIBAO, household(grade3, "1500", "1200")));
        assertEquals(Outcome.INELIGIBLE, notSevere.outcome());
        assertTrue(notSevere.hasReason("INCOME_ABOVE_STANDARD"));
    }

    @Test
    void LC13_approvalIsTheTownship_delegatedOrNot() {
        Household h = Household.of(Residence.RURAL, Member.builder("p1").birthDate(LocalDate.of(1960, 1, 1)).noIncome()
                .income(IncomeKind.AGRICULTURE, "300").build());
        for (boolean delegated : new boolean[] {false, true}) {
            Determination d = determine(request("2024-05-01", ProgramId.DIBAO, h)
                    .application(new Application(false, Optional.empty(), delegated, false)));
            assertEquals(ApprovalLevel.TOWNSHIP, d.procedure().orElseThrow().approvalLevel());
            assertTrue(d.applied("LC-13"));
            // 753 × 1 − 300 = 453.00
            assertEquals("453.00", d.monthlyAmount().orElseThrow().toString());
        }
        Determination tekun = determine(request("2023-06-01", ProgramId.TEKUN, Household.of(Residence.RURAL,
                Liaocheng.tekun("1950-01-01", 0).build())));
        assertEquals(ApprovalLevel.TOWNSHIP, tekun.procedure().orElseThrow().approvalLevel());
        Determination low = determine(request("2024-05-01", ProgramId.LOW_INCOME, Household.of(Residence.URBAN,
                Member.builder("p1").birthDate(LocalDate.of(1960, 1, 1)).noIncome().income(IncomeKind.PENSION, "1200").build())));
        assertEquals(Outcome.ELIGIBLE, low.outcome());
        assertEquals(ApprovalLevel.TOWNSHIP, low.procedure().orElseThrow().approvalLevel());
    }

    @Test
    void LC13_appraisal_alwaysBefore2021_07_01_thenOnlyWhenDisputed() {
        Household h = Household.of(Residence.URBAN, Member.builder("p1").birthDate(LocalDate.of(1970, 1, 1)).noIncome()
                .income(IncomeKind.PENSION, "500").build());
        Determination before = determine(request("2021-06-30", ProgramId.DIBAO, h).standard("dibao.urban.monthly", "720"));
        assertTrue(before.procedure().orElseThrow().democraticAppraisal());
        assertEquals("220.00", before.monthlyAmount().orElseThrow().toString());
        Determination after = determine(request("2021-07-01", ProgramId.DIBAO, h).standard("dibao.urban.monthly", "720"));
        assertFalse(after.procedure().orElseThrow().democraticAppraisal());
        Determination disputed = determine(request("2021-07-01", ProgramId.DIBAO, h).standard("dibao.urban.monthly", "720")
                .application(new Application(true, Optional.empty(), false, false)));
        assertTrue(disputed.procedure().orElseThrow().democraticAppraisal());
    }
}
