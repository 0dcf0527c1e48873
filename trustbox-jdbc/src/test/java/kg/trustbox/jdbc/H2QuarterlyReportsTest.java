package kg.trustbox.jdbc;

import kg.trustbox.contract.QuarterlyReportsContract;
import kg.trustbox.store.Stores;
import org.junit.jupiter.api.AfterEach;

/** The QuarterlyReports contract on H2: a fresh in-memory database per test. */
class H2QuarterlyReportsTest extends QuarterlyReportsContract {
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
