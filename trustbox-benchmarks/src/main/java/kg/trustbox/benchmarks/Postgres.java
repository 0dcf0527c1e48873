package kg.trustbox.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The PostgreSQL server the benchmarks use: {@code jdbc:postgresql://127.0.0.1:5432/?user=postgres} unless
 * {@code -Dtrustbox.bench.pg} (or {@code TRUSTBOX_BENCH_PG}) names another server URL without a database. The
 * benchmarks keep their data in their own database, {@code trustbox_bench}, one schema per benchmark, and never
 * touch another database.
 */
public final class Postgres {
    public static final String DATABASE = "trustbox_bench";
    public static final String DEFAULT_SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private Postgres() {
    }

    /** The server URL, ending in "/", without a database. */
    public static String server() {
        String s = System.getProperty("trustbox.bench.pg", System.getenv().getOrDefault("TRUSTBOX_BENCH_PG", DEFAULT_SERVER));
        return s.endsWith("/") ? s : s + "/";
    }

    private static String user() {
        return System.getProperty("trustbox.bench.pg.user", "postgres");
    }

    /** A JDBC URL of the benchmark database with {@code schema} as the current schema. */
    public static String url(String schema) {
        return server() + DATABASE + "?currentSchema=" + schema + "&user=" + user() + "&connectTimeout=3";
    }

    /** Whether the server answers; creates the benchmark database when missing. Empty when it answers. */
    public static Optional<String> unavailable() {
        try (Connection c = DriverManager.getConnection(server() + "postgres?user=" + user() + "&connectTimeout=3")) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    try (Statement create = c.createStatement()) {
                        create.execute("CREATE DATABASE " + DATABASE);
                    }
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("no PostgreSQL at " + server() + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    /** Drops and creates {@code schema} in the benchmark database. */
    public static void freshSchema(String schema) {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema);
    }

    /** Runs statements on the benchmark database. */
    public static void execute(String... sql) {
        try (Connection c = DriverManager.getConnection(server() + DATABASE + "?user=" + user()); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL: " + e.getMessage(), e);
        }
    }

    /**
     * Gathers the planner's statistics for every table of {@code schema}, as the server's autovacuum would while tables
     * grow. Some servers run with autovacuum off (this machine's CI configuration does); without statistics an opening
     * slows from 13 to 160 ms over a run (see BENCHMARKS.md).
     */
    public static void analyze(String schema) {
        try (Connection c = DriverManager.getConnection(server() + DATABASE + "?user=" + user()); Statement s = c.createStatement()) {
            java.util.List<String> tables = new java.util.ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = '" + schema + "'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                s.execute("ANALYZE " + schema + "." + t);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** A pool over {@code schema} of the benchmark database, as a production system would use. */
    public static HikariDataSource pool(String schema, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url(schema));
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setPoolName("bench-" + schema);
        // for experiments only: -Dtrustbox.bench.pg.synchronousCommit=off shows what waiting for each commit's WAL flush costs
        String sync = System.getProperty("trustbox.bench.pg.synchronousCommit");
        if (sync != null && sync.matches("on|off|local")) {
            config.setConnectionInitSql("SET synchronous_commit = " + sync);
        }
        return new HikariDataSource(config);
    }

    /** The server's version, for the machine line. */
    public static String version() {
        if (unavailable().isPresent()) {
            return "none";
        }
        try (Connection c = DriverManager.getConnection(server() + DATABASE + "?user=" + user()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1);
        } catch (SQLException e) {
            return "unknown";
        }
    }
}
