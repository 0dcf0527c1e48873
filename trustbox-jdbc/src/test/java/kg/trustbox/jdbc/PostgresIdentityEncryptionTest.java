package kg.trustbox.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The identity encryption contract on PostgreSQL: a schema of its own, emptied before each test. */
class PostgresIdentityEncryptionTest extends IdentityEncryptionContract {
    @RegisterExtension
    static final Postgres PG = new Postgres();

    @Override
    protected DataSource emptyDatabase() {
        PG.truncate();
        return PG.dataSource();
    }
}
