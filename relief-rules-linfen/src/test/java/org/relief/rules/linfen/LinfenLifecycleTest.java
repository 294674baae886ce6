package org.relief.rules.linfen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relief.rules.linfen.Fixtures.d;

import java.math.BigDecimal;
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
import org.relief.core.lifecycle.CaseRecord;
import org.relief.core.lifecycle.CaseState;
import org.relief.core.lifecycle.Deadline;
import org.relief.core.lifecycle.Lifecycle;
import org.relief.core.lifecycle.Step;
import org.relief.core.lifecycle.StepRefusal;
import org.relief.core.lifecycle.StepResult;
import org.relief.core.lifecycle.TerminationReason;
import org.relief.core.lifecycle.Verdict;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Application;
import org.relief.core.model.Household;
import org.relief.core.model.IncomeKind;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Residence;
import org.relief.core.model.Status;
import org.relief.core.model.Supporter;
import org.relief.core.standards.Provenance;
import org.relief.core.standards.PublishedStandard;
import org.relief.core.standards.StandardKey;
import org.relief.core.standards.StandardUnit;
import org.relief.core.standards.StandardsTable;

/**
 * The 临汾 procedure rules through the case lifecycle: LF-02 (staff relatives filed on record at
 * acceptance) and LF-14 (a tekun person who no longer qualifies is terminated after a public notice),
 * and the national changes the 2015 document lives through (LF-03's minor limit until 2021-04-25, the
 * appraisal of every application and no decision limit before 2021-07-01). 临汾 publishes no dibao or
 * tekun standard that is known: the figures here are test figures published for 尧都区.
 */
class LinfenLifecycleTest {
    private static final AdminCode YAODU = Fixtures.YAODU;
    private final List<PublishedStandard> published = new ArrayList<>();
    private final Lifecycle lifecycle = Lifecycle.create(
            ReliefEngine.create(RuleModules.of(new LinfenModule()), () -> StandardsTable.of(List.copyOf(published))));

    LinfenLifecycleTest() {
        for (String year : List.of("2019", "2021", "2022")) {
            publish("dibao.urban.monthly", year + "-01-01", "600");
            publish("tekun.basic.monthly", year + "-01-01", "780");
            publish("tekun.care.selfcare.monthly", year + "-01-01", "60");
        }
    }

    private void publish(String key, String from, String value) {
        published.add(new PublishedStandard(StandardKey.of(key), YAODU, d(from), Optional.empty(), new BigDecimal(value),
                StandardUnit.MONTHLY, Provenance.reportedBy("test figure")));
    }

    private static Household dibaoHousehold() {
        return Household.of(Residence.URBAN, Member.builder("p1").birthDate(d("1965-05-05")).noIncome().build());
    }

    private static Household elderly(Supporter supporter) {
        return Household.of(Residence.URBAN, Member.builder("p1").birthDate(d("1940-01-01")).noIncome()
                .supporter(supporter).selfCareItemsFailed(0).build());
    }

    private static Case taken(StepResult r) {
        return assertInstanceOf(StepResult.Taken.class, r, () -> "expected the step taken, got " + r).after();
    }

    private static StepRefusal refused(StepResult r) {
        return assertInstanceOf(StepResult.Refused.class, r, () -> "expected a refusal, got " + r).refusal();
    }

    private Case open(String date, ProgramId program, Household h, ApplicationForm form) {
        return taken(lifecycle.open(CaseId.of("c-" + date), new Step.Apply(d(date), "临汾-" + date, YAODU, program, h, form)));
    }

    private Case take(Case c, Step s) {
        return taken(lifecycle.take(c, s));
    }

    private static List<TraceEntry> lastTrace(Case c) {
        return c.steps().get(c.steps().size() - 1).report().trace();
    }

    /** A tekun case approved on 2022-03-17 (accepted 03-02, notice 03-10 … 03-16). */
    private Case activeTekun() {
        Case c = open("2022-03-01", ProgramId.TEKUN, elderly(Supporter.NONE), ApplicationForm.consented());
        c = take(c, new Step.Accept(d("2022-03-02")));
        c = take(c, new Step.Survey(d("2022-03-04"), 2, Optional.empty()));
        c = take(c, new Step.Propose(d("2022-03-10"), Verdict.APPROVE));
        return take(c, new Step.Decide(d("2022-03-17"), Verdict.APPROVE));
    }

