package org.relief.core.lifecycle;

import java.util.Objects;

/** The result of one step: the case after it, or the refusal (and the case unchanged). */
public sealed interface StepResult {
    /** Whether the step was taken. */
    default boolean taken() {
        return this instanceof Taken;
    }

    /**
     * A taken step.
     *
     * @param after  the case after the step (its last {@link StepRecord} is this step)
     */
    record Taken(Case after) implements StepResult {
        /** Requires the case. */
        public Taken {
            Objects.requireNonNull(after, "after");
        }

        /** The record of the step just taken. */
        public StepRecord step() {
            return after.steps().get(after.steps().size() - 1);
        }
    }

    /** A refused step; nothing changed. */
    record Refused(StepRefusal refusal) implements StepResult {
        /** Requires the refusal. */
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
