package kg.trustbox.contract;

import kg.trustbox.store.Stores;

/** The Appeals contract on a port with only its abstract methods: its default methods as an adapter inherits them. */
class DefaultAppealsTest extends AppealsContract {
    @Override
    protected Stores newStores() {
        return PortDefaults.withDefaults();
    }
}
