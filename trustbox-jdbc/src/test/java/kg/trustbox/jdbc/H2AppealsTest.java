package kg.trustbox.jdbc;

import kg.trustbox.contract.AppealsContract;
import kg.trustbox.store.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Appeals contract on H2: a fresh in-memory database per test. */
class H2AppealsTest extends AppealsContract {
    @RegisterExtension
    final H2 h2 = new H2();

    @Override
    protected Stores newStores() {
        return h2.database().stores();
    }
}
