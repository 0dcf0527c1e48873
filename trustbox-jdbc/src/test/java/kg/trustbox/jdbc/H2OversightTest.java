package kg.trustbox.jdbc;

import kg.trustbox.contract.OversightContract;
import kg.trustbox.store.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The oversight contract on H2: a few terms, each on a fresh database. */
class H2OversightTest extends OversightContract {
    @RegisterExtension
    final H2 h2 = new H2();

    @Override
    protected Stores newStores() {
        return h2.database().stores();
    }

    @Override
    protected int examples() {
        return 4;
    }
}
