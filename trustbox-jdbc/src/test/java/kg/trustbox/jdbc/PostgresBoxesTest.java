package kg.trustbox.jdbc;

import kg.trustbox.contract.BoxesContract;
import kg.trustbox.store.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Boxes contract on PostgreSQL: a schema of its own, emptied before each test. */
class PostgresBoxesTest extends BoxesContract {
    @RegisterExtension
    static final Postgres PG = new Postgres();

    @Override
    protected Stores newStores() {
        return PG.fresh().stores();
    }
}
