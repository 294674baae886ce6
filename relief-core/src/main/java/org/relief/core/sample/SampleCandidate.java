package org.relief.core.sample;

import java.util.Objects;
import org.relief.core.lifecycle.CaseId;

/**
 * A case of the population of a county's sample re-check.
 *
 * @param id        the store's id (orders equal references only)
 * @param reference the county's case number, which the order is drawn on
 * @param refused   whether the township refused it (含申请未通过)
 */
public record SampleCandidate(CaseId id, String reference, boolean refused) {
    /** Requires every part. */
    public SampleCandidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reference, "reference");
    }
}
