package kg.trustbox.jdbc;

import kg.trustbox.contract.HostileInputContract;
import kg.trustbox.store.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The hostile-input contract on PostgreSQL: the full run, at least 10,000 values, one school in the shared test schema. */
class PostgresHostileInputTest extends HostileInputContract {
    @RegisterExtension
    static final Postgres PG = new Postgres();

    @Override
    protected Stores newStores() {
        return PG.fresh().stores();
    }
}
