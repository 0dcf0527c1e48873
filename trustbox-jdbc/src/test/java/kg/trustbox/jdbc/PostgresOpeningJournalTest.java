package kg.trustbox.jdbc;

import kg.trustbox.contract.OpeningJournalContract;
import kg.trustbox.store.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OpeningJournal contract on PostgreSQL: a schema of its own, emptied before each test. */
class PostgresOpeningJournalTest extends OpeningJournalContract {
    @RegisterExtension
    static final Postgres PG = new Postgres();

    @Override
    protected Stores newStores() {
        return PG.fresh().stores();
    }
}
