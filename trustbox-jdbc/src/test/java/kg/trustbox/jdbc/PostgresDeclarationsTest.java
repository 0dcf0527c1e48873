package kg.trustbox.jdbc;

import kg.trustbox.contract.DeclarationsContract;
import kg.trustbox.store.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The declarations contract on PostgreSQL. */
class PostgresDeclarationsTest extends DeclarationsContract {
    @RegisterExtension
    static final Postgres PG = new Postgres();

    @Override
    protected Stores newStores() {
        return PG.fresh().stores();
    }
}
