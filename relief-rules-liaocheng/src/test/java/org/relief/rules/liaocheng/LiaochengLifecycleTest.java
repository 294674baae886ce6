package org.relief.rules.liaocheng;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.RuleModules;
import org.relief.core.engine.TraceEntry;
import org.relief.core.lifecycle.ApplicationForm;
import org.relief.core.lifecycle.AppraisalResult;
import org.relief.core.lifecycle.Case;
import org.relief.core.lifecycle.CaseId;
import org.relief.core.lifecycle.CaseState;
import org.relief.core.lifecycle.Deadline;
import org.relief.core.lifecycle.Lifecycle;
import org.relief.core.lifecycle.Step;
import org.relief.core.lifecycle.StepRecord;
import org.relief.core.lifecycle.StepRefusal;
import org.relief.core.lifecycle.StepResult;
import org.relief.core.lifecycle.Verdict;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Application;
import org.relief.core.model.ApprovalLevel;
import org.relief.core.model.Household;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Residence;
import org.relief.core.standards.Provenance;
import org.relief.core.standards.PublishedStandard;
import org.relief.core.standards.StandardKey;
import org.relief.core.standards.StandardUnit;
import org.relief.core.standards.StandardsTable;

/**
 * The 聊城 procedure rules through {@link Lifecycle}: LC-10 (the honesty commitment on {@code apply})
 * and LC-13 (the township approves every case), on the shipped 2024 standards (2021: a test figure at 阳谷 371521).
 */
class LiaochengLifecycleTest {
    private static final AdminCode YANGGU = AdminCode.of("371521");
    private final Lifecycle lifecycle = Lifecycle.create(ReliefEngine.create(RuleModules.of(new LiaochengModule()),
            () -> StandardsTable.of(new PublishedStandard(StandardKey.of("dibao.rural.monthly"), YANGGU, d("2021-01-01"),
                    Optional.empty(), new BigDecimal("600"), StandardUnit.MONTHLY, Provenance.reportedBy("test figure")))));
    private int opened;

    @Test
    void LC10_applicationNeedsTheHonestyCommitment_afterTheConsent() {
        StepRefusal noCommitment = refused(apply(ProgramId.DIBAO, single("1970-01-01"), new ApplicationForm(Application.DEFAULT, true, false, false)));
        assertEquals(StepRefusal.HONESTY_COMMITMENT_REQUIRED, noCommitment.code());
        assertEquals(Optional.of("application.honestyCommitment"), noCommitment.field());
        assertEquals(List.of("NA-11", "LC-10"), noCommitment.trace().stream().map(TraceEntry::rule).toList());
        // the national consent comes first; tekun needs the commitment as well
        assertEquals(StepRefusal.CONSENT_REQUIRED,
                refused(apply(ProgramId.DIBAO, single("1970-01-01"), new ApplicationForm(Application.DEFAULT, false, false, false))).code());
        assertEquals(StepRefusal.HONESTY_COMMITMENT_REQUIRED,
                refused(apply(ProgramId.TEKUN, Household.of(Residence.RURAL, Liaocheng.tekun("1945-05-05", 0).build()),
                        ApplicationForm.consented())).code());
        Case c = taken(apply(ProgramId.DIBAO, single("1970-01-01"), signed(Application.DEFAULT)));
        assertEquals(CaseState.APPLIED, c.state());
        TraceEntry lc10 = rule(c, "LC-10");
        assertEquals("true", lc10.inputs().get("honestyCommitment"));
        assertTrue(lc10.citation().contains(LiaochengModule.DOCUMENT), lc10.citation());
    }

    @Test
    void LC13_theTownshipApprovesAndRefuses_withoutDelegation() {
        // 茌平 2024: rural 753 × 3 − 300 = 1959.00; accepted Mon 2024-03-04 → decisionBy 2024-04-16 (national 30)
        Household rural = Household.of(Residence.RURAL,
                Member.builder("p1").birthDate(d("1968-02-02")).income(org.relief.core.model.IncomeKind.AGRICULTURE, "300.00").build(),
                Member.builder("p2").birthDate(d("1970-03-03")).noIncome().build(),
                Member.builder("p3").birthDate(d("2010-04-04")).noIncome().build());
        Case c = proposed(rural, signed(new Application(false, Optional.empty(), false, false)));
        assertEquals(d("2024-04-16"), c.deadlines().get(Deadline.DECISION_BY));
        c = take(c, new Step.Decide(d("2024-03-18"), Verdict.APPROVE));
        assertEquals(Optional.of(ApprovalLevel.TOWNSHIP), c.decision().orElseThrow().approvalLevel());
        assertEquals(Optional.of(Money.yuan("1959.00")), last(c).report().monthlyAmount());
        assertTrue(last(c).report().determination().orElseThrow().applied("LC-13"));
        Case refused = take(take(open(Liaocheng.DONGCHANGFU, single("1975-06-06"), signed(Application.DEFAULT), "2024-03-01"), new Step.Accept(d("2024-03-04"))),
                new Step.Survey(d("2024-03-06"), 2, Optional.empty()));
        refused = take(take(refused, new Step.Propose(d("2024-03-11"), Verdict.REFUSE)), new Step.Decide(d("2024-03-11"), Verdict.REFUSE));
        assertEquals(CaseState.REFUSED, refused.state());
        assertEquals(Optional.of(ApprovalLevel.TOWNSHIP), refused.decision().orElseThrow().approvalLevel());
        assertEquals(d("2024-03-14"), refused.deadlines().get(Deadline.REFUSAL_NOTICE_BY));
    }

