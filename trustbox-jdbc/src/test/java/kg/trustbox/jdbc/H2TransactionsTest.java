package kg.trustbox.jdbc;

import kg.trustbox.contract.TransactionsContract;
import kg.trustbox.store.Stores;
import org.junit.jupiter.api.AfterEach;

/** The Transactions contract on H2: a fresh in-memory database per test. */
class H2TransactionsTest extends TransactionsContract {
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
