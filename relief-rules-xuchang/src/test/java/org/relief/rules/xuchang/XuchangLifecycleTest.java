package org.relief.rules.xuchang;

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
import org.relief.core.lifecycle.ReviewOutcome;
import org.relief.core.lifecycle.Step;
import org.relief.core.lifecycle.StepRefusal;
import org.relief.core.lifecycle.StepResult;
import org.relief.core.lifecycle.Verdict;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Application;
import org.relief.core.model.ApprovalLevel;
import org.relief.core.model.Channel;
import org.relief.core.model.Household;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.LaborCapacity;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Residence;
import org.relief.core.model.Supporter;
import org.relief.core.standards.Provenance;
import org.relief.core.standards.PublishedStandard;
import org.relief.core.standards.StandardKey;
import org.relief.core.standards.StandardUnit;
import org.relief.core.standards.StandardsTable;

/**
 * The 许昌 procedure rules through {@link Lifecycle}: XC-13 (application ground), XC-19 (decision
 * limits), XC-06 (approval level), XC-07 (appraisal only on dispute), XC-03 (reviews), XC-09 (death).
 * Standards are test figures published at 长葛市 411082 (许昌 ships no dibao or tekun standard).
 */
class XuchangLifecycleTest {
    private static final AdminCode CHANGGE = Xuchang.CHANGGE;
    private static final AdminCode WEIDU = AdminCode.of("411002");

    private final List<PublishedStandard> published = new ArrayList<>();
    private final Lifecycle lifecycle = Lifecycle.create(
            ReliefEngine.create(RuleModules.of(new XuchangModule()), () -> StandardsTable.of(List.copyOf(published))));
    private int opened;

    XuchangLifecycleTest() {
        publish("dibao.urban.monthly", "600");
        publish("tekun.basic.monthly", "800");
        publish("tekun.care.selfcare.monthly", "100");
    }

    @Test
    void XC13_residencePermitAndOnlineApplicationsAreTaken_withTheirGroundInTheTrace() {
        Case c = open(WEIDU, ProgramId.DIBAO, "2024-05-06", single("1985-03-02"),
                form(new Application(false, Optional.of(Channel.ONLINE), false, true)));
        assertEquals(CaseState.APPLIED, c.state());
        TraceEntry xc13 = rule(c, "XC-13");
        assertEquals("true", xc13.inputs().get("onResidencePermit"));
        assertEquals("online", xc13.inputs().get("channel"));
        assertTrue(xc13.citation().contains(XuchangModule.REPORT), xc13.citation());
        // XC-13 never refuses, but the national consent still comes first
        StepRefusal r = refused(lifecycle.open(CaseId.of("x"), new Step.Apply(d("2024-05-06"), "x", WEIDU, ProgramId.DIBAO,
                single("1985-03-02"), new ApplicationForm(new Application(false, Optional.of(Channel.ONLINE), false, true),
                        false, false, false))));
        assertEquals(StepRefusal.CONSENT_REQUIRED, r.code());
    }

    @Test
    void XC19_henan25FromItsDate_national30Before_aCountyMayPublishShorter() {
        // Thu 2023-09-07 + 30 working days (中秋国庆 09-29…10-06 off, 10-07/10-08 worked) = 10-25
        Case before = take(open(WEIDU, ProgramId.DIBAO, "2023-09-04", single("1966-04-10"), consent()), new Step.Accept(d("2023-09-07")));
        assertEquals(d("2023-10-25"), before.deadlines().get(Deadline.DECISION_BY));
        // Fri 2023-09-08: the 河南 25 working days → 10-19; extended 40 → 10-20 … 11-09 (#26 … #40)
        Case from = take(open(WEIDU, ProgramId.DIBAO, "2023-09-04", single("1959-12-01"), consent()), new Step.Accept(d("2023-09-08")));
        assertEquals(d("2023-10-19"), from.deadlines().get(Deadline.DECISION_BY));
        assertEquals("XC-19", rule(from, "XC-19").rule());
        Case extended = take(from, new Step.Extend(d("2023-09-11"), "补充核对"));
        assertEquals(d("2023-11-09"), extended.deadlines().get(Deadline.DECISION_BY));
        // 长葛 publishes 20 (test figure, 25 − 5): Tue 2024-04-02 + 20 (清明 04-04…06 off, 04-07 and 04-28 worked) = 04-30
        publish(CHANGGE, "procedure.decisionWorkingDays", "20");
        Case county = take(open(CHANGGE, ProgramId.DIBAO, "2024-04-01", single("1970-02-01"), consent()), new Step.Accept(d("2024-04-02")));
        assertEquals(d("2024-04-30"), county.deadlines().get(Deadline.DECISION_BY));
        assertEquals(d("2024-04-08"), county.deadlines().get(Deadline.SURVEY_START_BY));
    }

