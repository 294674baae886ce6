package org.relief.core.standards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.relief.core.model.AdminCode;

/**
 * One dated value of a standard for an area.
 *
 * @param key           the standard
 * @param area          the administrative area that published it (county, city or province)
 * @param effectiveFrom first day in force
 * @param until         last day in force, when a limit is known (repeal, or the staleness limit of a
 *                      reported value); otherwise in force until the next value of the same key and area
 * @param value         the figure, in yuan or as a plain number ({@link StandardUnit})
 */
public record PublishedStandard(StandardKey key, AdminCode area, LocalDate effectiveFrom, Optional<LocalDate> until,
                                BigDecimal value, StandardUnit unit, Provenance provenance) {
    public PublishedStandard {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        until = Optional.ofNullable(until).flatMap(x -> x);
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(provenance, "provenance");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("standard " + key + " must not be negative: " + value);
        }
        if (until.isPresent() && until.get().isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("standard " + key + " ends before it starts");
        }
    }

    /**
     * A value read in a public report of a notice: it stays in force at most
     * until the end of the calendar year after the one it took effect in.
     */
    public static PublishedStandard reported(String key, String area, LocalDate from, String value, StandardUnit unit,
                                             Provenance provenance) {
        return new PublishedStandard(StandardKey.of(key), AdminCode.of(area), from,
                Optional.of(LocalDate.of(from.getYear() + 1, 12, 31)), new BigDecimal(value), unit, provenance);
    }

    /** A figure written in a policy document itself: in force until the document says otherwise. */
    public static PublishedStandard fromDocument(String key, String area, LocalDate from, String value,
                                                 StandardUnit unit, Provenance provenance) {
        return new PublishedStandard(StandardKey.of(key), AdminCode.of(area), from, Optional.empty(),
                new BigDecimal(value), unit, provenance);
    }

    public boolean startsOnOrBefore(LocalDate date) {
        return !effectiveFrom.isAfter(date);
    }
}