    @Test
    void LF02_staffRelative_isFiledOnRecordAtAcceptance_citingTheDocument() {
        ApplicationForm staff = new ApplicationForm(Application.DEFAULT, true, false, true);
        Case c = open("2022-01-20", ProgramId.DIBAO, dibaoHousehold(), staff);
        assertFalse(c.hasRecord(CaseRecord.STAFF_RELATIVE_FILED));                     // filed at acceptance, not on apply
        c = take(c, new Step.Accept(d("2022-01-24")));
        assertTrue(c.hasRecord(CaseRecord.STAFF_RELATIVE_FILED));
        CaseRecord r = c.records().get(0);
        assertEquals("LF-02", r.rule());
        assertEquals(d("2022-01-24"), r.date());
        TraceEntry lf02 = lastTrace(c).stream().filter(t -> t.rule().equals("LF-02")).findFirst().orElseThrow();
        assertTrue(lf02.citation().contains(LinfenModule.DOCUMENT), lf02.citation());
    }

    @Test
    void LF02_filingRefusesNothing_andAnOrdinaryApplicationIsNotFiled() {
        ApplicationForm staff = new ApplicationForm(Application.DEFAULT, true, false, true);
        Case c = take(open("2022-01-20", ProgramId.DIBAO, dibaoHousehold(), staff), new Step.Accept(d("2022-01-24")));
        c = take(c, new Step.Survey(d("2022-01-26"), 2, Optional.empty()));
        c = take(c, new Step.Propose(d("2022-01-28"), Verdict.APPROVE));
        c = take(c, new Step.Decide(d("2022-02-07"), Verdict.APPROVE));
        assertEquals(CaseState.ACTIVE, c.state());
        assertTrue(c.hasRecord(CaseRecord.STAFF_RELATIVE_FILED));                      // the record stays with the case
        assertEquals(Money.yuan("600.00"), c.steps().get(c.steps().size() - 1).report().monthlyAmount().orElseThrow());

        Case ordinary = take(open("2022-01-21", ProgramId.DIBAO, dibaoHousehold(), ApplicationForm.consented()),
                new Step.Accept(d("2022-01-24")));
        assertTrue(ordinary.records().isEmpty());
        assertTrue(lastTrace(ordinary).stream().anyMatch(t -> t.rule().equals("LF-02")));  // applied, found nothing to file
    }

    @Test
    void LF14_tekunTermination_afterASevenDayPublicNotice_citedUnderLF14() {
        Case c = take(activeTekun(), new Step.Terminate(d("2022-08-29"), TerminationReason.INELIGIBLE));
        assertEquals(CaseState.TERMINATED, c.state());
        assertEquals(d("2022-09-04"), c.notice().orElseThrow().ends());                 // 08-29 … 09-04
        assertEquals(Optional.of(YearMonth.of(2022, 9)), c.paymentUntil());
        TraceEntry t = lastTrace(c).get(0);
        assertEquals("LF-14", t.rule());
        assertEquals(Optional.of("NA-13"), t.overrides());
        assertTrue(t.citation().contains(LinfenModule.DOCUMENT), t.citation());
    }

    @Test
    void LF14_tekunReviewThatFindsTheSupporterAble_terminatesAfterTheNotice() {
        Case c = take(activeTekun(), new Step.Review(d("2022-11-28"), elderly(Supporter.ABLE)));
        assertEquals(CaseState.TERMINATED, c.state());
        assertEquals(d("2022-12-04"), c.notice().orElseThrow().ends());
        assertEquals(Optional.of(YearMonth.of(2022, 12)), c.paymentUntil());
        assertTrue(lastTrace(c).stream().anyMatch(t -> t.rule().equals("LF-14")));
    }

