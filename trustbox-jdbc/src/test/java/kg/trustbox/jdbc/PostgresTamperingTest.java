package kg.trustbox.jdbc;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tamper evidence on PostgreSQL. */
class PostgresTamperingTest extends TamperingContract {
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
