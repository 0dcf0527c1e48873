package kg.trustbox.contract;

import kg.trustbox.store.Stores;
import kg.trustbox.store.memory.InMemoryStores;

/** The Commissions contract in memory. */
class InMemoryCommissionsTest extends CommissionsContract {
    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}
