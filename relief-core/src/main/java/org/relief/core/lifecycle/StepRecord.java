package org.relief.core.lifecycle;

import java.util.Objects;

/**
 * A step taken on a case, with what it produced.
 *
 * @param index  its position in the case, from 0 ({@code apply})
 * @param step   the step as entered
 * @param report what it produced (determination with its trace, rules applied, outcome)
 */
public record StepRecord(int index, Step step, StepReport report) {
    /** Requires every part. */
    public StepRecord {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative");
        }
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(report, "report");
    }
}
