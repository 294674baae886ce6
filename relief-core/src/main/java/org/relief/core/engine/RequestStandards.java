package org.relief.core.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    private final AdminCode region;
    private final LocalDate date;
    private final Map<String, StandardValue> used = new LinkedHashMap<>();

    /**
     * @param published tells an integrator's published value from a module's shipped default
     */
    RequestStandards(Map<String, BigDecimal> overrides, StandardsTable table,
                     java.util.function.Predicate<PublishedStandard> published, AdminCode region, LocalDate date) {
        this.overrides = overrides;
        this.table = table;
        this.published = published;
        this.region = region;
        this.date = date;
    }

    @Override
    public Optional<StandardValue> find(String... keys) {
        return findOn(date, keys);
    }

    @Override
    public Optional<StandardValue> findOn(LocalDate on, String... keys) {
        for (String k : keys) {
            BigDecimal v = overrides.get(k);
            if (v != null) {
                return Optional.of(record(new StandardValue(k, v, StandardValue.Origin.OVERRIDE, Optional.empty(),
                        Optional.empty(), Provenance.REQUEST)));
            }
        }
        for (String k : keys) {
            Optional<PublishedStandard> p = lookup(StandardKey.of(k), on);
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

    private Optional<PublishedStandard> lookup(StandardKey key, LocalDate on) {
        Optional<PublishedStandard> local = region.isNational() ? Optional.empty() : table.inForce(key, region, on);
        if (local.isPresent() || !(region.isNational() || key.nationallySet())) {
            return local;
        }
        return table.inForceAt(key, AdminCode.NATIONAL, on);
    }

    @Override
    public void recordDerived(StandardValue derived) {
        record(derived);
    }

    private StandardValue record(StandardValue v) {
        used.putIfAbsent(v.key(), v);
        return v;
    }

    List<StandardValue> used() {
        return new ArrayList<>(used.values());
    }
}
