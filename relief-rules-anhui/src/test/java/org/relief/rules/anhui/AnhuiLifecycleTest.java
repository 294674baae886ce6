package org.relief.rules.anhui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.Determination;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.RuleModules;
import org.relief.core.lifecycle.ApplicationForm;
import org.relief.core.lifecycle.Case;
import org.relief.core.lifecycle.CaseId;
import org.relief.core.lifecycle.CaseState;
import org.relief.core.lifecycle.Deadline;
import org.relief.core.lifecycle.Lifecycle;
import org.relief.core.lifecycle.ReviewOutcome;
import org.relief.core.lifecycle.Step;
import org.relief.core.lifecycle.StepResult;
import org.relief.core.lifecycle.Verdict;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Application;
import org.relief.core.model.ApprovalLevel;
import org.relief.core.model.Employment;
import org.relief.core.model.Household;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.RefusalCode;
import org.relief.core.model.Residence;
import org.relief.core.standards.Provenance;
import org.relief.core.standards.PublishedStandard;
import org.relief.core.standards.StandardKey;
import org.relief.core.standards.StandardUnit;
import org.relief.core.standards.StandardsTable;

/**
 * 安徽 through the case lifecycle: AH-05's approval level on the decision, AH-10's validity on every
 * step, AH-02's gradual exit carried across months, over the shipped 滁州 standard (urban 727 from
 * 2022-07-01). AH-04 (temporary assistance while an application is pending) is in {@code AnhuiLedgerTest},
 * the rosters (AH-06, AH-07) in {@code AnhuiRosterTest}.
 */
class AnhuiLifecycleTest {
    private static final AdminCode NANQIAO = AdminCode.of("341103");
    private final List<PublishedStandard> published = new ArrayList<>();
    private final Lifecycle lifecycle = Lifecycle.create(
            ReliefEngine.create(RuleModules.of(new AnhuiModule()), () -> StandardsTable.of(List.copyOf(published))));

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Household household(String wage) {
        Member.Builder p1 = Member.builder("p1").birthDate(d("1985-02-02"));
        p1 = wage == null ? p1.employment(Employment.UNEMPLOYED).noIncome()
                : p1.employment(Employment.EMPLOYED).income(IncomeKind.WAGE, wage);
        return Household.of(Residence.URBAN, p1.build(), Member.builder("p2").birthDate(d("2015-10-10")).noIncome().build());
    }

    private static Case taken(StepResult r) {
        return assertInstanceOf(StepResult.Taken.class, r, () -> "expected the step taken, got " + r).after();
    }

    private Case take(Case c, Step s) {
        return taken(lifecycle.take(c, s));
    }

    /** Applied 2022-07-04, accepted 07-05, surveyed 07-07, proposed 07-11 (notice to 07-17), decided 07-18. */
    private Case decided(Application application, Verdict verdict) {
        Case c = taken(lifecycle.open(CaseId.of("c1"), new Step.Apply(d("2022-07-04"), "南谯-2022-001", NANQIAO,
                ProgramId.DIBAO, household(null), new ApplicationForm(application, true, false, false))));
        c = take(c, new Step.Accept(d("2022-07-05")));
        c = take(c, new Step.Survey(d("2022-07-07"), 2, Optional.empty()));
        c = take(c, new Step.Propose(d("2022-07-11"), Verdict.APPROVE));
        return take(c, new Step.Decide(d("2022-07-18"), verdict));
    }

    private static Money amount(Case c) {
        return c.steps().get(c.steps().size() - 1).report().monthlyAmount().orElseThrow();
    }

    @Test
    void AH05_delegatedToTheTownship_theDecisionIsTheTownships() {
        Case c = decided(new Application(false, Optional.empty(), true, false), Verdict.APPROVE);
        assertEquals(Optional.of(ApprovalLevel.TOWNSHIP), c.decision().orElseThrow().approvalLevel());
        Determination det = c.steps().get(c.steps().size() - 1).report().determination().orElseThrow();
        assertTrue(det.applied("AH-05"));
        assertEquals(Money.yuan("1454.00"), amount(c));                                  // 2 × 727 from 2022-08
        assertEquals(Optional.of(YearMonth.of(2022, 8)), c.paymentFrom());
    }

    @Test
    void AH05_notDelegated_countyDecides_aRefusalToo() {
        Case c = decided(Application.DEFAULT, Verdict.REFUSE);
        assertEquals(CaseState.REFUSED, c.state());
        assertEquals(Optional.of(ApprovalLevel.COUNTY), c.decision().orElseThrow().approvalLevel());
        assertEquals(d("2022-07-21"), c.deadlines().get(Deadline.REFUSAL_NOTICE_BY));  // 07-19, 07-20, 07-21
    }

    @Test
    void AH10_noStepOutsideTheDocumentsValidity() {
        StepResult before = lifecycle.open(CaseId.of("c0"), new Step.Apply(d("2022-05-31"), "南谯-2022-000", NANQIAO,
                ProgramId.DIBAO, household(null), ApplicationForm.consented()));
        assertEquals(RefusalCode.DATE_OUT_OF_RANGE.name(),
                assertInstanceOf(StepResult.Refused.class, before).refusal().code());
        published.add(new PublishedStandard(StandardKey.of("dibao.urban.monthly"), NANQIAO, d("2027-01-01"), Optional.empty(),
                new BigDecimal("900"), StandardUnit.MONTHLY, Provenance.reportedBy("test figure")));
        Case c = decided(Application.DEFAULT, Verdict.APPROVE);
        Case lastDay = take(c, new Step.Review(d("2027-05-31"), household(null)));         // the last day is in force
        assertEquals(CaseState.ACTIVE, lastDay.state());
        StepResult after = lifecycle.take(lastDay, new Step.Review(d("2027-06-01"), household(null)));
        assertEquals(RefusalCode.DATE_OUT_OF_RANGE.name(), assertInstanceOf(StepResult.Refused.class, after).refusal().code());
    }

    @Test
    void AH02_gradualExit_keepsTheAmountForThePublishedMonths_thenTheCaseIsNoLongerDue() {
        published.add(new PublishedStandard(StandardKey.of("dibao.gradualExit.months"), NANQIAO, d("2022-07-01"),
                Optional.empty(), new BigDecimal("3"), StandardUnit.NUMBER, Provenance.reportedBy("test figure")));
        Case c = decided(Application.DEFAULT, Verdict.APPROVE);
        c = take(c, new Step.Review(d("2022-11-14"), household("2000.00")));             // 1000 per person ≥ 727
        assertEquals(ReviewOutcome.GRADUAL_EXIT, c.steps().get(c.steps().size() - 1).report().outcome().orElseThrow());
        assertEquals(CaseState.EXITING, c.state());
        assertEquals(Optional.of(YearMonth.of(2023, 1)), c.paymentUntil());              // November, December, January
        Determination january = lifecycle.amountDue(c, YearMonth.of(2023, 1));
        assertEquals(Money.yuan("1454.00"), january.monthlyAmount().orElseThrow());
        assertTrue(january.applied("AH-02"));
        Determination february = lifecycle.amountDue(c, YearMonth.of(2023, 2));
        assertTrue(february.hasReason("GRADUAL_EXIT_ENDED"));
    }
}
