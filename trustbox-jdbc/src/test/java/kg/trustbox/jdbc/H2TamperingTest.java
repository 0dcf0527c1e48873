package kg.trustbox.jdbc;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;

/** Tamper evidence on H2. */
class H2TamperingTest extends TamperingContract {
    private final String url = H2.url();
    private JdbiStores db;

    @Override
    JdbiStores open() {
        db = JdbiStores.h2(url, Keys.TEST);
        return db;
    }

    @Override
    Jdbi sql() {
        return Jdbi.create(url);
    }

    @AfterEach
    void close() {
        db.close();
    }
}
