package org.relief.core.lifecycle;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.relief.core.calendar.CalendarUnavailableException;
import org.relief.core.calendar.HolidayCalendar;
import org.relief.core.engine.Determination;
import org.relief.core.engine.Reason;
import org.relief.core.engine.TraceEntry;
import org.relief.core.model.AdminCode;
import org.relief.core.model.CurrentDibao;
import org.relief.core.model.Household;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.spi.Standards;

/**
 * The working state of one step on one case, which the lifecycle and its {@link CaseRule}s read and
 * write in turn. Created by {@link Lifecycle} for each step (never shared between threads); the case
 * is built from it only when no rule refused the step, so a refused step changes nothing.
 */
public final class CaseContext {
    private final Step step;
    private final Optional<Case> before;
    private final HolidayCalendar calendar;
    private final Standards standards;
    private String currentRule = "";

    // the draft of the case after the step
    CaseId id;
    String reference;
    ProgramId program;
    AdminCode county;
    CaseState state;
    ApplicationForm application;
    HouseholdHistory households;
    Optional<LocalDate> acceptedOn = Optional.empty();
    final Map<Deadline, LocalDate> deadlines = new EnumMap<>(Deadline.class);
    Optional<Notice> notice = Optional.empty();
    boolean objected;
    Optional<AppraisalResult> appraisal = Optional.empty();
    boolean extended;
    Optional<Verdict> opinion = Optional.empty();
    Optional<CaseDecision> decision = Optional.empty();
    Optional<YearMonth> paymentFrom = Optional.empty();
    Optional<YearMonth> paymentUntil = Optional.empty();
    Optional<LocalDate> nextReviewBy = Optional.empty();
    Optional<CurrentDibao> keptDibao = Optional.empty();
    final List<CaseRecord> records = new ArrayList<>();
    final List<Reason> reasons = new ArrayList<>();

    // what the step produced
    Optional<Determination> determination = Optional.empty();
    Optional<Money> previousAmount = Optional.empty();
    Optional<TerminationReason> terminationReason = Optional.empty();
    boolean deathEndsCase;
    Optional<ReviewOutcome> outcome = Optional.empty();
    Optional<Money> monthlyAmount = Optional.empty();
    Optional<Money> recovery = Optional.empty();
    final List<Reason> stepReasons = new ArrayList<>();
    final List<String> missing = new ArrayList<>();
    final List<TraceEntry> trace = new ArrayList<>();
    StepRefusal refusal;

    CaseContext(Step step, Optional<Case> before, HolidayCalendar calendar, Standards standards) {
        this.step = Objects.requireNonNull(step);
        this.before = before;
        this.calendar = calendar;
        this.standards = standards;
        before.ifPresent(c -> {
            id = c.id();
            reference = c.reference();
            program = c.program();
            county = c.county();
            state = c.state();
            application = c.application();
            households = c.households();
            acceptedOn = c.acceptedOn();
            deadlines.putAll(c.deadlines());
            notice = c.notice();
            objected = c.objected();
            appraisal = c.appraisal();
            extended = c.extended();
            opinion = c.opinion();
            decision = c.decision();
            paymentFrom = c.paymentFrom();
            paymentUntil = c.paymentUntil();
            nextReviewBy = c.nextReviewBy();
            keptDibao = c.keptDibao();
            records.addAll(c.records());
            reasons.addAll(c.reasons());
        });
    }

    // ---- what rules read

    /** The step being taken. */
    public Step step() {
        return step;
    }

    /** The case before the step (empty for {@code apply}). */
    public Optional<Case> before() {
        return before;
    }

    /** The date the step took effect. */
    public LocalDate date() {
        return step.date();
    }

    /** The case's program. */
    public ProgramId program() {
        return program;
    }

    /** The county code of the case. */
    public AdminCode county() {
        return county;
    }

    /** The application as signed. */
    public ApplicationForm application() {
        return application;
    }

    /** The state so far (the lifecycle sets the new state before the rules run). */
    public CaseState state() {
        return state;
    }

    /** The latest household of the case. */
    public Household household() {
        return households.latest();
    }

    /** The national working-day calendar. */
    public HolidayCalendar calendar() {
        return calendar;
    }

    /** The standards in force for the county on the step's date. */
    public Standards standards() {
        return standards;
    }

    /** The date of acceptance. */
    public Optional<LocalDate> acceptedOn() {
        return acceptedOn;
    }

    /** Whether the longer decision limit applies. */
    public boolean extended() {
        return extended;
    }

    /** The notice as it stands (after the lifecycle's own changes for this step). */
    public Optional<Notice> notice() {
        return notice;
    }

    /** A deadline as it stands now. */
    public Optional<LocalDate> deadlineOf(Deadline deadline) {
        return Optional.ofNullable(deadlines.get(deadline));
    }

    /** Whether the case has been decided before this step. */
    public Optional<CaseDecision> decision() {
        return decision;
    }

