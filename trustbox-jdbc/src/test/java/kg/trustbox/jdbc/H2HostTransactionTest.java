package kg.trustbox.jdbc;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;

/** Host transactions on H2. */
class H2HostTransactionTest extends HostTransactionContract {
    private JdbcConnectionPool pool;
    private String url;

    @Override
    DataSource dataSource() {
        url = H2.url();
        pool = JdbcConnectionPool.create(url, "", "");
        JdbiStores.migrate(pool, Keys.TEST);
        return pool;
    }

    @Override
    javax.sql.XADataSource xaDataSource() {
        org.h2.jdbcx.JdbcDataSource xa = new org.h2.jdbcx.JdbcDataSource();
        xa.setURL(url);
        return xa;
    }

    @AfterEach
    void close() {
        pool.dispose();
    }
}
