package org.relief.core.spi;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The dates a module (or a rule version) is in force: from, and an optional last day. */
public record Validity(LocalDate from, Optional<LocalDate> until) {
    public Validity {
        Objects.requireNonNull(from, "from");
        until = Optional.ofNullable(until).flatMap(x -> x);
        if (until.isPresent() && until.get().isBefore(from)) {
            throw new IllegalArgumentException("validity ends before it starts: " + from + " – " + until.get());
        }
    }

    public static Validity from(LocalDate from) {
        return new Validity(from, Optional.empty());
    }

    public static Validity between(LocalDate from, LocalDate lastDay) {
        return new Validity(from, Optional.of(lastDay));
    }

    public boolean contains(LocalDate date) {
        // Written without a lambda: asked on every determination.
        return !date.isBefore(from) && (until.isEmpty() || !date.isAfter(until.get()));
    }

    public boolean overlaps(Validity other) {
        boolean thisEndsBefore = until.map(u -> u.isBefore(other.from)).orElse(false);
        boolean otherEndsBefore = other.until.map(u -> u.isBefore(from)).orElse(false);
        return !thisEndsBefore && !otherEndsBefore;
    }

    @Override
    public String toString() {
        return from + " – " + until.map(LocalDate::toString).orElse("");
    }
}
