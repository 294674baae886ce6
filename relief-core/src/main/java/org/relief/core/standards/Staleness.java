package org.relief.core.standards;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How long a value stays in force when nobody said until when. A standard in yuan per month is
 * adjusted at least once a year, so a value whose end is not known — a figure read in a public
 * report, or a monthly standard published without {@code until} — is taken to hold at most to the
 * end of the year after the one it took effect in; after that the engine reports the standard as
 * missing instead of paying on an old figure. Figures of a document itself (caps, limits, ratios,
 * thresholds, procedure limits, months) hold until the document is replaced and never go stale.
 */
public final class Staleness {
    private Staleness() {
    }

    /** The last day a value effective from {@code effectiveFrom} whose end is unknown stays in force: 31 December of the next year. */
    public static LocalDate limit(LocalDate effectiveFrom) {
        return LocalDate.of(effectiveFrom.getYear() + 1, 12, 31);
    }

    /**
     * The end of a value published for {@code key} from {@code effectiveFrom} without an end of its own:
     * {@link #limit(LocalDate)} for a monthly standard ({@code *.monthly}); empty for a figure that never goes stale.
     */
    public static Optional<LocalDate> ofPublished(StandardKey key, LocalDate effectiveFrom) {
        return key.name().endsWith(".monthly") ? Optional.of(limit(effectiveFrom)) : Optional.empty();
    }

    /** The end of a shipped value read in a report: its own end, if earlier, else {@link #limit(LocalDate)}. */
    public static LocalDate ofReported(LocalDate effectiveFrom, Optional<LocalDate> until) {
        LocalDate stale = limit(effectiveFrom);
        return until.filter(u -> u.isBefore(stale)).orElse(stale);
    }
}
