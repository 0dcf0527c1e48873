package kg.trustbox.contract;

import kg.trustbox.store.Stores;
import kg.trustbox.store.memory.InMemoryStores;

/** The oversight contract in memory. */
class InMemoryOversightTest extends OversightContract {
    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}
