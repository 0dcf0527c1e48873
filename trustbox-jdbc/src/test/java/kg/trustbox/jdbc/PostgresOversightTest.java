package kg.trustbox.jdbc;

import kg.trustbox.contract.OversightContract;
import kg.trustbox.store.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The oversight contract on PostgreSQL: a few terms, each school in the shared test schema. */
class PostgresOversightTest extends OversightContract {
    @RegisterExtension
    static final Postgres PG = new Postgres();

    @Override
    protected Stores newStores() {
        return PG.fresh().stores();
    }

    @Override
    protected int examples() {
        return 3;
    }
}
