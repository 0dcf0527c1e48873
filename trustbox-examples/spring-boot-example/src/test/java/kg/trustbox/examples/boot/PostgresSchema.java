package kg.trustbox.examples.boot;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An empty PostgreSQL schema of its own for one test class, dropped after it, as trustbox-jdbc's
 * tests make them. The server is the one at {@code TRUSTBOX_TEST_PG_URL} (default
 * {@value #DEFAULT_URL}). When it cannot be reached, the class's tests are skipped with a message,
 * unless {@code TRUSTBOX_TEST_POSTGRES=required} (or {@code -Dtrustbox.test.postgres=required}) is
 * set, as in CI: then they fail.
 */
final class PostgresSchema implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private String baseUrl;
    private String schema;
    private String unreachable;

    static boolean required() {
        return "required".equalsIgnoreCase(System.getProperty("trustbox.test.postgres"))
                || "required".equalsIgnoreCase(System.getenv("TRUSTBOX_TEST_POSTGRES"));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String env = System.getenv("TRUSTBOX_TEST_PG_URL");
        baseUrl = env == null || env.isBlank() ? DEFAULT_URL : env;
        String name = "tb_" + context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT) + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
            schema = name;
        } catch (SQLException e) {
            String where = "PostgreSQL at " + baseUrl.replaceAll("password=[^&]*", "password=***") + " cannot be reached ("
                    + e.getSQLState() + ")";
            if (required()) {
                throw new IllegalStateException(where + ", and TRUSTBOX_TEST_POSTGRES=required", e);
            }
            unreachable = where + ": the PostgreSQL tests of " + context.getRequiredTestClass().getSimpleName() + " are skipped."
                    + " Set TRUSTBOX_TEST_POSTGRES=required to make this a failure.";
            System.err.println("[trustbox] " + unreachable);
        }
    }

    /** Skips each test, visibly, when the server could not be reached. */
    @Override
    public void beforeEach(ExtensionContext context) {
        Assumptions.assumeTrue(unreachable == null, () -> unreachable);
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /** The JDBC URL of the class's schema. */
    String url() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
