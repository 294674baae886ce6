package org.relief.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relief.core.lifecycle.LifecycleFixture.d;
import static org.relief.core.lifecycle.LifecycleFixture.onePerson;

import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.Determination;
import org.relief.core.model.Employment;
import org.relief.core.model.Household;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.Residence;

/** NA-13 reviews, terminations and deaths on an active national case (urban dibao 931 from 2024, test figure). */
class ReviewAndTerminationTest {
    private final LifecycleFixture f = new LifecycleFixture();

    private static Household couple(Member p1) {
        return Household.of(Residence.URBAN, p1, Member.builder("p2").birthDate(d("2015-06-01")).noIncome().build());
    }

    private static Member adult(String income) {
        Member.Builder b = Member.builder("p1").birthDate(d("1980-01-01"));
        return income == null ? b.noIncome().build()
                : b.employment(Employment.EMPLOYED).income(IncomeKind.WAGE, income).build();
    }

    private static Money amount(Case c) {
        return c.steps().get(c.steps().size() - 1).report().monthlyAmount().orElseThrow();
    }

    private static ReviewOutcome outcome(Case c) {
        return c.steps().get(c.steps().size() - 1).report().outcome().orElseThrow();
    }

    @Test
    void NA13_keep_sameAmount_nextReviewFromTheReview() {
        Case c = f.activeDibao(onePerson("1970-01-01"));
        c = f.take(c, new Step.Review(d("2024-09-02"), onePerson("1970-01-01")));
        assertEquals(ReviewOutcome.KEEP, outcome(c));
        assertEquals(Money.yuan("931.00"), amount(c));
        assertEquals(Optional.of(d("2025-09-02")), c.nextReviewBy());
        assertEquals(CaseState.ACTIVE, c.state());
    }

    @Test
    void NA13_adjust_newHouseholdFromTheMonthAfter() {
        Case c = f.activeDibao(onePerson("1970-01-01"));
        Household withPension = Household.of(Residence.URBAN, Member.builder("p1").birthDate(d("1970-01-01"))
                .income(IncomeKind.PENSION, "300.00").build());
        c = f.take(c, new Step.Review(d("2024-09-02"), withPension));
        assertEquals(ReviewOutcome.ADJUST, outcome(c));
        assertEquals(Money.yuan("631.00"), amount(c));                                  // 931 − 300, from October
        assertEquals(Money.yuan("931.00"), f.lifecycle.amountDue(c, YearMonth.of(2024, 9)).monthlyAmount().orElseThrow());
        assertEquals(Money.yuan("631.00"), f.lifecycle.amountDue(c, YearMonth.of(2024, 10)).monthlyAmount().orElseThrow());
    }

    @Test
    void NA05_NA13_gradualExit_paidThroughItsLastMonth_thenEnded() {
        f.publish("dibao.gradualExit.months", "2024-01-01", "3");
        Case c = f.activeDibao(couple(adult(null)));                                     // 2 × 931 = 1862
        c = f.take(c, new Step.Review(d("2024-09-02"), couple(adult("2500.00"))));      // 1250 per person ≥ 931, employed
        assertEquals(ReviewOutcome.GRADUAL_EXIT, outcome(c));
        assertEquals(CaseState.EXITING, c.state());
        assertEquals(Optional.of(YearMonth.of(2024, 11)), c.paymentUntil());             // September, October, November
        assertEquals(Money.yuan("1862.00"), amount(c));                                 // the amount kept
        assertEquals(Money.yuan("1862.00"), c.keptDibao().orElseThrow().monthly().orElseThrow());
        Determination december = f.lifecycle.amountDue(c, YearMonth.of(2024, 12));
        assertFalse(december.isEligible());
        assertTrue(december.hasReason("GRADUAL_EXIT_ENDED"));
        // a later review may bring it back: income gone, eligible again at another amount
        c = f.take(c, new Step.Review(d("2024-10-08"), couple(adult(null))));
        assertEquals(CaseState.ACTIVE, c.state());
        assertTrue(c.paymentUntil().isEmpty());
        assertEquals(ReviewOutcome.KEEP, outcome(c));                                   // 1862 kept = 1862 due
    }

