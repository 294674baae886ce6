package org.relief.core.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relief.core.model.AdminCode;

/**
 * A dated, jurisdictional table of published standards: "the value of key K in force on date D for
 * area C", walking county → city → province. Immutable and thread-safe.
 *
 * <p>Within one area the value in force is the one with the latest effective date on or before D,
 * unless its {@code until} has passed (then the area has none on D and the lookup moves up).
 * Tables can be layered ({@link #over(StandardsTable)}): on equal effective dates the upper layer
 * wins, so a value the integrator publishes replaces a module's default from its effective date.
 */
public final class StandardsTable {
    private static final StandardsTable EMPTY = new StandardsTable(List.of());

    private final List<PublishedStandard> entries;
    private final Map<String, List<Ranked>> byKeyAndArea;
    /** The same index by key name, then area: a lookup builds no string (issue 19). */
    private final Map<String, Map<AdminCode, Ranked[]>> byKey;
    private volatile Optional<LocalDate> lastPublished;
    /** The distinct publication dates, ascending (for {@link #knownOn}). */
    private volatile LocalDate[] publicationDates;
    /** {@link #knownOn} answers, by the number of publication dates known: one table per such day, not per call. */
    private final Map<Integer, StandardsTable> known = new java.util.concurrent.ConcurrentHashMap<>();

    private record Ranked(PublishedStandard standard, int layer) {
    }

    private StandardsTable(List<PublishedStandard> entries) {
        this(entries, List.of());
    }

    private StandardsTable(List<PublishedStandard> entries, List<Ranked> ranked) {
        this.entries = List.copyOf(entries);
        Map<String, List<Ranked>> index = new HashMap<>();
        List<Ranked> all = ranked.isEmpty() ? entries.stream().map(s -> new Ranked(s, 0)).toList() : ranked;
        for (Ranked r : all) {
            index.computeIfAbsent(indexKey(r.standard.key(), r.standard.area()), k -> new ArrayList<>()).add(r);
        }
        index.values().forEach(l -> l.sort(Comparator.comparing((Ranked r) -> r.standard.effectiveFrom())
                .thenComparingInt(Ranked::layer)));
        this.byKeyAndArea = index;
        Map<String, Map<AdminCode, Ranked[]>> nested = new HashMap<>();
        for (List<Ranked> l : index.values()) {
            PublishedStandard first = l.get(0).standard;
            nested.computeIfAbsent(first.key().name(), k -> new HashMap<>()).put(first.area(), l.toArray(Ranked[]::new));
        }
        this.byKey = nested;
    }

    public static StandardsTable empty() {
        return EMPTY;
    }

    public static StandardsTable of(Collection<PublishedStandard> entries) {
        return new StandardsTable(List.copyOf(entries));
    }

    public static StandardsTable of(PublishedStandard... entries) {
        return new StandardsTable(List.of(entries));
    }

    /** This table above {@code lower}: on equal effective dates, values of this table win. */
    public StandardsTable over(StandardsTable lower) {
        List<Ranked> ranked = new ArrayList<>();
        lower.byKeyAndArea.values().forEach(l -> l.forEach(r -> ranked.add(new Ranked(r.standard, 0))));
        byKeyAndArea.values().forEach(l -> l.forEach(r -> ranked.add(new Ranked(r.standard, 1))));
        List<PublishedStandard> all = new ArrayList<>(lower.entries);
        all.addAll(entries);
        return new StandardsTable(all, ranked);
    }

    /**
     * This table as known on {@code day}: without the values published after it (a value's
     * publication date is its provenance's {@code published}; a value without one is known always).
     * Answers this very table when nothing in it was published after {@code day}.
     */
    public StandardsTable knownOn(LocalDate day) {
        if (lastPublished().map(p -> !p.isAfter(day)).orElse(true)) {
            return this;
        }
        // The same table for every day between two publication dates: computed once per such day.
        LocalDate[] dates = publicationDates();
        int knownDates = 0;
        while (knownDates < dates.length && !dates[knownDates].isAfter(day)) {
            knownDates++;
        }
        LocalDate last = knownDates == 0 ? null : dates[knownDates - 1];
        return known.computeIfAbsent(knownDates, n -> new StandardsTable(entries.stream()
                .filter(s -> s.provenance().published().map(p -> last != null && !p.isAfter(last)).orElse(true)).toList()));
    }

    private LocalDate[] publicationDates() {
        LocalDate[] dates = publicationDates;
        if (dates == null) {
            dates = entries.stream().map(s -> s.provenance().published()).flatMap(Optional::stream).distinct().sorted()
                    .toArray(LocalDate[]::new);
            publicationDates = dates;
        }
        return dates;
    }

    /** Whether some value was published after {@code after} and on or before {@code upTo}. */
    public boolean publishedBetween(LocalDate after, LocalDate upTo) {
        return entries.stream().anyMatch(s -> s.provenance().published().map(p -> p.isAfter(after) && !p.isAfter(upTo))
                .orElse(false));
    }

    private Optional<LocalDate> lastPublished() {
        Optional<LocalDate> last = lastPublished;
        if (last == null) {
            last = entries.stream().map(s -> s.provenance().published()).flatMap(Optional::stream).max(LocalDate::compareTo);
            lastPublished = last;
        }
        return last;
    }

    /** Every entry, as given. */
    public List<PublishedStandard> entries() {
        return entries;
    }

    /** The value of {@code key} in force on {@code date} for {@code code}, walking county → city → province. */
    public Optional<PublishedStandard> inForce(StandardKey key, AdminCode code, LocalDate date) {
        for (AdminCode area : code.upwards()) {
            Optional<PublishedStandard> found = inForceAt(key, area, date);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The value in force on {@code date} published by exactly {@code area}. */
    public Optional<PublishedStandard> inForceAt(StandardKey key, AdminCode area, LocalDate date) {
        return inForceAt(key.name(), area, date);
    }

    /** {@link #inForceAt(StandardKey, AdminCode, LocalDate)} by the key's name (the engine's lookups). */
    public Optional<PublishedStandard> inForceAt(String key, AdminCode area, LocalDate date) {
        Map<AdminCode, Ranked[]> areas = byKey.get(key);
        Ranked[] list = areas == null ? null : areas.get(area);
        if (list == null) {
            return Optional.empty();
        }
        Ranked current = null;
        for (Ranked r : list) {
            if (r.standard.startsOnOrBefore(date)) {
                current = r;
            } else {
                break;
            }
        }
        if (current == null || current.standard.until().map(u -> u.isBefore(date)).orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(current.standard);
    }

    /** Whether some area publishes {@code key} (a lookup of an absent key can stop at once). */
    public boolean hasKey(String key) {
        return byKey.containsKey(key);
    }

    /** Every value in force on {@code date} for {@code code} (one per key, most specific area first). */
    public List<PublishedStandard> allInForce(AdminCode code, LocalDate date) {
        Map<StandardKey, PublishedStandard> result = new java.util.TreeMap<>(Comparator.comparing(StandardKey::name));
        for (PublishedStandard s : entries) {
            if (code.isWithin(s.area()) && !result.containsKey(s.key())) {
                inForce(s.key(), code, date).ifPresent(v -> result.put(s.key(), v));
            }
        }
        return List.copyOf(result.values());
    }

    private static String indexKey(StandardKey key, AdminCode area) {
        return key.name() + '@' + area.value();
    }
}
