package org.relief.core.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relief.core.model.AdminCode;
import org.relief.core.spi.StandardValue;
import org.relief.core.spi.Standards;
import org.relief.core.standards.Provenance;
import org.relief.core.standards.PublishedStandard;
import org.relief.core.standards.StandardKey;
import org.relief.core.standards.StandardUnit;
import org.relief.core.standards.StandardsTable;

/**
 * The standards of one determination. Lookup order: the request's override of each key given
 * (specific first), then the table in force — the integrator's published values over the modules'
 * shipped defaults — for each key in turn. Each value found is recorded with its origin.
 */
final class RequestStandards implements Standards {
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private final Map<String, BigDecimal> overrides;
    private final StandardsTable table;
    private final java.util.function.Predicate<PublishedStandard> published;
    private final AdminCode[] path;
    private final LocalDate date;
    /** The values used, in the order first found (a few: a list, not a map). */
    private final List<StandardValue> used = new ArrayList<>(8);

    /**
     * @param published tells an integrator's published value from a module's shipped default
     * @param path      the region's areas looked up before the national value: county, city, province
     *                  ({@link AdminCode#upwards()}), none for the national baseline
     */
    RequestStandards(Map<String, BigDecimal> overrides, StandardsTable table,
                     java.util.function.Predicate<PublishedStandard> published, AdminCode[] path, LocalDate date) {
        this.overrides = overrides;
        this.table = table;
        this.published = published;
        this.path = path;
        this.date = date;
    }

    /** The areas looked up for {@code region} before the national value. */
    static AdminCode[] path(AdminCode region) {
        return region.isNational() ? new AdminCode[0] : region.upwards().toArray(AdminCode[]::new);
    }

    @Override
    public Optional<StandardValue> find(String... keys) {
        return findOn(date, keys);
    }

    @Override
    public Optional<StandardValue> findOn(LocalDate on, String... keys) {
        for (String k : keys) {
            BigDecimal v = overrides.isEmpty() ? null : overrides.get(k);
            if (v != null) {
                return Optional.of(record(new StandardValue(k, v, StandardValue.Origin.OVERRIDE, Optional.empty(),
                        Optional.empty(), Provenance.REQUEST)));
            }
        }
        for (String k : keys) {
            // A key in the table was checked when its entry was made; any other is checked here.
            Optional<PublishedStandard> p;
            if (table.hasKey(k)) {
                p = lookup(k, on);
            } else {
                StandardKey.requireShape(k);
                p = Optional.empty();
            }
            if (p.isPresent()) {
                PublishedStandard s = p.get();
                BigDecimal value = s.unit() == StandardUnit.YEARLY && k.endsWith(".monthly")
                        ? s.value().divide(TWELVE, MathContext.DECIMAL128) : s.value();
                StandardValue.Origin origin = published.test(s) ? StandardValue.Origin.PUBLISHED : StandardValue.Origin.SHIPPED;
                return Optional.of(record(new StandardValue(k, value, origin,
                        Optional.of(s.area()), Optional.of(s.effectiveFrom()), s.provenance())));
            }
        }
        return Optional.empty();
    }

    /** County → city → province, then the national value for a nationally set key (as {@link StandardsTable#inForce} and {@code inForceAt}). */
    private Optional<PublishedStandard> lookup(String key, LocalDate on) {
        for (AdminCode area : path) {
            Optional<PublishedStandard> found = table.inForceAt(key, area, on);
            if (found.isPresent()) {
                return found;
            }
        }
        // A national value stands in for a region only for a nationally set key (the dibao standard,
        // caps and wages are the city's or province's: none of them falls back to 000000).
        return path.length == 0 || StandardKey.nationallySet(key) ? table.inForceAt(key, AdminCode.NATIONAL, on)
                : Optional.empty();
    }

    @Override
    public void recordDerived(StandardValue derived) {
        record(derived);
    }

    private StandardValue record(StandardValue v) {
        for (int i = 0; i < used.size(); i++) {
            if (used.get(i).key().equals(v.key())) {
                return v;
            }
        }
        used.add(v);
        return v;
    }

    List<StandardValue> used() {
        return used;
    }
}