    @Test
    void NA05_NA13_keepThatEndsAGradualExit_countsTheReVerifiedHousehold() {
        // LIFECYCLE: a later review may bring an exiting case back to active with keep. The kept amount
        // (1862) equals the re-verified household's (2 × 931, no income again), so the outcome is keep; the
        // case is active again and the household the exit was started on (employed, 2500) must not stay
        // verified, or November would be undetermined (no kept amount once active) — the amount due for
        // the month the review governs is the re-verified household's 1862.
        f.publish("dibao.gradualExit.months", "2024-01-01", "3");
        Case c = f.activeDibao(couple(adult(null)));
        c = f.take(c, new Step.Review(d("2024-09-02"), couple(adult("2500.00"))));
        assertEquals(CaseState.EXITING, c.state());
        c = f.take(c, new Step.Review(d("2024-10-08"), couple(adult(null))));
        assertEquals(ReviewOutcome.KEEP, outcome(c));
        assertEquals(CaseState.ACTIVE, c.state());
        assertEquals(Money.yuan("1862.00"), amount(c));
        assertEquals(Money.yuan("1862.00"), f.lifecycle.amountDue(c, YearMonth.of(2024, 11)).monthlyAmount().orElseThrow());
        Determination december = f.lifecycle.amountDue(c, YearMonth.of(2024, 12));
        assertTrue(december.isEligible() && !december.hasReason("GRADUAL_EXIT"), "the exit is over: " + december.reasons());
    }

    @Test
    void NA05_NA13_keepOutOfGradualExit_paysTheReverifiedHouseholdFromTheMonthAfter() {
        f.publish("dibao.gradualExit.months", "2024-01-01", "3");
        Case c = f.activeDibao(couple(adult(null)));                                     // 2 × 931 = 1862
        c = f.take(c, new Step.Review(d("2024-09-02"), couple(adult("2500.00"))));      // exit: September … November
        c = f.take(c, new Step.Review(d("2024-10-08"), couple(adult(null))));           // the job is lost: 1862 = kept 1862
        assertEquals(ReviewOutcome.KEEP, outcome(c));
        assertEquals(CaseState.ACTIVE, c.state());
        // back to active, the case is paid on the household the review verified, not on the exit's employed one
        // (which, as an active case without a kept amount, would be undetermined and held)
        for (YearMonth m : java.util.List.of(YearMonth.of(2024, 11), YearMonth.of(2025, 1))) {
            Determination due = f.lifecycle.amountDue(c, m);
            assertTrue(due.isEligible(), () -> m + ": " + due.outcome() + " " + due.missing());
            assertEquals(Money.yuan("1862.00"), due.monthlyAmount().orElseThrow());
        }
        // and a later review of the same household keeps
        c = f.take(c, new Step.Review(d("2024-12-02"), couple(adult(null))));
        assertEquals(ReviewOutcome.KEEP, outcome(c));
    }

    @Test
    void NA13_terminate_sevenDayNotice_paidThroughTheMonthOfItsLastDay() {
        Case c = f.activeDibao(onePerson("1970-01-01"));
        Household rich = Household.of(Residence.URBAN, Member.builder("p1").birthDate(d("1970-01-01"))
                .income(IncomeKind.PENSION, "5000.00").build());
        c = f.take(c, new Step.Review(d("2024-09-27"), rich));
        assertEquals(ReviewOutcome.TERMINATE, outcome(c));
        assertEquals(CaseState.TERMINATED, c.state());
        assertEquals(d("2024-10-03"), c.notice().orElseThrow().ends());                  // 09-27 … 10-03
        assertEquals(Optional.of(YearMonth.of(2024, 10)), c.paymentUntil());
        assertTrue(c.isPayableIn(YearMonth.of(2024, 10)));
        assertFalse(c.isPayableIn(YearMonth.of(2024, 11)));
        // the terminating review changes nothing that is paid: October is due on the previous household
        assertEquals(Money.yuan("931.00"), f.lifecycle.amountDue(c, YearMonth.of(2024, 10)).monthlyAmount().orElseThrow());
    }

