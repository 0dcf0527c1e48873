package kg.trustbox.contract;

import kg.trustbox.store.Stores;
import kg.trustbox.store.memory.InMemoryStores;

/** The QuarterlyReports contract in memory. */
class InMemoryQuarterlyReportsTest extends QuarterlyReportsContract {
    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}
