package kg.trustbox.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Many rows at once on PostgreSQL: statements of many rows, in chunks. */
class PostgresManyRowsTest extends ManyRowsContract {
    @RegisterExtension
    static final Postgres PG = new Postgres();

    @Override
    JdbiStores open() {
        return PG.fresh();
    }
}
