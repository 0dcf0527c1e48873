package kg.trustbox.contract;

import kg.trustbox.store.Stores;
import kg.trustbox.store.memory.InMemoryStores;

/** The Transactions contract in memory. */
class InMemoryTransactionsTest extends TransactionsContract {
    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}
