package kg.trustbox.contract;

import kg.trustbox.store.Stores;
import kg.trustbox.store.memory.InMemoryStores;

/** The AccessLog contract in memory. */
class InMemoryAccessLogTest extends AccessLogContract {
    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}
