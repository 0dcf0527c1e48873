package kg.trustbox.contract;

import kg.trustbox.store.Stores;

/** The OpeningJournal contract on a port with only its abstract methods: its default methods as an adapter inherits them. */
class DefaultOpeningJournalTest extends OpeningJournalContract {
    @Override
    protected Stores newStores() {
        return PortDefaults.withDefaults();
    }
}
