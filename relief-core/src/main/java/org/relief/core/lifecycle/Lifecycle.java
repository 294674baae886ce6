package org.relief.core.lifecycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.relief.core.calendar.HolidayCalendar;
import org.relief.core.engine.CaseSlotRule;
import org.relief.core.engine.Determination;
import org.relief.core.engine.DeterminationRequest;
import org.relief.core.engine.LoadedModule;
import org.relief.core.engine.Outcome;
import org.relief.core.engine.Procedure;
import org.relief.core.engine.Reason;
import org.relief.core.engine.Refusal;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.engine.TraceEntry;
import org.relief.core.model.AdminCode;
import org.relief.core.model.CurrentDibao;
import org.relief.core.model.Household;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.RefusalCode;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Slots;
import org.relief.core.spi.StandardValue;
import org.relief.core.spi.Standards;
import org.relief.core.standards.StandardKey;

/**
 * The case lifecycle as a pure function: {@code (case, step) → case' | refusal}, over the engine's
 * rule modules and standards and the national working-day calendar. It never reads the clock (every
 * step carries its date) and never changes a case: {@link #take} answers a new case, or a refusal
 * and nothing else. Thread-safe.
 *
 * <pre>{@code
 * Lifecycle lifecycle = Lifecycle.create(ReliefEngine.create(RuleModules.discover()));
 * StepResult r = lifecycle.open(CaseId.of("c-1"), new Step.Apply(date, "长葛-2024-001", county, ProgramId.DIBAO,
 *         household, ApplicationForm.consented()));
 * Case c = ((StepResult.Taken) r).after();
 * r = lifecycle.take(c, new Step.Accept(date.plusDays(3)));
 * }</pre>
 *
 * <p>Order of checks for every step: {@code STEP_NOT_ALLOWED} (the state, naming it), then
 * {@code STEP_OUT_OF_ORDER} (a date before the case's last step), then the step's own checks.
 * Regional procedure comes from the case slots of the modules ({@link Slots#CASE_STEPS}); every
 * rule applied is in the step's trace with its catalogue id and citation.
 */
public final class Lifecycle {
    /** Reason: a deadline closed by a step taken after it. */
    public static final String DEADLINE_MISSED = "DEADLINE_MISSED";
    /** Reason: a decision approved although the democratic appraisal opposed. */
    public static final String APPRAISAL_OPPOSED = "APPRAISAL_OPPOSED";
    /** Reason: the last member died. */
    public static final String RECIPIENT_DIED = "RECIPIENT_DIED";

    private static final StandardKey EXIT_MONTHS = StandardKey.of("dibao.gradualExit.months");

    private final ReliefEngine engine;
    private final HolidayCalendar calendar;

    private Lifecycle(ReliefEngine engine, HolidayCalendar calendar) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** A lifecycle over the engine's modules and standards and the shipped national calendar. */
    public static Lifecycle create(ReliefEngine engine) {
        return create(engine, HolidayCalendar.shipped());
    }

    /** A lifecycle over the engine and the given calendar. */
    public static Lifecycle create(ReliefEngine engine, HolidayCalendar calendar) {
        return new Lifecycle(engine, calendar);
    }

    /** The engine that makes the determinations. */
    public ReliefEngine engine() {
        return engine;
    }

    /** The working-day calendar. */
    public HolidayCalendar calendar() {
        return calendar;
    }

    // ------------------------------------------------------------------ opening

