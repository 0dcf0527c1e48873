package kg.trustbox.contract;

import kg.trustbox.store.Stores;
import kg.trustbox.store.memory.InMemoryStores;

/** The declarations contract in memory. */
class InMemoryDeclarationsTest extends DeclarationsContract {
    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}
