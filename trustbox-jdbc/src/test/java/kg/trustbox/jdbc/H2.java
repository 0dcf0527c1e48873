package kg.trustbox.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fresh H2 databases for tests: in memory, uniquely named, migrated; gone when closed. As an
 * extension ({@code @RegisterExtension final H2 h2 = new H2();}), the databases a test opened with
 * {@link #database()} are closed after it, as {@link Postgres} does for its schema.
 */
final class H2 implements AfterEachCallback {
    private final List<JdbiStores> open = new ArrayList<>();

    /** A fresh, empty, migrated in-memory database, closed after the test. */
    JdbiStores database() {
        JdbiStores db = fresh();
        open.add(db);
        return db;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        open.forEach(JdbiStores::close);
        open.clear();
    }

    /** A fresh, empty, migrated in-memory database. Close it after the test. */
    static JdbiStores fresh() {
        return JdbiStores.h2(url(), Keys.TEST);
    }

    /** A fresh in-memory database's URL (the database lives while a connection to it is open). */
    static String url() {
        return "jdbc:h2:mem:trustbox-" + UUID.randomUUID();
    }
}
