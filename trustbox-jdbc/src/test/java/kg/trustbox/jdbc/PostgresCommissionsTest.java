package kg.trustbox.jdbc;

import kg.trustbox.contract.CommissionsContract;
import kg.trustbox.store.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Commissions contract on PostgreSQL: a schema of its own, emptied before each test. */
class PostgresCommissionsTest extends CommissionsContract {
    @RegisterExtension
    static final Postgres PG = new Postgres();

    @Override
    protected Stores newStores() {
        return PG.fresh().stores();
    }
}
