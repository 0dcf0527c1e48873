package kg.trustbox.jdbc;

import java.util.UUID;

/** Fresh H2 databases for tests: in memory, uniquely named, migrated; gone when closed. */
final class H2 {
    private H2() {
    }

    /** A fresh, empty, migrated in-memory database. Close it after the test. */
    static JdbiStores fresh() {
        return JdbiStores.h2(url());
    }

    /** A fresh in-memory database's URL (the database lives while a connection to it is open). */
    static String url() {
        return "jdbc:h2:mem:trustbox-" + UUID.randomUUID();
    }
}
