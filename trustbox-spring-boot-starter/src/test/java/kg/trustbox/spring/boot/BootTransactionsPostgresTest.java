package kg.trustbox.spring.boot;

import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link BootTransactionsContract} on PostgreSQL, in a schema of its own: skipped when the server
 * cannot be reached, unless {@code TRUSTBOX_TEST_POSTGRES=required}.
 */
class BootTransactionsPostgresTest extends BootTransactionsContract {
    @RegisterExtension
    static final PostgresSchema PG = new PostgresSchema();

    @Override
    String url() {
        return PG.url();
    }
}
