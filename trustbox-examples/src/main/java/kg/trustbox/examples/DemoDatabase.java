package kg.trustbox.examples;

import java.sql.Connection;
import java.sql.SQLException;
import kg.trustbox.jdbc.JdbiStores;
import kg.trustbox.keys.HostKeys;

/** Opens the demo's database, and says in words why it cannot: a database that does not exist, a server that does not answer. */
final class DemoDatabase {
    /** H2's error code for a database that does not exist (with {@code IFEXISTS=TRUE}). */
    private static final int H2_DATABASE_NOT_FOUND = 90146;

    private DemoDatabase() {
    }

    /** The URL with its password, if any, hidden. */
    static String masked(String url) {
        return url.replaceAll("password=[^&;]*", "password=***");
    }

    /** @throws Demo.Failure when the database cannot be opened, naming the cause */
    static JdbiStores open(DemoWords words, String url, HostKeys keys) {
        if (url.startsWith("jdbc:h2:")) {
            // connect once first: the library reports a database it cannot reach without the driver's cause
            try (Connection c = java.sql.DriverManager.getConnection(url)) {
                // there (an H2 file database is created on first use, unless the URL says IFEXISTS=TRUE)
            } catch (SQLException e) {
                if (e.getErrorCode() == H2_DATABASE_NOT_FOUND) {
                    throw new Demo.Failure(words.text("error.dbMissing", masked(url), "H2"));
                }
                throw new Demo.Failure(words.text("error.db", masked(url), firstLine(e)));
            }
            return JdbiStores.h2(url, keys);
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the demo runs on H2 (jdbc:h2:...) or PostgreSQL (jdbc:postgresql:...), not " + masked(url));
        }
        org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
        try {
            ds.setURL(url);
        } catch (IllegalArgumentException e) {
            throw new Demo.Failure(words.text("error.db", masked(url), firstLine(e)));
        }
        String server = String.join(",", ds.getServerNames()) + ":" + (ds.getPortNumbers().length == 0 || ds.getPortNumbers()[0] == 0
                ? 5432 : ds.getPortNumbers()[0]);
        try (Connection c = ds.getConnection()) {
            // reached: the migration below can only fail for a reason of its own
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.equals("3D000")) {
                throw new Demo.Failure(words.text("error.dbMissing", ds.getDatabaseName(), server));
            }
            if (state.startsWith("08")) {
                throw new Demo.Failure(words.text("error.dbUnreachable", server, "SQLState " + state));
            }
            if (state.startsWith("28")) {
                throw new Demo.Failure(words.text("error.dbLogin", server, "SQLState " + state));
            }
            throw new Demo.Failure(words.text("error.db", masked(url), firstLine(e)));
        }
        JdbiStores.migrate(ds, keys);
        return JdbiStores.create(ds, keys);
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
