package kg.trustbox.jdbc;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;

/** The identity encryption contract on H2: a fresh in-memory database per test. */
class H2IdentityEncryptionTest extends IdentityEncryptionContract {
    private JdbcConnectionPool pool;

    @Override
    protected DataSource emptyDatabase() {
        pool = JdbcConnectionPool.create(H2.url(), "", "");
        JdbiStores.migrate(pool, Keys.TEST);
        return pool;
    }

    @AfterEach
    void close() {
        pool.dispose();
    }
}
