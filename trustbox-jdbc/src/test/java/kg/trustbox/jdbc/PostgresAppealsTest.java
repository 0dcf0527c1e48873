package kg.trustbox.jdbc;

import kg.trustbox.contract.AppealsContract;
import kg.trustbox.store.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Appeals contract on PostgreSQL: a schema of its own, emptied before each test. */
class PostgresAppealsTest extends AppealsContract {
    @RegisterExtension
    static final Postgres PG = new Postgres();

    @Override
    protected Stores newStores() {
        return PG.fresh().stores();
    }
}
