package kg.trustbox.jdbc;

import kg.trustbox.contract.MeetingsContract;
import kg.trustbox.store.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Meetings contract on PostgreSQL: a schema of its own, emptied before each test. */
class PostgresMeetingsTest extends MeetingsContract {
    @RegisterExtension
    static final Postgres PG = new Postgres();

    @Override
    protected Stores newStores() {
        return PG.fresh().stores();
    }
}
