package kg.trustbox.jdbc;

import kg.trustbox.contract.AccessLogContract;
import kg.trustbox.store.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The AccessLog contract on PostgreSQL: a schema of its own, emptied before each test. */
class PostgresAccessLogTest extends AccessLogContract {
    @RegisterExtension
    static final Postgres PG = new Postgres();

    @Override
    protected Stores newStores() {
        return PG.fresh().stores();
    }
}
