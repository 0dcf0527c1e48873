package kg.trustbox.jdbc;

import kg.trustbox.contract.RollupsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Rollups contract on PostgreSQL, counted in the database. */
class PostgresRollupsTest extends RollupsContract {
    @RegisterExtension
    static final Postgres PG = new Postgres();

    @Override
    protected Fixture newFixture() {
        JdbiStores db = PG.fresh();
        return new Fixture(db.stores(), db.rollups());
    }

    @Override
    protected int examples() {
        return 4;
    }
}
