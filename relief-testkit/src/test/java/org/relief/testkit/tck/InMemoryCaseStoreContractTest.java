package org.relief.testkit.tck;

import org.relief.core.lifecycle.CaseStore;
import org.relief.core.lifecycle.InMemoryCaseStore;

/** Core's in-memory store keeps the store contract. */
class InMemoryCaseStoreContractTest extends CaseStoreContract {
    @Override
    protected CaseStore newStore() {
        return new InMemoryCaseStore();
    }
}
