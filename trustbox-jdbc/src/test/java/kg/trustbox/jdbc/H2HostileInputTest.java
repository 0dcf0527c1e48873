package kg.trustbox.jdbc;

import kg.trustbox.contract.HostileInputContract;
import kg.trustbox.store.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The hostile-input contract on H2: the full run, at least 10,000 values. */
class H2HostileInputTest extends HostileInputContract {
    @RegisterExtension
    final H2 h2 = new H2();

    @Override
    protected Stores newStores() {
        return h2.database().stores();
    }
}
