package kg.trustbox.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Host transactions on PostgreSQL. */
class PostgresHostTransactionTest extends HostTransactionContract {
    @RegisterExtension
    static final Postgres PG = new Postgres();

    @Override
    DataSource dataSource() {
        PG.fresh();
        return PG.dataSource();
    }
}
