package kg.trustbox.examples.boot;

import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link SchoolApplicationContract} on PostgreSQL, in a schema of its own: skipped when the server
 * cannot be reached, unless {@code TRUSTBOX_TEST_POSTGRES=required}.
 */
class SchoolApplicationPostgresTest extends SchoolApplicationContract {
    @RegisterExtension
    static final PostgresSchema PG = new PostgresSchema();

    @Override
    String url() {
        return PG.url();
    }
}
