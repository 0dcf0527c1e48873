package kg.trustbox.jdbc;

import kg.trustbox.contract.RollupsContract;
import org.junit.jupiter.api.AfterEach;

/** The Rollups contract on H2, counted in the database. */
class H2RollupsTest extends RollupsContract {
    private JdbiStores db;

    @Override
    protected Fixture newFixture() {
        db = H2.fresh();
        return new Fixture(db.stores(), db.rollups());
    }

    @Override
    protected int examples() {
        return 4;
    }

    @AfterEach
    void close() {
        db.close();
    }
}