    @Test
    void XC06_townshipDecidesWhereDelegated_countyOtherwise_dibaoAndTekun() {
        Application delegated = new Application(false, Optional.empty(), true, false);
        assertEquals(ApprovalLevel.TOWNSHIP, level(approved(ProgramId.DIBAO, single("1978-06-01"), form(delegated))));
        assertEquals(ApprovalLevel.COUNTY, level(approved(ProgramId.DIBAO, single("1978-06-01"), consent())));
        Household elderly = Household.of(Residence.URBAN, Member.builder("p1").birthDate(d("1950-02-01"))
                .supporter(Supporter.NONE).selfCareItemsFailed(0).noIncome().build());
        Case tekun = approved(ProgramId.TEKUN, elderly, form(delegated));
        assertEquals(ApprovalLevel.TOWNSHIP, level(tekun));
        assertEquals(Optional.of(Money.yuan("900.00")), last(tekun).report().monthlyAmount());      // 800 + 100
        assertTrue(last(tekun).report().determination().orElseThrow().applied("XC-06"));
    }

    @Test
    void XC07_appraisalOnlyWhenDisputed() {
        Case plain = proposed(ProgramId.DIBAO, single("1975-01-01"), consent());
        assertEquals(CaseState.ACTIVE, take(plain, new Step.Decide(d("2024-06-18"), Verdict.APPROVE)).state());
        Case disputed = proposed(ProgramId.DIBAO, single("1975-01-01"), form(new Application(true, Optional.empty(), false, false)));
        assertEquals(StepRefusal.APPRAISAL_REQUIRED, refused(lifecycle.take(disputed, new Step.Decide(d("2024-06-18"), Verdict.APPROVE))).code());
        disputed = take(disputed, new Step.Appraise(d("2024-06-18"), AppraisalResult.SUPPORT));
        assertEquals(CaseState.ACTIVE, take(disputed, new Step.Decide(d("2024-06-18"), Verdict.APPROVE)).state());
        // an objection raised during the notice requires it as well
        Case objected = take(proposed(ProgramId.DIBAO, single("1975-01-01"), consent()), new Step.Objection(d("2024-06-13")));
        assertEquals(StepRefusal.APPRAISAL_REQUIRED, refused(lifecycle.take(objected, new Step.Decide(d("2024-06-18"), Verdict.APPROVE))).code());
    }

    @Test
    void XC03_sixMonthsForUnstableIncomeWithAnAbleMember_endOfMonth_andKeepOnReview() {
        Household able = Household.of(Residence.URBAN, Member.builder("p1").birthDate(d("1985-04-01"))
                .laborCapacity(LaborCapacity.FULL).income(IncomeKind.OTHER, "100.00").build()).withIncomeStable(false);
        Case c = open(CHANGGE, ProgramId.DIBAO, "2024-08-01", able, consent());
        c = take(c, new Step.Accept(d("2024-08-02")));
        c = take(c, new Step.Survey(d("2024-08-05"), 2, Optional.empty()));
        c = take(c, new Step.Propose(d("2024-08-20"), Verdict.APPROVE));
        c = take(c, new Step.Decide(d("2024-08-30"), Verdict.APPROVE));
        assertEquals(Optional.of(d("2025-02-28")), c.nextReviewBy());                         // 08-30 + 6 months: February's last day
        c = take(c, new Step.Review(d("2025-02-28"), able));
        assertEquals(Optional.of(ReviewOutcome.KEEP), last(c).report().outcome());
        assertEquals(Optional.of(Money.yuan("500.00")), last(c).report().monthlyAmount());
        assertEquals(Optional.of(d("2025-08-28")), c.nextReviewBy());
        assertEquals("XC-03", rule(c, "XC-03").rule());
    }