    @Test
    void LC13_beforeJuly2021_everyApplicationIsAppraised_stillApprovedByTheTownship() {
        // 阳谷 371521 publishes a 2021 rural standard (test figure 600); 东昌府 publishes none (聊城 ships values from 2023 only)
        Household rural = Household.of(Residence.RURAL, Member.builder("p1").birthDate(d("1960-10-10")).noIncome().build());
        Case c = take(open(YANGGU, rural, signed(Application.DEFAULT), "2021-03-12"), new Step.Accept(d("2021-03-15")));
        assertTrue(c.hasReason("MISSING_STANDARD"), "no national decision limit before 2021-07-01: " + c.reasons());
        assertFalse(c.deadlines().containsKey(Deadline.DECISION_BY));
        assertEquals(d("2021-03-18"), c.deadlines().get(Deadline.SURVEY_START_BY));
        c = take(c, new Step.Survey(d("2021-03-17"), 2, Optional.empty()));
        c = take(c, new Step.Propose(d("2021-03-22"), Verdict.APPROVE));
        // no objection, not disputed: before 2021-07-01 the appraisal is held all the same
        assertEquals(StepRefusal.APPRAISAL_REQUIRED, refused(lifecycle.take(c, new Step.Decide(d("2021-03-29"), Verdict.APPROVE))).code());
        c = take(c, new Step.Appraise(d("2021-03-30"), AppraisalResult.SUPPORT));
        c = take(c, new Step.Decide(d("2021-03-31"), Verdict.APPROVE));
        assertEquals(Optional.of(ApprovalLevel.TOWNSHIP), c.decision().orElseThrow().approvalLevel());
        assertEquals(Optional.of(Money.yuan("600.00")), last(c).report().monthlyAmount());
        Case elsewhere = take(take(open(Liaocheng.DONGCHANGFU, rural, signed(Application.DEFAULT), "2021-03-12"),
                new Step.Accept(d("2021-03-15"))), new Step.Survey(d("2021-03-17"), 2, Optional.empty()));
        assertEquals("MISSING_STANDARD", refused(lifecycle.take(elsewhere, new Step.Propose(d("2021-03-22"), Verdict.APPROVE))).code());
    }

    // ------------------------------------------------------------------ helpers

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Household single(String birth) {
        return Household.of(Residence.URBAN, Member.builder("p1").birthDate(d(birth)).noIncome().build());
    }

    private static ApplicationForm signed(Application a) {
        return new ApplicationForm(a, true, true, false);
    }

    private StepResult apply(ProgramId program, Household h, ApplicationForm form) {
        opened++;
        return lifecycle.open(CaseId.of("c-" + opened), new Step.Apply(d("2024-03-01"), "聊-" + opened, Liaocheng.DONGCHANGFU, program, h, form));
    }

    private Case open(AdminCode county, Household h, ApplicationForm form, String date) {
        opened++;
        return taken(lifecycle.open(CaseId.of("c-" + opened), new Step.Apply(d(date), "聊-" + opened, county, ProgramId.DIBAO, h, form)));
    }

    /** Applied 2024-03-01, accepted 03-04, surveyed 03-06, proposed 03-11 (notice 03-11 … 03-17). */
    private Case proposed(Household h, ApplicationForm form) {
        Case c = open(Liaocheng.DONGCHANGFU, h, form, "2024-03-01");
        c = take(c, new Step.Accept(d("2024-03-04")));
        c = take(c, new Step.Survey(d("2024-03-06"), 2, Optional.empty()));
        return take(c, new Step.Propose(d("2024-03-11"), Verdict.APPROVE));
    }

    private Case take(Case c, Step s) {
        return taken(lifecycle.take(c, s));
    }

    private static StepRecord last(Case c) {
        return c.steps().get(c.steps().size() - 1);
    }

    private static TraceEntry rule(Case c, String id) {
        return last(c).report().trace().stream().filter(t -> t.rule().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in the trace: " + last(c).report().trace()));
    }

    private static Case taken(StepResult r) {
        return assertInstanceOf(StepResult.Taken.class, r, () -> "expected the step taken, got " + r).after();
    }

    private static StepRefusal refused(StepResult r) {
        return assertInstanceOf(StepResult.Refused.class, r, () -> "expected a refusal, got " + r).refusal();
    }
}