    /**
     * Opens a case with id {@code id} ({@code apply}). Refused: {@code INVALID_INPUT} for a program
     * other than dibao or tekun, {@code UNKNOWN_REGION}, {@code DATE_OUT_OF_RANGE}, then the apply
     * rules ({@code CONSENT_REQUIRED}; 聊城 {@code HONESTY_COMMITMENT_REQUIRED}).
     */
    public StepResult open(CaseId id, Step.Apply apply) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(apply, "apply");
        if (!apply.program().equals(ProgramId.DIBAO) && !apply.program().equals(ProgramId.TEKUN)) {
            return refused(StepRefusal.of(RefusalCode.INVALID_INPUT.name(), "program",
                    "案件只受理低保（dibao）和特困（tekun）申请，收到 " + apply.program(),
                    "a case is opened for dibao or tekun only, got " + apply.program()));
        }
        Optional<LoadedModule> module = engine.modules().forRegion(apply.county());
        if (module.isEmpty()) {
            return refused(StepRefusal.of(RefusalCode.UNKNOWN_REGION.name(), "region",
                    "行政区划 " + apply.county() + " 不在任何规则模块的服务范围内",
                    "no rule module serves region " + apply.county()));
        }
        Optional<StepRefusal> outOfRange = outOfRange(module.get(), apply.date());
        if (outOfRange.isPresent()) {
            return refused(outOfRange.get());
        }
        CaseContext ctx = context(apply, Optional.empty(), apply.county());
        ctx.id = id;
        ctx.reference = apply.reference();
        ctx.program = apply.program();
        ctx.county = apply.county();
        ctx.state = CaseState.APPLIED;
        ctx.application = apply.application();
        ctx.households = HouseholdHistory.declared(apply.household());
        runSlots(module.get(), apply.code(), ctx);
        return finish(ctx, List.of());
    }

    // ------------------------------------------------------------------ steps

    /** Takes one step on {@code current}: the case after it, or a refusal (then nothing changed). */
    public StepResult take(Case current, Step step) {
        return take(current, step, Map.of());
    }

    /**
     * {@link #take(Case, Step)} knowing what the case was paid month by month over the submitted rosters
     * ({@link org.relief.core.roster.RosterStore#paid}): the {@code fraud} step computes the recovery from it.
     */
    public StepResult take(Case current, Step step, Map<YearMonth, Money> paid) {
        Objects.requireNonNull(current, "case");
        Objects.requireNonNull(step, "step");
        Optional<StepRefusal> notAllowed = notAllowed(current, step);
        if (notAllowed.isPresent()) {
            return refused(notAllowed.get());
        }
        if (step.date().isBefore(current.lastStepDate())) {
            return refused(StepRefusal.of(StepRefusal.STEP_OUT_OF_ORDER, "date",
                    "步骤日期 " + step.date() + " 早于案件上一步骤的日期 " + current.lastStepDate(),
                    "the step's date " + step.date() + " is before the case's last step (" + current.lastStepDate() + ")"));
        }
        Optional<LoadedModule> found = engine.modules().forRegion(current.county());
        if (found.isEmpty()) {
            return refused(StepRefusal.of(RefusalCode.UNKNOWN_REGION.name(), "region",
                    "行政区划 " + current.county() + " 不在任何规则模块的服务范围内",
                    "no rule module serves region " + current.county()));
        }
        LoadedModule module = found.get();
        Optional<StepRefusal> outOfRange = outOfRange(module, step.date());
        if (outOfRange.isPresent()) {
            return refused(outOfRange.get());
        }
        CaseContext ctx = context(step, Optional.of(current), current.county());
        if (step instanceof Step.Accept) {
            ctx.state = CaseState.ACCEPTED;
            ctx.acceptedOn = Optional.of(step.date());
            runSlots(module, step.code(), ctx);
        } else if (step instanceof Step.Survey s) {
            survey(module, ctx, s);
        } else if (step instanceof Step.Propose p) {
            propose(module, ctx, p);
        } else if (step instanceof Step.Objection) {
            ctx.objected = true;
        } else if (step instanceof Step.Appraise a) {
            ctx.appraisal = Optional.of(a.result());
        } else if (step instanceof Step.Extend) {
            ctx.extended = true;
            runSlots(module, step.code(), ctx);
        } else if (step instanceof Step.Decide d) {
            decide(module, ctx, d, current);
        } else if (step instanceof Step.Withdraw) {
            ctx.state = CaseState.WITHDRAWN;
        } else if (step instanceof Step.Review r) {
            review(module, ctx, r);
        } else if (step instanceof Step.Terminate t) {
            ctx.terminationReason = Optional.of(t.reason());
            terminate(module, ctx);
        } else if (step instanceof Step.Death d) {
            death(module, ctx, d);
        } else if (step instanceof Step.Fraud f) {
            fraud(module, ctx, f, paid);
        }
        return finish(ctx, current.steps());
    }

    /**
     * The determination of the amount due to {@code c} for {@code month}: its household version for
     * the month, as of the month's first day, seen as a recipient of its program (and, in gradual
     * exit, with the kept amount).
     */
    public Determination amountDue(Case c, YearMonth month) {
        return amountDue(c, month, null);
    }

    /**
     * {@link #amountDue(Case, YearMonth)} with the standards as known on {@code knownOn} (a roster:
     * the day it is computed); {@code null} sees every published value.
     */
    public Determination amountDue(Case c, YearMonth month, LocalDate knownOn) {
        return amountDue(c, month, knownOn, true);
    }

    /**
     * {@link #amountDue(Case, YearMonth, LocalDate)} with the trace on or off: a roster reads the
     * amounts, lines, reasons, missing inputs, refusal and standards, never the trace, and a
     * determination without its trace is the same determination otherwise.
     */
    public Determination amountDue(Case c, YearMonth month, LocalDate knownOn, boolean trace) {
        return determine(c.county(), c.program(), c.application(), c.households().forMonth(month), month.atDay(1), true,
                c.state() == CaseState.EXITING ? c.keptDibao() : Optional.empty(), knownOn, trace);
    }

    // ------------------------------------------------------------------ step handlers

    private void survey(LoadedModule module, CaseContext ctx, Step.Survey s) {
        s.household().ifPresent(h -> ctx.households = ctx.households.withBase(h, "survey"));
        ctx.state = CaseState.SURVEYED;
        runSlots(module, s.code(), ctx);
        closeDeadline(ctx, Deadline.SURVEY_START_BY);
    }

    private void propose(LoadedModule module, CaseContext ctx, Step.Propose p) {
        Determination d = determine(ctx, ctx.households.latest(), p.date(), false, Optional.empty());
        ctx.determination = Optional.of(d);
        if (p.opinion() == Verdict.APPROVE) {
            Optional<StepRefusal> notEligible = notEligible(d, "审核同意", "an approving opinion");
            if (notEligible.isPresent()) {
                ctx.refusal = notEligible.get();
                return;
            }
            int days = d.procedure().map(Procedure::publicNoticeDays).orElse(0);
            ctx.notice = days > 0 ? Optional.of(new Notice(p.date(), days)) : Optional.empty();
        } else {
            ctx.notice = Optional.empty();
            if (d.outcome() == Outcome.UNDETERMINED) {
                ctx.missing.addAll(d.missing());
            }
        }
        ctx.opinion = Optional.of(p.opinion());
        ctx.state = CaseState.PROPOSED;
        runSlots(module, p.code(), ctx);
        closeDeadline(ctx, Deadline.PROPOSAL_BY);
    }

    private void decide(LoadedModule module, CaseContext ctx, Step.Decide d, Case current) {
        if (ctx.notice.isPresent() && !ctx.notice.get().endedOn(d.date())) {
            ctx.refusal = StepRefusal.of(StepRefusal.NOTICE_NOT_ENDED, "date",
                    "公示期至 " + ctx.notice.get().ends() + " 止，尚未结束，不能作出决定",
                    "the public notice runs until " + ctx.notice.get().ends() + ": no decision before it has ended");
            return;
        }
        Determination det = determine(ctx, ctx.households.latest(), d.date(), false, Optional.empty());
        Optional<Procedure> procedure = det.procedure().or(() -> proposalProcedure(current));
        boolean required = procedure.map(Procedure::democraticAppraisal).orElse(false) || ctx.objected;
        if (required && ctx.appraisal.isEmpty()) {
            String why = ctx.objected ? "公示有异议" : "本案程序要求";
            String whyEn = ctx.objected ? "the notice drew an objection" : "the case's procedure requires it";
            ctx.refusal = StepRefusal.of(StepRefusal.APPRAISAL_REQUIRED, "appraise",
                    why + "，须先进行民主评议再作决定", whyEn + ": a democratic appraisal must be held before the decision");
            return;
        }
        ctx.determination = Optional.of(det);
        ctx.decision = Optional.of(new CaseDecision(d.date(), d.decision(), procedure.map(Procedure::approvalLevel)));
        if (d.decision() == Verdict.APPROVE) {
            if (ctx.appraisal.equals(Optional.of(AppraisalResult.OPPOSE))) {
                ctx.enterRule("NA-11");
                ctx.reason(APPRAISAL_OPPOSED, "民主评议反对，仍确认同意", "approved although the democratic appraisal opposed");
            }
            ctx.state = CaseState.ACTIVE;
            YearMonth from = YearMonth.from(d.date()).plusMonths(1);
            ctx.paymentFrom = Optional.of(from);
            ctx.nextReviewBy = procedure.map(p -> d.date().plusMonths(p.reviewIntervalMonths()));
            Determination due = determine(ctx, ctx.households.forMonth(from), from.atDay(1), true, Optional.empty());
            ctx.monthlyAmount = due.isEligible() ? due.monthlyAmount() : Optional.empty();
        } else {
            ctx.state = CaseState.REFUSED;
        }
        runSlots(module, d.code(), ctx);
        closeDeadline(ctx, Deadline.DECISION_BY);
    }

    private void review(LoadedModule module, CaseContext ctx, Step.Review r) {
        YearMonth month = YearMonth.from(r.date());
        boolean exiting = ctx.state == CaseState.EXITING;
        Household previous = ctx.households.latest();
        Optional<CurrentDibao> current;
        if (exiting) {
            current = ctx.keptDibao;
        } else if (ctx.program.equals(ProgramId.DIBAO)) {
            Determination dueThisMonth = determine(ctx, ctx.households.forMonth(month), month.atDay(1), true, Optional.empty());
            current = Optional.of(new CurrentDibao(dueThisMonth.isEligible() ? dueThisMonth.monthlyAmount() : Optional.empty(),
                    Optional.of(r.date())));
        } else {
            current = Optional.empty();
        }
        Determination fresh = determine(ctx, r.household(), r.date(), true, current);
        Determination before = determine(ctx, previous, r.date(), true, exiting ? ctx.keptDibao : Optional.empty());
        ctx.determination = Optional.of(fresh);
        ctx.previousAmount = before.isEligible() ? before.monthlyAmount() : Optional.empty();
        if (fresh.isRefused()) {
            ctx.refusal = fromDetermination(fresh.refusal().orElseThrow());
            return;
        }
        if (fresh.outcome() == Outcome.UNDETERMINED) {
            ctx.refusal = new StepRefusal(StepRefusal.REVIEW_INCOMPLETE, Optional.of("household"),
                    "复核信息不全，无法认定：缺少 " + String.join("、", fresh.missing()),
                    "the review cannot be concluded: missing " + String.join(", ", fresh.missing()), fresh.missing(),
                    fresh.reasons(), List.of());
            return;
        }
        ctx.stepReasons.addAll(fresh.reasons());
        runSlot(module, Slots.CASE_REVIEW, ctx);
        if (ctx.refused() || ctx.outcome.isEmpty()) {
            if (!ctx.refused()) {
                ctx.refuse(StepRefusal.REVIEW_INCOMPLETE, "household", "复核结果无法确定", "no review outcome was found");
            }
            return;
        }
        YearMonth next = month.plusMonths(1);
        switch (ctx.outcome.get()) {
            case KEEP, ADJUST -> {
                // A keep that ends a gradual exit also counts the re-verified household from the month after:
                // the household the exit started on (income at or above the standard) must not stay verified
                // once the case is active again without the kept amount (reading chosen; LIFECYCLE versions
                // only adjust and gradualExit reviews, and is silent on a keep out of an exit).
                if (ctx.outcome.get() == ReviewOutcome.ADJUST || exiting) {
                    ctx.households = ctx.households.withVersion(next, r.household(), "review");
                }
                ctx.state = CaseState.ACTIVE;
                ctx.keptDibao = Optional.empty();
                ctx.paymentUntil = Optional.empty();
                ctx.nextReviewBy = fresh.procedure().map(p -> r.date().plusMonths(p.reviewIntervalMonths()));
            }
            case GRADUAL_EXIT -> {
                ctx.households = ctx.households.withVersion(next, r.household(), "review");
                ctx.state = CaseState.EXITING;
                ctx.keptDibao = current;
                ctx.paymentUntil = exitMonths(fresh).flatMap(n -> current.flatMap(CurrentDibao::exitStartedOn)
                        .map(start -> YearMonth.from(start).plusMonths(n - 1L)));
                ctx.nextReviewBy = fresh.procedure().map(p -> r.date().plusMonths(p.reviewIntervalMonths()));
            }
            case TERMINATE -> {
                ctx.terminationReason = Optional.of(TerminationReason.INELIGIBLE);
                terminate(module, ctx);
                return;
            }
        }
        Determination due = determine(ctx, ctx.households.forMonth(next), next.atDay(1), true,
                ctx.state == CaseState.EXITING ? ctx.keptDibao : Optional.empty());
        ctx.monthlyAmount = due.isEligible() ? due.monthlyAmount() : Optional.empty();
    }

    private void terminate(LoadedModule module, CaseContext ctx) {
        Optional<YearMonth> earlier = ctx.paymentUntil;
        ctx.paymentUntil = Optional.empty();
        runSlot(module, Slots.CASE_TERMINATION, ctx);
        if (ctx.refused()) {
            return;
        }
        if (earlier.isPresent() && ctx.paymentUntil.map(p -> p.isAfter(earlier.get())).orElse(true)) {
            ctx.paymentUntil = earlier;
        }
        ctx.state = CaseState.TERMINATED;
        ctx.nextReviewBy = Optional.empty();
    }

    /**
     * Fraud (LIFECYCLE "Integrity"): recovery = Σ over submitted months from {@code from} of (paid − due
     * for the true household as known now), months where it is negative counting 0; a dishonesty
     * record; the case ends from the month after.
     */
    private void fraud(LoadedModule module, CaseContext ctx, Step.Fraud f, Map<YearMonth, Money> paid) {
        Money recovery = Money.ZERO;
        for (Map.Entry<YearMonth, Money> e : new java.util.TreeMap<>(paid).entrySet()) {
            if (e.getKey().isBefore(f.from())) {
                continue;
            }
            Determination due = determine(ctx, f.household(), e.getKey().atDay(1), true, Optional.empty());
            Money d = due.isEligible() ? due.monthlyAmount().orElse(Money.ZERO) : Money.ZERO;
            recovery = recovery.plus(e.getValue().minus(d).atLeastZero());
        }
        ctx.recovery = Optional.of(recovery);
        runSlot(module, Slots.CASE_FRAUD, ctx);
        if (ctx.refused()) {
            return;
        }
        ctx.terminationReason = Optional.of(TerminationReason.FRAUD);
        terminate(module, ctx);
    }

    private void death(LoadedModule module, CaseContext ctx, Step.Death d) {
        boolean decided = ctx.state == CaseState.ACTIVE || ctx.state == CaseState.EXITING;
        Household h = decided ? ctx.households.latest() : ctx.households.base();
        if (h.member(d.member()).isEmpty()) {
            ctx.refusal = StepRefusal.of(RefusalCode.INVALID_INPUT.name(), "member",
                    "不是本户成员：" + d.member(), "is not a member of the case's household: " + d.member());
            return;
        }
        // A tekun case is the person's own (the first member is the applicant); a dibao case ends with its last member.
        boolean ends = ctx.program.equals(ProgramId.TEKUN) ? h.members().get(0).id().equals(d.member())
                : h.members().size() == 1;
        ctx.deathEndsCase = ends;
        Optional<YearMonth> earlier = ctx.paymentUntil;
        runSlot(module, Slots.CASE_DEATH, ctx);
        if (ctx.refused()) {
            return;
        }
        if (ends) {
            if (earlier.isPresent() && ctx.paymentUntil.map(p -> p.isAfter(earlier.get())).orElse(true)) {
                ctx.paymentUntil = earlier;
            }
            ctx.state = decided ? CaseState.TERMINATED : CaseState.WITHDRAWN;
            ctx.nextReviewBy = Optional.empty();
            ctx.reason(RECIPIENT_DIED, "救助对象（" + d.member() + "）于 " + d.date() + " 死亡，案件终结",
                    "the recipient (" + d.member() + ") died on " + d.date() + ": the case ends");
        }
    }

    // ------------------------------------------------------------------ checks

    private Optional<StepRefusal> notAllowed(Case c, Step step) {
        CaseState s = c.state();
        boolean allowed;
        String extra = null;
        String extraEn = null;
        if (step instanceof Step.Apply) {
            allowed = false;
            extra = "案件已开立";
            extraEn = "the case is already open";
        } else if (step instanceof Step.Accept) {
            allowed = s == CaseState.APPLIED;
        } else if (step instanceof Step.Survey) {
            allowed = s == CaseState.ACCEPTED;
        } else if (step instanceof Step.Propose) {
            allowed = s == CaseState.SURVEYED;
        } else if (step instanceof Step.Objection) {
            allowed = s == CaseState.PROPOSED && c.notice().map(n -> !n.endedOn(step.date())).orElse(false);
            if (s == CaseState.PROPOSED && !allowed) {
                extra = c.notice().isEmpty() ? "本案没有公示" : "公示已于 " + c.notice().get().ends() + " 结束";
                extraEn = c.notice().isEmpty() ? "the case has no public notice"
                        : "the public notice ended on " + c.notice().get().ends();
            }
        } else if (step instanceof Step.Appraise || step instanceof Step.Decide) {
            allowed = s == CaseState.PROPOSED;
        } else if (step instanceof Step.Extend) {
            boolean state = s == CaseState.ACCEPTED || s == CaseState.SURVEYED || s == CaseState.PROPOSED;
            allowed = state && c.program().equals(ProgramId.DIBAO) && !c.extended();
            if (state && !allowed) {
                extra = c.extended() ? "确认期限已延长过一次" : "只有低保申请可以延长确认期限";
                extraEn = c.extended() ? "the decision limit was already extended once" : "only a dibao application can be extended";
            }
        } else if (step instanceof Step.Withdraw) {
            allowed = !s.isDecided() && s != CaseState.WITHDRAWN;
        } else if (step instanceof Step.Review || step instanceof Step.Terminate || step instanceof Step.Fraud) {
            allowed = s == CaseState.ACTIVE || s == CaseState.EXITING;
        } else if (step instanceof Step.Death) {
            allowed = !s.isClosed();
        } else {
            allowed = false;
        }
        if (allowed) {
            return Optional.empty();
        }
        String zh = "案件状态为 " + s.code() + "（" + s.zh() + "），不能进行 " + step.code() + " 步骤"
                + (extra == null ? "" : "：" + extra);
        String en = "step " + step.code() + " is not allowed in state " + s.code() + (extraEn == null ? "" : ": " + extraEn);
        return Optional.of(StepRefusal.of(StepRefusal.STEP_NOT_ALLOWED, "do", zh, en));
    }

    private Optional<StepRefusal> outOfRange(LoadedModule module, LocalDate date) {
        if (module.validity().contains(date)) {
            return Optional.empty();
        }
        return Optional.of(StepRefusal.of(RefusalCode.DATE_OUT_OF_RANGE.name(), "date",
                "日期 " + date + " 不在" + module.name() + "规则有效期（" + module.validity() + "）内",
                "date " + date + " is outside the validity of module " + module.id() + " (" + module.validity() + ")"));
    }

    private static Optional<StepRefusal> notEligible(Determination d, String actZh, String actEn) {
        if (d.isRefused()) {
            return Optional.of(fromDetermination(d.refusal().orElseThrow()));
        }
        if (d.isEligible() && d.procedure().isPresent()) {
            return Optional.empty();
        }
        String reasons = d.reasons().stream().map(Reason::code).collect(Collectors.joining(", "));
        String zh = "认定结果为 " + d.outcome().code() + "，不能" + actZh
                + (d.missing().isEmpty() ? "" : "；缺少 " + String.join("、", d.missing()))
                + (reasons.isEmpty() ? "" : "；原因：" + reasons);
        String en = "the determination is " + d.outcome().code() + ": " + actEn + " needs an eligible one"
                + (d.missing().isEmpty() ? "" : "; missing " + String.join(", ", d.missing()))
                + (reasons.isEmpty() ? "" : "; reasons: " + reasons);
        return Optional.of(new StepRefusal(StepRefusal.NOT_ELIGIBLE, Optional.of("household"), zh, en, d.missing(),
                d.reasons(), List.of()));
    }

    private static StepRefusal fromDetermination(Refusal r) {
        return new StepRefusal(r.code().name(), r.field(), r.message(), r.messageEn(), List.of(), List.of(), List.of());
    }

    private static void closeDeadline(CaseContext ctx, Deadline deadline) {
        if (ctx.refused()) {
            return;
        }
        LocalDate by = ctx.deadlines.get(deadline);
        if (by != null && ctx.date().isAfter(by)) {
            ctx.enterRule("NA-11");
            ctx.reason(DEADLINE_MISSED, "逾期：" + deadline.code() + "（" + deadline.zh() + "）为 " + by + "，" + ctx.step().code()
                    + " 于 " + ctx.date() + " 完成", "deadline missed: " + deadline.code() + " was " + by + ", "
                    + ctx.step().code() + " taken on " + ctx.date());
        }
    }

    // ------------------------------------------------------------------ rules and determinations

    private void runSlots(LoadedModule module, String stepCode, CaseContext ctx) {
        for (String slot : Slots.CASE_STEPS.getOrDefault(stepCode, List.of())) {
            if (ctx.refused()) {
                return;
            }
            runSlot(module, slot, ctx);
        }
    }

    private void runSlot(LoadedModule module, String slot, CaseContext ctx) {
        LocalDate date = ctx.date();
        Optional<CaseSlotRule> own = module.isNational() ? Optional.empty() : module.caseRuleFor(slot, date);
        Optional<CaseSlotRule> national = engine.modules().national().caseRuleFor(slot, date);
        if (own.isPresent() && apply(own.get(), ctx, national.map(CaseSlotRule::ruleId).filter(n -> !n.equals(own.get().ruleId())))) {
            return;
        }
        if (ctx.refused()) {
            return;
        }
        national.ifPresent(n -> apply(n, ctx, Optional.empty()));
    }

    private static boolean apply(CaseSlotRule rule, CaseContext ctx, Optional<String> overrides) {
        ctx.enterRule(rule.ruleId());
        Applied applied = rule.rule().apply(ctx);
        if (!applied.applied()) {
            return false;
        }
        ctx.trace.add(new TraceEntry(rule.ruleId(), rule.citation().describe(), rule.citation().titleZh(), rule.slot(),
                overrides, applied.inputsView(), applied.resultText()));
        return true;
    }

    private CaseContext context(Step step, Optional<Case> before, AdminCode county) {
        Standards standards = engine.standardsFor(county, step.date(), step.date()).orElseThrow();
        return new CaseContext(step, before, calendar, standards);
    }

    private Determination determine(CaseContext ctx, Household h, LocalDate asOf, boolean recipient,
                                    Optional<CurrentDibao> current) {
        // LIFECYCLE: every determination a step makes sees the standards as known on the step's date.
        return determine(ctx.county, ctx.program, ctx.application, h, asOf, recipient, current, ctx.date(), true);
    }

    private Determination determine(AdminCode county, ProgramId program, ApplicationForm application, Household h,
                                    LocalDate asOf, boolean recipient, Optional<CurrentDibao> current, LocalDate knownOn,
                                    boolean trace) {
        Household seen = h;
        if (recipient) {
            // LIFECYCLE: the determinations of an active or exiting case see receiving = its program.
            seen = seen.receiving(program);
            if (current.isPresent()) {
                seen = seen.withCurrentDibao(current.get());
            }
        }
        return engine.determine(DeterminationRequest.builder(county, asOf, program, seen)
                .application(application.application()).trace(trace).build(), knownOn);
    }

    private static Optional<Procedure> proposalProcedure(Case c) {
        for (int i = c.steps().size() - 1; i >= 0; i--) {
            StepRecord r = c.steps().get(i);
            if (r.step() instanceof Step.Propose) {
                return r.report().determination().flatMap(Determination::procedure);
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> exitMonths(Determination d) {
        return d.versions().standards().stream().filter(v -> v.key().equals(EXIT_MONTHS.name())).findFirst()
                .map(StandardValue::value).map(BigDecimal::intValueExact);
    }

    private static StepResult finish(CaseContext ctx, List<StepRecord> earlier) {
        if (ctx.refused()) {
            StepRefusal r = ctx.refusal;
            return refused(new StepRefusal(r.code(), r.field(), r.message(), r.messageEn(), r.missing(), r.reasons(),
                    ctx.trace));
        }
        return new StepResult.Taken(ctx.build(earlier));
    }

    private static StepResult refused(StepRefusal r) {
        return new StepResult.Refused(r);
    }
}
