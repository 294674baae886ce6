package org.relief.testkit.tck;

import org.relief.core.roster.InMemoryRosterStore;
import org.relief.core.roster.RosterStore;

/** Core's in-memory roster store keeps the roster store contract. */
class InMemoryRosterStoreContractTest extends RosterStoreContract {
    @Override
    protected RosterStore newStore() {
        return new InMemoryRosterStore();
    }
}
