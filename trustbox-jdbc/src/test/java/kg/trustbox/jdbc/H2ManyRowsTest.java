package kg.trustbox.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Many rows at once on H2: batches. */
class H2ManyRowsTest extends ManyRowsContract {
    @RegisterExtension
    final H2 h2 = new H2();

    @Override
    JdbiStores open() {
        return h2.database();
    }
}
