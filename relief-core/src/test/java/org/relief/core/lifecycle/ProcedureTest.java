package org.relief.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relief.core.lifecycle.LifecycleFixture.d;
import static org.relief.core.lifecycle.LifecycleFixture.onePerson;

import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relief.core.model.Application;
import org.relief.core.model.ApprovalLevel;
import org.relief.core.model.Household;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Residence;

/** NA-11: the application procedure, its checks and deadlines (national baseline, test-published standards). */
class ProcedureTest {
    private final LifecycleFixture f = new LifecycleFixture();

    @Test
    void NA11_fromApplicationToApproval_withDeadlinesNoticeAndPaymentStart() {
        Case c = f.open("2024-03-01", ProgramId.DIBAO, onePerson("1970-01-01"));
        assertEquals(CaseState.APPLIED, c.state());
        c = f.take(c, new Step.Accept(d("2024-03-04")));
        assertEquals(CaseState.ACCEPTED, c.state());
        // Mon 03-04 + 3 working days = Thu 03-07; + 30 = 04-16 (清明 04-04…06 off, Sunday 04-07 worked)
        assertEquals(d("2024-03-07"), c.deadlines().get(Deadline.SURVEY_START_BY));
        assertEquals(d("2024-04-16"), c.deadlines().get(Deadline.DECISION_BY));
        c = f.take(c, new Step.Survey(d("2024-03-06"), 2, Optional.empty()));
        c = f.take(c, new Step.Propose(d("2024-03-11"), Verdict.APPROVE));
        assertEquals(CaseState.PROPOSED, c.state());
        assertEquals(d("2024-03-17"), c.notice().orElseThrow().ends());   // 7 days: 03-11 … 03-17
        assertEquals(StepRefusal.NOTICE_NOT_ENDED, f.refuse(c, new Step.Decide(d("2024-03-15"), Verdict.APPROVE)).code());
        c = f.take(c, new Step.Decide(d("2024-03-18"), Verdict.APPROVE));
        assertEquals(CaseState.ACTIVE, c.state());
        assertEquals(Optional.of(YearMonth.of(2024, 4)), c.paymentFrom());
        assertEquals(Optional.of(Money.yuan("931.00")), c.steps().get(c.steps().size() - 1).report().monthlyAmount());
        assertEquals(Optional.of(d("2025-03-18")), c.nextReviewBy());       // 12 months, the same day
        assertEquals(Optional.of(ApprovalLevel.COUNTY), c.decision().orElseThrow().approvalLevel());
        assertFalse(c.hasReason(Lifecycle.DEADLINE_MISSED));
        // every step keeps the rules it applied, with the catalogue id
        assertTrue(c.steps().get(1).report().trace().stream().anyMatch(t -> t.rule().equals("NA-11")));
        assertTrue(c.steps().get(4).report().determination().orElseThrow().applied("NA-03"));
    }

    @Test
    void NA11_consentIsRequired() {
        Step.Apply a = new Step.Apply(d("2024-03-01"), "r1", LifecycleFixture.NATIONAL, ProgramId.DIBAO,
                onePerson("1970-01-01"), new ApplicationForm(Application.DEFAULT, false, false, false));
        StepResult r = f.cases.apply(a);
        StepRefusal refusal = ((StepResult.Refused) r).refusal();
        assertEquals(StepRefusal.CONSENT_REQUIRED, refusal.code());
        assertEquals(Optional.of("application.consent"), refusal.field());
        assertEquals("NA-11", refusal.trace().get(0).rule());
    }

    @Test
    void NA11_twoSurveyorsAtLeast_andALateSurveyIsAllowedButMissed() {
        Case c = f.take(f.open("2024-03-01", ProgramId.DIBAO, onePerson("1970-01-01")), new Step.Accept(d("2024-03-04")));
        StepRefusal r = f.refuse(c, new Step.Survey(d("2024-03-06"), 1, Optional.empty()));
        assertEquals(StepRefusal.TOO_FEW_SURVEYORS, r.code());
        assertEquals(Optional.of("surveyors"), r.field());
        c = f.take(c, new Step.Survey(d("2024-03-08"), 2, Optional.empty()));   // after surveyStartBy 03-07
        assertTrue(c.hasReason(Lifecycle.DEADLINE_MISSED));
    }

