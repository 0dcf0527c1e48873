package kg.trustbox.jdbc;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;

/** Host transactions on H2. */
class H2HostTransactionTest extends HostTransactionContract {
    private JdbcConnectionPool pool;

    @Override
    DataSource dataSource() {
        pool = JdbcConnectionPool.create(H2.url(), "", "");
        JdbiStores.migrate(pool, Keys.TEST);
        return pool;
    }

    @AfterEach
    void close() {
        pool.dispose();
    }
}
