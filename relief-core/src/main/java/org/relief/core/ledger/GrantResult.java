package org.relief.core.ledger;

import java.util.Objects;
import org.relief.core.lifecycle.StepRefusal;

/** The result of a {@code grant} step: the grant recorded, or the refusal (then nothing is recorded). */
public sealed interface GrantResult {
    /** A recorded grant. */
    record Recorded(LedgerGrant grant) implements GrantResult {
        /** Requires the grant. */
        public Recorded {
            Objects.requireNonNull(grant, "grant");
        }
    }

    /** A refused grant. */
    record Refused(StepRefusal refusal) implements GrantResult {
        /** Requires the refusal. */
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
