package kg.trustbox.contract;

import kg.trustbox.store.Stores;
import kg.trustbox.store.memory.InMemoryStores;

/** The Boxes contract in memory. */
class InMemoryBoxesTest extends BoxesContract {
    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}
