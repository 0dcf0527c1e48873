package kg.trustbox.contract;

import kg.trustbox.report.Rollups;
import kg.trustbox.store.Stores;
import kg.trustbox.store.memory.InMemoryStores;

/** The Rollups contract for the reference implementation, school by school, in memory. */
class InMemoryRollupsTest extends RollupsContract {
    @Override
    protected Fixture newFixture() {
        Stores stores = InMemoryStores.create();
        return new Fixture(stores, Rollups.perSchool(stores.appeals(), stores.journal(), stores.commissions(), stores.boxes(), stores.ledger()));
    }
}
