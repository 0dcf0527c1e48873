package kg.trustbox.jdbc;

import kg.trustbox.contract.TransactionsContract;
import kg.trustbox.store.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Transactions contract on PostgreSQL: a schema of its own, emptied before each test. */
class PostgresTransactionsTest extends TransactionsContract {
    @RegisterExtension
    static final Postgres PG = new Postgres();

    @Override
    protected Stores newStores() {
        return PG.fresh().stores();
    }
}
