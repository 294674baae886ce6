package org.relief.core.lifecycle;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.relief.core.model.Household;

/**
 * One version of a case's household.
 *
 * @param from   the first month it counts for payment; empty for the base version (the declared or
 *               surveyed household, which counts from the payment start)
 * @param household the household
 * @param source the step that made it ({@code apply}, {@code survey}, {@code review}, {@code death})
 */
public record HouseholdVersion(Optional<YearMonth> from, Household household, String source) {
    /** Requires the household and source. */
    public HouseholdVersion {
        from = Optional.ofNullable(from).flatMap(x -> x);
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(source, "source");
    }
}
