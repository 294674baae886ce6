package org.relief.core.spi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.relief.core.model.AdminCode;
import org.relief.core.standards.Provenance;

/**
 * A standard as a determination used it.
 *
 * @param key           the key that was found (the specific or the general one)
 * @param value         the value, per month for a monthly key (a yearly value divided by 12 exactly)
 * @param origin        where it came from
 * @param area          the publishing area (absent for request overrides and derived values)
 * @param effectiveFrom its effective date (absent for overrides and derived values)
 */
public record StandardValue(String key, BigDecimal value, Origin origin, Optional<AdminCode> area,
                            Optional<LocalDate> effectiveFrom, Provenance provenance) {
    /** Where a value came from. */
    public enum Origin {
        /** Given in the request ({@code standards}); in force on every date. */
        OVERRIDE,
        /**
         * Published by the integrator: the table given to {@code ReliefEngine.create(modules, published)}
         * (the reference server's {@code POST /api/v1/standards}).
         */
        PUBLISHED,
        /** A module's default, shipped in its jar (its {@code standards.csv}, or the national baseline's figure). */
        SHIPPED,
        /** Derived by a rule (e.g. LC-04 1.3 × dibao). */
        DERIVED
    }

    public StandardValue {
        area = Optional.ofNullable(area).flatMap(x -> x);
        effectiveFrom = Optional.ofNullable(effectiveFrom).flatMap(x -> x);
    }
}
