package kg.trustbox.contract;

import kg.trustbox.store.Stores;

/** The AccessLog contract on a port with only its abstract methods: its default methods as an adapter inherits them. */
class DefaultAccessLogTest extends AccessLogContract {
    @Override
    protected Stores newStores() {
        return PortDefaults.withDefaults();
    }
}
