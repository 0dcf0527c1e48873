package kg.trustbox.spring.boot;

import java.util.Objects;
import javax.sql.DataSource;
import kg.trustbox.jdbc.JdbiStores;
import kg.trustbox.keys.KeyProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Brings the application's database to the library's schema when the context starts
 * ({@link JdbiStores#migrate}: Flyway, with the history table
 * {@value kg.trustbox.jdbc.JdbiStores#HISTORY_TABLE}, apart from the application's own migrations).
 * A bean unless {@code trustbox.migrate=false}; the stores are created after it.
 */
public class TrustBoxMigration implements InitializingBean {
    private static final Logger LOG = LoggerFactory.getLogger(TrustBoxMigration.class);

    private final DataSource dataSource;
    private final KeyProvider keys;

    /**
     * The migration of {@code dataSource}.
     *
     * @param dataSource the application's data source
     * @param keys the host keys, to encrypt identities an older version kept in clear text
     */
    public TrustBoxMigration(DataSource dataSource, KeyProvider keys) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** Migrates the schema (idempotent). */
    @Override
    public void afterPropertiesSet() {
        LOG.debug("trustbox: migrating the schema (history table {})", JdbiStores.HISTORY_TABLE);
        JdbiStores.migrate(dataSource, keys);
    }
}
