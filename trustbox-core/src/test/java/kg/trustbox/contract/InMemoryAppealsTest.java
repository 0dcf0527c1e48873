package kg.trustbox.contract;

import kg.trustbox.store.Stores;
import kg.trustbox.store.memory.InMemoryStores;

/** The Appeals contract in memory. */
class InMemoryAppealsTest extends AppealsContract {
    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}
