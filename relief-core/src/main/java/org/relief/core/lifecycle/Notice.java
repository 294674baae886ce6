package org.relief.core.lifecycle;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A public notice (公示) or a termination notice, in calendar days: a notice of 7 days starting on
 * S runs S … S+6 and has ended from S+7.
 *
 * @param starts the first day
 * @param days   its length, at least 1
 */
public record Notice(LocalDate starts, int days) {
    /** Validates the length. */
    public Notice {
        Objects.requireNonNull(starts, "starts");
        if (days < 1) {
            throw new IllegalArgumentException("a notice lasts at least one day, got " + days);
        }
    }

    /** The last day of the notice. */
    public LocalDate ends() {
        return starts.plusDays(days - 1L);
    }

    /** Whether the notice has ended on {@code date} (from the day after its last day). */
    public boolean endedOn(LocalDate date) {
        return date.isAfter(ends());
    }
}
