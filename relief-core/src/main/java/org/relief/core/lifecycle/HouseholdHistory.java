package org.relief.core.lifecycle;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.relief.core.model.Household;

/**
 * The household of a case, versioned by month: the declared one until the first survey; a survey's
 * from the payment start; an {@code adjust} or {@code gradualExit} review's (and a {@code keep} that
 * ends a gradual exit) from the month after the review; a death's from the month after it.
 *
 * @param versions the base version first (no start month), then later ones in order of their start
 */
public record HouseholdHistory(List<HouseholdVersion> versions) {
    /** At least the base version, which has no start month; later ones each have one. */
    public HouseholdHistory {
        versions = List.copyOf(versions);
        if (versions.isEmpty() || versions.get(0).from().isPresent()) {
            throw new IllegalArgumentException("a household history starts with its base version");
        }
        for (int i = 1; i < versions.size(); i++) {
            if (versions.get(i).from().isEmpty()) {
                throw new IllegalArgumentException("only the base version has no start month");
            }
        }
    }

    /** A history of one declared household. */
    public static HouseholdHistory declared(Household h) {
        return new HouseholdHistory(List.of(new HouseholdVersion(Optional.empty(), h, "apply")));
    }

    /** The latest version (what a step before the next month sees as the current household). */
    public Household latest() {
        return versions.get(versions.size() - 1).household();
    }

    /** The base household (declared, or surveyed once a survey replaced it). */
    public Household base() {
        return versions.get(0).household();
    }

    /** The household whose determination is due for {@code month}: the last version started by then. */
    public Household forMonth(YearMonth month) {
        Household h = versions.get(0).household();
        for (HouseholdVersion v : versions) {
            if (v.from().map(f -> !f.isAfter(month)).orElse(true)) {
                h = v.household();
            }
        }
        return h;
    }

    /** This history with the base replaced (a survey before the decision, a death before it). */
    public HouseholdHistory withBase(Household h, String source) {
        List<HouseholdVersion> l = new ArrayList<>(versions);
        l.set(0, new HouseholdVersion(Optional.empty(), h, source));
        return new HouseholdHistory(l);
    }

    /**
     * This history with a new version from {@code from}: versions starting at or after it are
     * replaced (a later step rules the months it governs).
     */
    public HouseholdHistory withVersion(YearMonth from, Household h, String source) {
        Objects.requireNonNull(from, "from");
        List<HouseholdVersion> l = new ArrayList<>();
        for (HouseholdVersion v : versions) {
            if (v.from().map(f -> f.isBefore(from)).orElse(true)) {
                l.add(v);
            }
        }
        l.add(new HouseholdVersion(Optional.of(from), h, source));
        return new HouseholdHistory(l);
    }
}
