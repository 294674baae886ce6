package org.relief.core.lifecycle;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.relief.core.engine.Reason;
import org.relief.core.model.AdminCode;
import org.relief.core.model.CurrentDibao;
import org.relief.core.model.ProgramId;

/**
 * A case: one application by one household for one recurring program ({@code dibao},
 * {@code tekun}) at one county, with every step taken on it. Immutable: a step makes a new case
 * ({@link Lifecycle#take}); a refused step leaves it as it was.
 *
 * @param id            the store's id
 * @param reference     the county's case number, given on {@code apply}
 * @param program       {@code dibao} or {@code tekun}
 * @param county        the 6-digit code where the application was made
 * @param state         the state the last step left
 * @param application   the application as signed
 * @param households    the household, versioned by month (declared, surveyed, reviewed, after a death)
 * @param acceptedOn    the date of {@code accept}
 * @param deadlines     the named deadlines (an unknown one is absent, with reason {@code CALENDAR_UNAVAILABLE})
 * @param notice        the last notice opened: the public notice of a proposal, or a termination notice
 * @param objected      an objection was raised against the public notice
 * @param appraisal     the result of the democratic appraisal, when held
 * @param extended      the longer decision limit applies
 * @param opinion       the township's opinion ({@code propose})
 * @param decision      the decision
 * @param paymentFrom   the first month paid (the month after approval)
 * @param paymentUntil  the last month paid, once an end is known (gradual exit, termination, death)
 * @param nextReviewBy  the date of the next periodic review
 * @param keptDibao     in gradual exit: the amount kept and the day the exit started
 * @param records       integrity records (append-only)
 * @param reasons       the case's reasons ({@code DEADLINE_MISSED}, {@code CALENDAR_UNAVAILABLE}, {@code RECIPIENT_DIED}, …)
 * @param steps         every step taken, in order (a store may hand them out unread: {@link DeferredSteps})
 */
public record Case(CaseId id, String reference, ProgramId program, AdminCode county, CaseState state,
                   ApplicationForm application, HouseholdHistory households, Optional<LocalDate> acceptedOn,
                   Map<Deadline, LocalDate> deadlines, Optional<Notice> notice, boolean objected,
                   Optional<AppraisalResult> appraisal, boolean extended, Optional<Verdict> opinion,
                   Optional<CaseDecision> decision, Optional<YearMonth> paymentFrom, Optional<YearMonth> paymentUntil,
                   Optional<LocalDate> nextReviewBy, Optional<CurrentDibao> keptDibao, List<CaseRecord> records,
                   List<Reason> reasons, List<StepRecord> steps) {
    /** Validates and copies. */
    public Case {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(households, "households");
        acceptedOn = Optional.ofNullable(acceptedOn).flatMap(x -> x);
        deadlines = deadlines.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(deadlines));
        notice = Optional.ofNullable(notice).flatMap(x -> x);
        appraisal = Optional.ofNullable(appraisal).flatMap(x -> x);
        opinion = Optional.ofNullable(opinion).flatMap(x -> x);
        decision = Optional.ofNullable(decision).flatMap(x -> x);
        paymentFrom = Optional.ofNullable(paymentFrom).flatMap(x -> x);
        paymentUntil = Optional.ofNullable(paymentUntil).flatMap(x -> x);
        nextReviewBy = Optional.ofNullable(nextReviewBy).flatMap(x -> x);
        keptDibao = Optional.ofNullable(keptDibao).flatMap(x -> x);
        records = List.copyOf(records);
        reasons = List.copyOf(reasons);
        // steps a store has not read yet are checked when they are read (DeferredSteps)
        if (!(steps instanceof DeferredSteps)) {
            steps = List.copyOf(steps);
            if (!startsWithApply(steps)) {
                throw new IllegalArgumentException("a case starts with its apply step");
            }
        }
    }

    /** Whether {@code steps} can be a case's: not empty, the first one {@code apply} (also checked by {@link DeferredSteps}). */
    static boolean startsWithApply(List<StepRecord> steps) {
        return !steps.isEmpty() && steps.get(0).step() instanceof Step.Apply;
    }

    /** The date of the last step. */
    public LocalDate lastStepDate() {
        return steps.get(steps.size() - 1).step().date();
    }

    /** Whether the case carries a reason with this code. */
    public boolean hasReason(String code) {
        return reasons.stream().anyMatch(r -> r.code().equals(code));
    }

    /** Whether the case carries a record with this code. */
    public boolean hasRecord(String code) {
        return records.stream().anyMatch(r -> r.code().equals(code));
    }

    /**
     * Whether the case is paid for {@code month}: approved, payment started by then, and not stopped
     * before it (a terminated case is still paid through its {@code paymentUntil}).
     */
    public boolean isPayableIn(YearMonth month) {
        if (paymentFrom.isEmpty() || month.isBefore(paymentFrom.get())) {
            return false;
        }
        if (paymentUntil.isPresent() && month.isAfter(paymentUntil.get())) {
            return false;
        }
        return state == CaseState.ACTIVE || state == CaseState.EXITING || state == CaseState.TERMINATED;
    }
}