    @Test
    void notAllowedThenOutOfOrderThenOwnChecks() {
        Case c = f.open("2024-03-01", ProgramId.DIBAO, onePerson("1970-01-01"));
        StepRefusal notAllowed = f.refuse(c, new Step.Survey(d("2024-02-01"), 1, Optional.empty()));
        assertEquals(StepRefusal.STEP_NOT_ALLOWED, notAllowed.code());                   // state first
        assertTrue(notAllowed.message().contains("applied"));
        assertEquals(StepRefusal.STEP_OUT_OF_ORDER, f.refuse(c, new Step.Accept(d("2024-02-29"))).code());
    }

    @Test
    void NA11_anApprovingOpinionNeedsAnEligibleDetermination() {
        Household rich = Household.of(Residence.URBAN, Member.builder("p1").birthDate(d("1970-01-01"))
                .income(IncomeKind.WAGE, "2000.00").build());
        Case c = f.open("2024-03-01", ProgramId.DIBAO, rich);
        c = f.take(c, new Step.Accept(d("2024-03-04")));
        c = f.take(c, new Step.Survey(d("2024-03-06"), 2, Optional.empty()));
        StepRefusal r = f.refuse(c, new Step.Propose(d("2024-03-11"), Verdict.APPROVE));
        assertEquals(StepRefusal.NOT_ELIGIBLE, r.code());
        assertTrue(r.reasons().stream().anyMatch(x -> x.code().equals("INCOME_ABOVE_STANDARD")));
        // unknown income: undetermined, the missing inputs listed
        Household unknown = Household.of(Residence.URBAN, Member.builder("p1").birthDate(d("1970-01-01")).build());
        Case u = f.take(f.take(f.open("2024-03-01", ProgramId.DIBAO, unknown), new Step.Accept(d("2024-03-04"))),
                new Step.Survey(d("2024-03-06"), 2, Optional.empty()));
        StepRefusal ru = f.refuse(u, new Step.Propose(d("2024-03-11"), Verdict.APPROVE));
        assertEquals(StepRefusal.NOT_ELIGIBLE, ru.code());
        assertEquals(java.util.List.of("members[p1].incomes"), ru.missing());
        // a refusing opinion opens no notice: the decision may follow at once, with a refusal notice deadline
        c = f.take(c, new Step.Propose(d("2024-03-11"), Verdict.REFUSE));
        assertTrue(c.notice().isEmpty());
        c = f.take(c, new Step.Decide(d("2024-03-11"), Verdict.REFUSE));
        assertEquals(CaseState.REFUSED, c.state());
        assertEquals(d("2024-03-14"), c.deadlines().get(Deadline.REFUSAL_NOTICE_BY));   // Mon + 3 working days
    }

    @Test
    void NA11_objectionRequiresAppraisal_opposedApprovalCarriesAReason() {
        Case c = f.proposedDibao(onePerson("1970-01-01"));
        c = f.take(c, new Step.Objection(d("2024-03-13")));
        assertEquals(StepRefusal.APPRAISAL_REQUIRED, f.refuse(c, new Step.Decide(d("2024-03-18"), Verdict.APPROVE)).code());
        c = f.take(c, new Step.Appraise(d("2024-03-18"), AppraisalResult.OPPOSE));
        c = f.take(c, new Step.Decide(d("2024-03-19"), Verdict.APPROVE));
        assertTrue(c.hasReason(Lifecycle.APPRAISAL_OPPOSED));
        // after the notice has ended an objection is not allowed
        Case late = f.proposedDibao(onePerson("1970-01-01"));
        assertEquals(StepRefusal.STEP_NOT_ALLOWED, f.refuse(late, new Step.Objection(d("2024-03-18"))).code());
    }

