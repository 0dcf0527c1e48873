package kg.trustbox.contract;

import kg.trustbox.store.Stores;
import kg.trustbox.store.memory.InMemoryStores;

/** The Meetings contract in memory. */
class InMemoryMeetingsTest extends MeetingsContract {
    @Override
    protected Stores newStores() {
        return InMemoryStores.create();
    }
}