    @Test
    void XC09_monthOfDeathPaidAndNotRecovered_memberLeavesFromTheNext_lastMemberEndsTheCase() {
        Household couple = Household.of(Residence.URBAN, Member.builder("p1").birthDate(d("1950-03-01")).noIncome().build(),
                Member.builder("p2").birthDate(d("1952-08-01")).noIncome().build());
        Case c = approved(ProgramId.DIBAO, couple, consent());                                   // 2 × 600 from 2024-07
        c = take(c, new Step.Death(d("2024-08-15"), "p2"));
        assertEquals(CaseState.ACTIVE, c.state());
        assertEquals(Money.yuan("1200.00"), lifecycle.amountDue(c, YearMonth.of(2024, 8)).monthlyAmount().orElseThrow());
        assertEquals(Money.yuan("600.00"), lifecycle.amountDue(c, YearMonth.of(2024, 9)).monthlyAmount().orElseThrow());
        assertEquals("XC-09", rule(c, "XC-09").rule());
        c = take(c, new Step.Death(d("2024-10-03"), "p1"));
        assertEquals(CaseState.TERMINATED, c.state());
        assertEquals(Optional.of(YearMonth.of(2024, 10)), c.paymentUntil());
        assertTrue(c.hasReason(Lifecycle.RECIPIENT_DIED));
        assertTrue(c.isPayableIn(YearMonth.of(2024, 10)));
    }

    // ------------------------------------------------------------------ helpers

    private void publish(String key, String value) {
        publish(CHANGGE, key, value);
    }

    private void publish(AdminCode area, String key, String value) {
        published.add(new PublishedStandard(StandardKey.of(key), area, d("2024-01-01"), Optional.empty(), new BigDecimal(value),
                key.endsWith(".monthly") ? StandardUnit.MONTHLY : StandardUnit.NUMBER, Provenance.reportedBy("test figure")));
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Household single(String birth) {
        return Household.of(Residence.URBAN, Member.builder("p1").birthDate(d(birth)).noIncome().build());
    }

    private static ApplicationForm consent() {
        return ApplicationForm.consented();
    }

    private static ApplicationForm form(Application a) {
        return new ApplicationForm(a, true, false, false);
    }

    private Case open(AdminCode county, ProgramId program, String date, Household h, ApplicationForm form) {
        opened++;
        return taken(lifecycle.open(CaseId.of("c-" + opened), new Step.Apply(d(date), "许-" + opened, county, program, h, form)));
    }

    private Case take(Case c, Step s) {
        return taken(lifecycle.take(c, s));
    }

    /** At 长葛: applied 2024-06-03, accepted 06-04, surveyed 06-05, proposed 06-11 (notice 06-11 … 06-17). */
    private Case proposed(ProgramId program, Household h, ApplicationForm form) {
        Case c = open(CHANGGE, program, "2024-06-03", h, form);
        c = take(c, new Step.Accept(d("2024-06-04")));
        c = take(c, new Step.Survey(d("2024-06-05"), 2, Optional.empty()));
        return take(c, new Step.Propose(d("2024-06-11"), Verdict.APPROVE));
    }

    /** {@link #proposed} then approved on 2024-06-18. */
    private Case approved(ProgramId program, Household h, ApplicationForm form) {
        return take(proposed(program, h, form), new Step.Decide(d("2024-06-18"), Verdict.APPROVE));
    }

    private static ApprovalLevel level(Case c) {
        return c.decision().orElseThrow().approvalLevel().orElseThrow();
    }

    private static org.relief.core.lifecycle.StepRecord last(Case c) {
        return c.steps().get(c.steps().size() - 1);
    }

    private static TraceEntry rule(Case c, String id) {
        return last(c).report().trace().stream().filter(t -> t.rule().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in the trace of " + last(c).step().code() + ": " + last(c).report().trace()));
    }

    private static Case taken(StepResult r) {
        return assertInstanceOf(StepResult.Taken.class, r, () -> "expected the step taken, got " + r).after();
    }

    private static StepRefusal refused(StepResult r) {
        return assertInstanceOf(StepResult.Refused.class, r, () -> "expected a refusal, got " + r).refusal();
    }
}
