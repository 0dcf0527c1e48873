package kg.trustbox.jdbc;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;

/** The records tampering catalogue on H2: a fresh in-memory database per case, closed after it. */
class H2RecordsTamperingTest extends RecordsTamperingContract {
    private String url;
    private JdbiStores db;

    @Override
    JdbiStores open() {
        url = H2.url();
        db = JdbiStores.h2(url, Keys.TEST);
        return db;
    }

    @Override
    Jdbi sql() {
        return Jdbi.create(url);
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }
}
