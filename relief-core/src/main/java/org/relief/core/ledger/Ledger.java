package org.relief.core.ledger;

import java.util.Optional;
import java.util.stream.Stream;
import org.relief.core.model.AdminCode;

/**
 * The port through which grants are kept, county by county (a store like the cases'; the in-memory
 * implementation is {@link InMemoryLedger}). Grants are append-only.
 */
public interface Ledger {
    /** A fresh id for a grant about to be recorded in {@code county}. */
    String nextId(AdminCode county);

    /** Records a grant (append-only). */
    void record(LedgerGrant grant);

    /** The grant with this id. */
    Optional<LedgerGrant> find(String id);

    /** The grants of {@code county} in calendar year {@code year}, in the order recorded (the caller closes the stream). */
    Stream<LedgerGrant> inYear(AdminCode county, int year);
}
