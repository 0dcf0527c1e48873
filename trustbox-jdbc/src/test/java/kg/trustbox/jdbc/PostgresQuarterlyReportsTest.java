package kg.trustbox.jdbc;

import kg.trustbox.contract.QuarterlyReportsContract;
import kg.trustbox.store.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The QuarterlyReports contract on PostgreSQL: a schema of its own, emptied before each test. */
class PostgresQuarterlyReportsTest extends QuarterlyReportsContract {
    @RegisterExtension
    static final Postgres PG = new Postgres();

    @Override
    protected Stores newStores() {
        return PG.fresh().stores();
    }
}
