package org.relief.core.lifecycle;

import java.util.List;
import java.util.Optional;
import org.relief.core.engine.Determination;
import org.relief.core.engine.Reason;
import org.relief.core.engine.TraceEntry;
import org.relief.core.model.Money;

/**
 * What one taken step produced.
 *
 * @param determination the engine's determination the step relied on (with its trace), if it made one
 * @param outcome       a review's outcome
 * @param monthlyAmount {@code decide}/{@code review}: the amount due for the first month the step governs
 * @param reasons       the step's own reasons (a review's determination reasons, {@code APPRAISAL_OPPOSED}, …)
 * @param missing       inputs the step's determination lacked (an undetermined proposal to refuse)
 * @param trace         the lifecycle rules applied, in order, each with its catalogue id and citation
 * @param recovery      {@code fraud}: the amount to recover (XC-15)
 */
public record StepReport(Optional<Determination> determination, Optional<ReviewOutcome> outcome,
                         Optional<Money> monthlyAmount, List<Reason> reasons, List<String> missing,
                         List<TraceEntry> trace, Optional<Money> recovery) {
    /** Copies the lists. */
    public StepReport {
        determination = Optional.ofNullable(determination).flatMap(x -> x);
        outcome = Optional.ofNullable(outcome).flatMap(x -> x);
        monthlyAmount = Optional.ofNullable(monthlyAmount).flatMap(x -> x);
        reasons = List.copyOf(reasons);
        missing = List.copyOf(missing);
        trace = List.copyOf(trace);
        recovery = Optional.ofNullable(recovery).flatMap(x -> x);
    }
}
