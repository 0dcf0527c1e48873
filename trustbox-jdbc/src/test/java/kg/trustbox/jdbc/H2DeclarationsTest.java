package kg.trustbox.jdbc;

import kg.trustbox.contract.DeclarationsContract;
import kg.trustbox.store.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The declarations contract on H2. */
class H2DeclarationsTest extends DeclarationsContract {
    @RegisterExtension
    final H2 h2 = new H2();

    @Override
    protected Stores newStores() {
        return h2.database().stores();
    }
}
