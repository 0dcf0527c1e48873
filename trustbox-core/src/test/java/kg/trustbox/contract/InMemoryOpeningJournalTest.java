package kg.trustbox.contract;

import kg.trustbox.store.Stores;
import kg.trustbox.store.memory.InMemoryStores;

/** The OpeningJournal contract in memory. */
class InMemoryOpeningJournalTest extends OpeningJournalContract {
    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}