    @Test
    void NA13_reviewIncomplete_isRefusedWithTheMissingInputs() {
        Case c = f.activeDibao(onePerson("1970-01-01"));
        Household unknown = Household.of(Residence.URBAN, Member.builder("p1").birthDate(d("1970-01-01")).build());
        StepRefusal r = f.refuse(c, new Step.Review(d("2024-09-02"), unknown));
        assertEquals(StepRefusal.REVIEW_INCOMPLETE, r.code());
        assertEquals(java.util.List.of("members[p1].incomes"), r.missing());
    }

    @Test
    void NA13_terminateStep_noticeOrAtOnce() {
        Case c = f.activeDibao(onePerson("1970-01-01"));
        Case moved = LifecycleFixture.taken(f.lifecycle.take(c, new Step.Terminate(d("2024-06-28"), TerminationReason.MOVED_AWAY)));
        assertEquals(d("2024-07-04"), moved.notice().orElseThrow().ends());
        assertEquals(Optional.of(YearMonth.of(2024, 7)), moved.paymentUntil());
        Case fraud = LifecycleFixture.taken(f.lifecycle.take(c, new Step.Terminate(d("2024-06-28"), TerminationReason.FRAUD)));
        assertEquals(Optional.of(YearMonth.of(2024, 6)), fraud.paymentUntil());
        assertEquals(CaseState.TERMINATED, fraud.state());
        assertEquals(StepRefusal.STEP_NOT_ALLOWED,
                f.refuse(fraud, new Step.Review(d("2024-07-01"), onePerson("1970-01-01"))).code());
    }

    @Test
    void death_monthPaid_memberLeavesFromTheNext_lastMemberEndsTheCase() {
        Case c = f.activeDibao(couple(adult(null)));
        c = f.take(c, new Step.Death(d("2024-06-15"), "p2"));
        assertEquals(Money.yuan("1862.00"), f.lifecycle.amountDue(c, YearMonth.of(2024, 6)).monthlyAmount().orElseThrow());
        assertEquals(Money.yuan("931.00"), f.lifecycle.amountDue(c, YearMonth.of(2024, 7)).monthlyAmount().orElseThrow());
        assertEquals(CaseState.ACTIVE, c.state());
        c = f.take(c, new Step.Death(d("2024-08-03"), "p1"));
        assertEquals(CaseState.TERMINATED, c.state());
        assertEquals(Optional.of(YearMonth.of(2024, 8)), c.paymentUntil());
        assertTrue(c.hasReason(Lifecycle.RECIPIENT_DIED));
        assertEquals("NA-13", c.steps().get(c.steps().size() - 1).report().trace().get(0).rule());
    }

    @Test
    void death_beforeTheDecision_leavesTheHousehold_lastOneWithdrawsTheCase() {
        Case c = f.proposedDibao(couple(adult(null)));
        c = f.take(c, new Step.Death(d("2024-03-12"), "p2"));
        assertEquals(1, c.households().base().members().size());
        assertEquals(CaseState.PROPOSED, c.state());
        assertEquals("INVALID_INPUT", f.refuse(c, new Step.Death(d("2024-03-13"), "p9")).code());
        c = f.take(c, new Step.Death(d("2024-03-13"), "p1"));
        assertEquals(CaseState.WITHDRAWN, c.state());
        assertTrue(c.hasReason(Lifecycle.RECIPIENT_DIED));
    }
}
