package kg.trustbox.jdbc;

import java.util.ArrayList;
import java.util.List;
import kg.trustbox.contract.ReceiptsContract;
import kg.trustbox.store.Stores;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;

/** The receipts contract on H2; what the stores hold is every row of every table. */
class H2ReceiptsTest extends ReceiptsContract {
    private String url;
    private JdbiStores db;

    @Override
    protected Stores newStores() {
        url = H2.url();
        db = JdbiStores.h2(url, Keys.TEST);
        return db.stores();
    }

    @Override
    protected List<String> stored() {
        List<String> out = new ArrayList<>();
        Jdbi.create(url).useHandle(h -> Tables.dump(h).forEach((table, rows) -> rows.forEach(r -> out.add(table + ": " + r))));
        return out;
    }

    @AfterEach
    void close() {
        db.close();
    }
}
