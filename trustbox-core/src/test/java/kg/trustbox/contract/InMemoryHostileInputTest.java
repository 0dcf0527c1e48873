package kg.trustbox.contract;

import kg.trustbox.store.Stores;
import kg.trustbox.store.memory.InMemoryStores;

/** The hostile-input contract in memory. */
class InMemoryHostileInputTest extends HostileInputContract {
    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}
