package kg.trustbox.jdbc;

import kg.trustbox.contract.AccessLogContract;
import kg.trustbox.store.Stores;
import org.junit.jupiter.api.AfterEach;

/** The AccessLog contract on H2: a fresh in-memory database per test. */
class H2AccessLogTest extends AccessLogContract {
    private JdbiStores db;

    @Override
    protected Stores newStores() {
        db = H2.fresh();
        return db.stores();
    }

    @AfterEach
    void close() {
        db.close();
    }
}