    /** The determination the step made (review: the re-verified household on the review date). */
    public Optional<Determination> determination() {
        return determination;
    }

    /** A review: the previous household's monthly amount on the review date. */
    public Optional<Money> previousAmount() {
        return previousAmount;
    }

    /** Why the case is being terminated ({@code terminate}, or {@code INELIGIBLE} for a terminating review). */
    public Optional<TerminationReason> terminationReason() {
        return terminationReason;
    }

    /** A death: whether it ends the case (the last member of a dibao household, or the tekun person). */
    public boolean deathEndsCase() {
        return deathEndsCase;
    }

    /** A fraud: the amount to recover (XC-15), computed by the lifecycle before the rules run. */
    public Optional<Money> recovery() {
        return recovery;
    }

    /** The review outcome a rule found so far. */
    public Optional<ReviewOutcome> outcome() {
        return outcome;
    }

    // ---- what rules record

    /** Refuses the step: nothing it did is kept. Later rules of the step do not run. */
    public void refuse(String code, String field, String messageZh, String messageEn) {
        refusal = new StepRefusal(code, Optional.ofNullable(field), messageZh, messageEn, List.of(), List.of(), trace);
    }

    /** Whether a rule refused the step. */
    public boolean refused() {
        return refusal != null;
    }

    /** Attaches an integrity record to the case, attributed to the rule being applied. */
    public void record(String code, String messageZh, String messageEn, Map<String, String> fields) {
        records.add(new CaseRecord(code, date(), currentRule, messageZh, messageEn, fields));
    }

    /** Adds a reason to the case, attributed to the rule being applied. */
    public void reason(String code, String messageZh, String messageEn) {
        reasons.add(new Reason(code, messageZh, messageEn, currentRule));
    }

    /** Adds a reason to this step only (reported with the step, not kept on the case). */
    public void stepReason(String code, String messageZh, String messageEn) {
        stepReasons.add(new Reason(code, messageZh, messageEn, currentRule));
    }

    /**
     * Sets {@code deadline} to {@code workingDays} working days after {@code from}. When the
     * calendar does not cover a day to count, the deadline is unknown: absent, and the case carries
     * reason {@code CALENDAR_UNAVAILABLE} naming it (never guessed).
     *
     * @return the deadline, when known
     */
    public Optional<LocalDate> deadline(Deadline deadline, LocalDate from, int workingDays) {
        try {
            LocalDate d = calendar.plusWorkingDays(from, workingDays);
            deadlines.put(deadline, d);
            return Optional.of(d);
        } catch (CalendarUnavailableException e) {
            deadlines.remove(deadline);
            reason(CalendarUnavailableException.CODE,
                    "期限 " + deadline.code() + "（" + deadline.zh() + "）无法计算：" + e.messageZh(),
                    "deadline " + deadline.code() + " cannot be computed: " + e.messageEn());
            return Optional.empty();
        }
    }

    /** Marks {@code deadline} unknown for another cause (e.g. a limit not published), with a case reason. */
    public void deadlineUnknown(Deadline deadline, String code, String messageZh, String messageEn) {
        deadlines.remove(deadline);
        reason(code, messageZh, messageEn);
    }

    /** Opens a notice of {@code days} calendar days from the step's date (a termination notice). */
    public void notice(int days) {
        notice = Optional.of(new Notice(date(), days));
    }

    /** The last month paid. */
    public void paymentUntil(YearMonth month) {
        paymentUntil = Optional.of(month);
    }

    /** A review's outcome. */
    public void reviewOutcome(ReviewOutcome value) {
        outcome = Optional.of(value);
    }

    /**
     * A member leaves the household: from {@code from} on (a new version; a decided case), or at
     * once (the base household; a case not yet decided) when {@code from} is empty.
     */
    public void memberLeaves(String memberId, Optional<YearMonth> from) {
        Household current = from.isPresent() ? households.latest() : households.base();
        List<Member> left = current.members().stream().filter(m -> !m.id().equals(memberId)).toList();
        if (left.isEmpty()) {
            return;
        }
        Household h = current.withMembers(left);
        households = from.isPresent() ? households.withVersion(from.get(), h, "death") : households.withBase(h, "death");
    }

    // ---- for the lifecycle

    void enterRule(String ruleId) {
        currentRule = ruleId;
    }

    Case build(List<StepRecord> earlier) {
        StepReport report = new StepReport(determination, outcome, monthlyAmount, stepReasons, missing, trace, recovery);
        List<StepRecord> steps = new ArrayList<>(earlier);
        steps.add(new StepRecord(earlier.size(), step, report));
        return new Case(id, reference, program, county, state, application, households, acceptedOn, deadlines, notice,
                objected, appraisal, extended, opinion, decision, paymentFrom, paymentUntil, nextReviewBy, keptDibao,
                records, reasons, steps);
    }
}
