package kg.trustbox.jdbc;

import kg.trustbox.contract.RollupsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Rollups contract on H2, counted in the database. */
class H2RollupsTest extends RollupsContract {
    @RegisterExtension
    final H2 h2 = new H2();

    @Override
    protected Fixture newFixture() {
        JdbiStores db = h2.database();
        return new Fixture(db.stores(), db.rollups());
    }

    @Override
    protected int examples() {
        return 4;
    }
}
