package kg.trustbox.spring.boot;

import java.util.UUID;

/** {@link BootTransactionsContract} on an in-memory H2 database. */
class BootTransactionsH2Test extends BootTransactionsContract {
    private final String url = "jdbc:h2:mem:boot-tx-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Override
    String url() {
        return url;
    }
}
