package org.relief.testkit.tck;

import org.relief.core.ledger.InMemoryLedger;
import org.relief.core.ledger.Ledger;

/** Core's in-memory ledger keeps the ledger contract. */
class InMemoryLedgerContractTest extends LedgerContract {
    @Override
    protected Ledger newLedger() {
        return new InMemoryLedger();
    }
}
