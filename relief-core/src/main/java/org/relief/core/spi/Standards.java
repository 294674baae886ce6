package org.relief.core.spi;

import java.util.Optional;

/**
 * The standards of one determination: the request's overrides over the published table, in force
 * on the determination date for its region. Every value found is recorded for the
 * determination's {@code versions}.
 */
public interface Standards {
    /**
     * The first value found, looking up override of each key in the order given, then
     * the published value of each key in that order: pass the specific key first
     * ({@code tekun.basic.rural.monthly}) and the general one after ({@code tekun.basic.monthly}).
     */
    Optional<StandardValue> find(String... keys);

    /**
     * Like {@link #find} but for the values in force on another date (e.g. LC-05: the minimum wage
     * in force on 31 December of the previous year). Request overrides count as in force on every date.
     */
    Optional<StandardValue> findOn(java.time.LocalDate date, String... keys);

    /** Like {@link #find} but a {@link MissingStandardException} naming the first key when absent. */
    default StandardValue require(String... keys) {
        return find(keys).orElseThrow(() -> new MissingStandardException(keys[0]));
    }

    /** Records a value a rule derived (LC-04, LC-05) so that it shows among the versions. */
    void recordDerived(StandardValue derived);
}
