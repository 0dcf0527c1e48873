package kg.trustbox.jdbc;

import java.util.ArrayList;
import java.util.List;
import kg.trustbox.contract.OversightContract;
import kg.trustbox.store.Stores;
import org.junit.jupiter.api.AfterEach;

/** The oversight contract on H2: a few terms, each on a fresh database. */
class H2OversightTest extends OversightContract {
    private final List<JdbiStores> open = new ArrayList<>();

    @Override
    protected Stores newStores() {
        JdbiStores db = H2.fresh();
        open.add(db);
        return db.stores();
    }

    @Override
    protected int examples() {
        return 4;
    }

    @AfterEach
    void close() {
        open.forEach(JdbiStores::close);
    }
}