    @Test
    void NA11_extendOnceForDibao_45WorkingDays() {
        Case c = f.take(f.open("2024-03-01", ProgramId.DIBAO, onePerson("1970-01-01")), new Step.Accept(d("2024-03-04")));
        c = f.take(c, new Step.Extend(d("2024-03-05"), "需补充核对"));
        // 30 working days → 04-16; 15 more: 04-17…19 (3), 04-22…26 (8), 04-28 Sun 上班 (9), 04-29, 04-30 (11),
        // 05-01…05 劳动节 off, 05-06…09 (15)
        assertEquals(d("2024-05-09"), c.deadlines().get(Deadline.DECISION_BY));
        assertEquals(StepRefusal.STEP_NOT_ALLOWED, f.refuse(c, new Step.Extend(d("2024-03-06"), "again")).code());
    }

    @Test
    void NA11_tekunProcedure_15WorkingDays_noNoticeForAMinor_10WorkingDaysToDecide() {
        Household minor = Household.of(Residence.URBAN, Member.builder("p1").birthDate(d("2012-05-01")).noIncome()
                .supporter(org.relief.core.model.Supporter.NONE).selfCareItemsFailed(0).build());
        Case c = f.open("2024-03-01", ProgramId.TEKUN, minor);
        c = f.take(c, new Step.Accept(d("2024-03-04")));
        // 15 working days after Mon 03-04: 03-05…08 (4), 11…15 (9), 18…22 (14), 25 (15)
        assertEquals(d("2024-03-25"), c.deadlines().get(Deadline.PROPOSAL_BY));
        assertFalse(c.deadlines().containsKey(Deadline.SURVEY_START_BY));
        c = f.take(c, new Step.Survey(d("2024-03-06"), 2, Optional.empty()));
        c = f.take(c, new Step.Propose(d("2024-03-11"), Verdict.APPROVE));
        assertTrue(c.notice().isEmpty());                                   // a minor is not published
        assertEquals(d("2024-03-25"), c.deadlines().get(Deadline.DECISION_BY));  // 10 working days after 03-11
        c = f.take(c, new Step.Decide(d("2024-03-11"), Verdict.APPROVE));
        // 1211 basic + 210 self-care
        assertEquals(Optional.of(Money.yuan("1421.00")), c.steps().get(4).report().monthlyAmount());
    }

    @Test
    void withdrawBeforeDecision_only() {
        Case c = f.proposedDibao(onePerson("1970-01-01"));
        // the lifecycle is a pure function: two continuations of the same case
        Case w = LifecycleFixture.taken(f.lifecycle.take(c, new Step.Withdraw(d("2024-03-12"))));
        assertEquals(CaseState.WITHDRAWN, w.state());
        assertEquals(CaseState.PROPOSED, c.state());
        Case active = LifecycleFixture.taken(f.lifecycle.take(c, new Step.Decide(d("2024-03-18"), Verdict.APPROVE)));
        assertEquals(StepRefusal.STEP_NOT_ALLOWED, f.refuse(active, new Step.Withdraw(d("2024-03-19"))).code());
    }

    @Test
    void calendarBeyondTheData_deadlineAbsentWithReason_stepStillTaken() {
        f.publish("dibao.urban.monthly", "2026-01-01", "980");
        Case c = f.open("2026-12-01", ProgramId.DIBAO, onePerson("1970-01-01"));
        c = f.take(c, new Step.Accept(d("2026-12-02")));
        assertEquals(d("2026-12-07"), c.deadlines().get(Deadline.SURVEY_START_BY));   // Wed + 3 = Mon 12-07
        assertFalse(c.deadlines().containsKey(Deadline.DECISION_BY));                  // needs 2027
        assertTrue(c.hasReason("CALENDAR_UNAVAILABLE"));
    }
}
