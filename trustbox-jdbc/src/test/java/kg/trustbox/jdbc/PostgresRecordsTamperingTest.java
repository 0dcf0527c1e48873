package kg.trustbox.jdbc;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The records tampering catalogue on PostgreSQL: a schema of its own, emptied before each case. */
class PostgresRecordsTamperingTest extends RecordsTamperingContract {
    @RegisterExtension
    static final Postgres PG = new Postgres();

    @Override
    JdbiStores open() {
        return PG.fresh();
    }

    @Override
    Jdbi sql() {
        return PG.jdbi();
    }
}
