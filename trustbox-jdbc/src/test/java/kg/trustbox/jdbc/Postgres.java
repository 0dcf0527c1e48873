package kg.trustbox.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * A PostgreSQL schema of its own for one test class, migrated, dropped after the class. The server
 * is the one at {@code TRUSTBOX_TEST_PG_URL} (default {@value #DEFAULT_URL}). When it cannot be
 * reached the class is skipped with a message, unless {@code -Dtrustbox.test.postgres=required}
 * or {@code TRUSTBOX_TEST_POSTGRES=required} is set (as CI does): then it fails.
 *
 * <p>Use as {@code @RegisterExtension static final Postgres PG = new Postgres();}.
 */
final class Postgres implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private String baseUrl;
    private String schema;
    private JdbcConnectionPool pool;
    private JdbiStores stores;
    private String unreachable;

    static String baseUrl() {
        String url = System.getenv("TRUSTBOX_TEST_PG_URL");
        return url == null || url.isBlank() ? DEFAULT_URL : url;
    }

    static boolean required() {
        return "required".equalsIgnoreCase(System.getProperty("trustbox.test.postgres"))
                || "required".equalsIgnoreCase(System.getenv("TRUSTBOX_TEST_POSTGRES"));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        baseUrl = baseUrl();
        try (Connection c = DriverManager.getConnection(baseUrl)) {
            schema = "tb_" + context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT) + "_"
                    + UUID.randomUUID().toString().substring(0, 8);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
        } catch (SQLException e) {
            String where = "PostgreSQL at " + baseUrl.replaceAll("password=[^&]*", "password=***") + " cannot be reached ("
                    + e.getSQLState() + ")";
            if (required()) {
                throw new IllegalStateException(where + ", and TRUSTBOX_TEST_POSTGRES=required", e);
            }
            unreachable = where + ": the PostgreSQL tests of " + context.getRequiredTestClass().getSimpleName() + " are skipped."
                    + " Set TRUSTBOX_TEST_POSTGRES=required to make this a failure.";
            System.err.println("[trustbox] " + unreachable);
            return;
        }
        PGConnectionPoolDataSource pg = new PGConnectionPoolDataSource();
        pg.setURL(baseUrl);
        pg.setCurrentSchema(schema);
        pool = JdbcConnectionPool.create(pg);
        pool.setMaxConnections(32);
        JdbiStores.migrate(pool, Keys.TEST);
        stores = JdbiStores.create(pool, Keys.TEST);
    }

    /** Skips each test, visibly, when the server could not be reached. */
    @Override
    public void beforeEach(ExtensionContext context) {
        Assumptions.assumeTrue(unreachable == null, () -> unreachable);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (pool != null) {
            pool.dispose();
        }
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /** Whether the server was reached (tests are skipped otherwise). */
    boolean reachable() {
        return unreachable == null;
    }

    /** The class's schema. */
    String schema() {
        return schema;
    }

    /** A pooled data source on the class's schema. */
    DataSource dataSource() {
        return pool;
    }

    /** Jdbi on the class's schema. */
    Jdbi jdbi() {
        return Jdbi.create(pool);
    }

    /** The stores on the class's schema, emptied. */
    JdbiStores fresh() {
        truncate();
        return stores;
    }

    /** Empties every table of the library. */
    void truncate() {
        jdbi().useHandle(h -> {
            List<String> tables = new ArrayList<>(Tables.names(h));
            h.execute("TRUNCATE TABLE " + String.join(", ", tables) + " CASCADE");
        });
    }

    /**
     * Runs {@code work} on a pooled data source of a new schema named {@code prefix} and a random
     * suffix, dropped afterwards. Aborts the test (skipped) when the server cannot be reached, unless
     * PostgreSQL is {@link #required()}.
     */
    static void inFreshSchema(String prefix, java.util.function.Consumer<DataSource> work) throws SQLException {
        String schema = prefix + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = DriverManager.getConnection(baseUrl()); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if (required()) {
                throw e;
            }
            Assumptions.abort("PostgreSQL cannot be reached: skipped");
        }
        PGConnectionPoolDataSource pg = new PGConnectionPoolDataSource();
        pg.setURL(baseUrl());
        pg.setCurrentSchema(schema);
        JdbcConnectionPool pool = JdbcConnectionPool.create(pg);
        try {
            work.accept(pool);
        } finally {
            pool.dispose();
            try (Connection c = DriverManager.getConnection(baseUrl()); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