    @Test
    void LF14_appliesToTekunOnly_aDibaoTerminationStaysNational() {
        Case c = open("2022-01-20", ProgramId.DIBAO, dibaoHousehold(), ApplicationForm.consented());
        c = take(c, new Step.Accept(d("2022-01-24")));
        c = take(c, new Step.Survey(d("2022-01-26"), 2, Optional.empty()));
        c = take(c, new Step.Propose(d("2022-01-28"), Verdict.APPROVE));
        c = take(c, new Step.Decide(d("2022-02-07"), Verdict.APPROVE));
        c = take(c, new Step.Terminate(d("2022-05-27"), TerminationReason.RECIPIENT_REQUEST));
        assertEquals(d("2022-06-02"), c.notice().orElseThrow().ends());
        assertEquals(List.of("NA-13"), lastTrace(c).stream().map(TraceEntry::rule).toList());
    }

    @Test
    void LF14_tekunDeathOrFraudStopsWithoutNotice_fromTheMonthAfter() {
        Case c = take(activeTekun(), new Step.Terminate(d("2022-08-29"), TerminationReason.FRAUD));
        assertEquals(Optional.of(YearMonth.of(2022, 8)), c.paymentUntil());
        assertEquals("LF-14", lastTrace(c).get(0).rule());
    }

    @Test
    void LF03_minorOf16_ineligibleUntil2021_04_25_thenCoveredWithoutNotice() {
        Household orphan = Household.of(Residence.URBAN, Member.builder("p1").birthDate(d("2004-10-01")).noIncome()
                .status(Status.ORPHAN).supporter(Supporter.NONE).selfCareItemsFailed(0).build());
        Case c = open("2021-04-06", ProgramId.TEKUN, orphan, ApplicationForm.consented());
        c = take(c, new Step.Accept(d("2021-04-07")));
        c = take(c, new Step.Survey(d("2021-04-09"), 2, Optional.empty()));
        assertEquals(StepRefusal.NOT_ELIGIBLE, refused(lifecycle.take(c, new Step.Propose(d("2021-04-23"), Verdict.APPROVE))).code());
        c = take(c, new Step.Propose(d("2021-04-26"), Verdict.APPROVE));
        assertTrue(c.notice().isEmpty());                                              // under 18: not published
        assertEquals(Optional.of(d("2021-05-12")), Optional.ofNullable(c.deadlines().get(Deadline.DECISION_BY))); // 10 working days after the proposal
        // before 2021-07-01 every application, tekun included, is appraised
        assertEquals(StepRefusal.APPRAISAL_REQUIRED,
                refused(lifecycle.take(c, new Step.Decide(d("2021-04-26"), Verdict.APPROVE))).code());
        c = take(c, new Step.Appraise(d("2021-04-27"), AppraisalResult.SUPPORT));
        c = take(c, new Step.Decide(d("2021-04-28"), Verdict.APPROVE));
        assertEquals(Money.yuan("840.00"), c.steps().get(c.steps().size() - 1).report().monthlyAmount().orElseThrow());
    }

    @Test
    void NA11_before2021_07_01_noDecisionLimit_andTheDecisionAfterItNeedsNoAppraisal() {
        Household h = Household.of(Residence.URBAN, Member.builder("p1").birthDate(d("1950-02-02"))
                .income(IncomeKind.BASIC_PENSION, "100").build());
        Case c = take(open("2021-06-18", ProgramId.DIBAO, h, ApplicationForm.consented()), new Step.Accept(d("2021-06-21")));
        assertTrue(Optional.ofNullable(c.deadlines().get(Deadline.DECISION_BY)).isEmpty());
        assertTrue(c.hasReason("MISSING_STANDARD"));
        assertEquals(Optional.of(d("2021-06-24")), Optional.ofNullable(c.deadlines().get(Deadline.SURVEY_START_BY)));
        c = take(c, new Step.Survey(d("2021-06-21"), 2, Optional.empty()));
        c = take(c, new Step.Propose(d("2021-06-22"), Verdict.APPROVE));                     // notice 06-22 … 06-28
        assertEquals(StepRefusal.APPRAISAL_REQUIRED,
                refused(lifecycle.take(c, new Step.Decide(d("2021-06-29"), Verdict.APPROVE))).code());  // notice ended, still June
        c = take(c, new Step.Decide(d("2021-07-05"), Verdict.APPROVE));
        assertEquals(CaseState.ACTIVE, c.state());
        assertEquals(Money.yuan("600.00"), c.steps().get(c.steps().size() - 1).report().monthlyAmount().orElseThrow());
    }
}
