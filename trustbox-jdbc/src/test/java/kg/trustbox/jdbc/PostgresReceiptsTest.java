package kg.trustbox.jdbc;

import java.util.ArrayList;
import java.util.List;
import kg.trustbox.contract.ReceiptsContract;
import kg.trustbox.store.Stores;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The receipts contract on PostgreSQL; what the stores hold is every row of every table. */
class PostgresReceiptsTest extends ReceiptsContract {
    @RegisterExtension
    static final Postgres PG = new Postgres();

    @Override
    protected Stores newStores() {
        return PG.fresh().stores();
    }

    @Override
    protected List<String> stored() {
        List<String> out = new ArrayList<>();
        PG.jdbi().useHandle(h -> Tables.dump(h).forEach((table, rows) -> rows.forEach(r -> out.add(table + ": " + r))));
        return out;
    }
}
