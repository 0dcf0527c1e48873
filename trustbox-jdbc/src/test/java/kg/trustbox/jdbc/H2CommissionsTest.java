package kg.trustbox.jdbc;

import kg.trustbox.contract.CommissionsContract;
import kg.trustbox.store.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Commissions contract on H2: a fresh in-memory database per test. */
class H2CommissionsTest extends CommissionsContract {
    @RegisterExtension
    final H2 h2 = new H2();

    @Override
    protected Stores newStores() {
        return h2.database().stores();
    }
}
