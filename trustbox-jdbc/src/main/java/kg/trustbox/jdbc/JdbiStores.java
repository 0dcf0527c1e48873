package kg.trustbox.jdbc;

import java.util.Objects;
import javax.sql.DataSource;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.jdbc.internal.AppellantIdentityTable;
import kg.trustbox.jdbc.internal.Db;
import kg.trustbox.jdbc.internal.EncryptIdentities;
import kg.trustbox.jdbc.internal.H2Pool;
import kg.trustbox.keys.KeyProvider;
import kg.trustbox.report.Rollups;
import kg.trustbox.outcome.KeyException;
import kg.trustbox.outcome.StorageException;
import kg.trustbox.store.Stores;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;

/**
 * Every port of trustbox-core over a relational database with Jdbi 3: PostgreSQL in production,
 * embedded H2 by default. One instance serves any number of schools; every row is keyed by the
 * school, and nothing of one school is visible through another school's calls.
 *
 * <pre>{@code
 * KeyProvider keys = HostKeys.fromFile(keyFile);      // or your KMS: see KeyProvider
 * JdbiStores.migrate(dataSource, keys);              // or run the scripts with your own Flyway or Liquibase
 * JdbiStores db = JdbiStores.create(dataSource, keys); // or create(jdbi, keys)
 * TrustBoxOffice office = TrustBoxOffice.of(school, db.stores(), clock);
 * }</pre>
 *
 * <p>Each regulation step runs in one transaction ({@link Stores#transactions()}): the ports share
 * a handle bound to the thread, and commit or roll back together. Port calls made outside a step
 * run in short transactions of their own. Database failures surface as
 * {@link StorageException} ({@code storage.unavailable}, {@code storage.conflict},
 * {@code storage.failed}) whose messages and causes carry neither SQL nor personal data; statements
 * are not logged.
 *
 * <p>Personal data apart and encrypted: a signed appellant's name and contacts are
 * kept in the table {@code trustbox_appellant_identity} only, as an
 * {@link kg.trustbox.keys.EncryptedIdentity}: AES-256-GCM under a data key of their own, wrapped by
 * the host key of {@link KeyProvider}. {@code TrustBoxOffice#purgePersonalData} destroys an identity and its
 * data key, and records the purge in the ledger; the register, the withdrawal acts and the hash
 * chains stay intact, and the appeal then reads back with {@link #PURGED_APPELLANT}. An identity
 * row deleted in any other way is found by {@code verifyRecords} as a deletion. {@link #rewrapIdentityKeys()} moves every data key to the current host
 * key, so that an older host key can be retired.
 *
 * <p>Thread-safe. Instances created by {@link #h2(String, KeyProvider)} own a connection pool, released by
 * {@link #close()}; others own nothing.
 */
public final class JdbiStores implements AutoCloseable {
    /** Where the migrations live, for an integrator who runs Flyway himself. */
    public static final String MIGRATIONS = "classpath:kg/trustbox/jdbc/migration";
    /** The Flyway history table of the library's migrations, apart from the host's own. */
    public static final String HISTORY_TABLE = "trustbox_schema_history";
    /**
     * How a signed appellant reads back once personal data was purged: a placeholder name and no
     * contacts, so it cannot be answered. It is no valid input (a signed appeal needs a contact).
     */
    public static final Appellant.Signed PURGED_APPELLANT = AppellantIdentityTable.PURGED;


    private final Db db;
    private final Stores stores;
    private final Rollups rollups;
    private final AutoCloseable owned;

    private final AppellantIdentityTable identities;
    private final JdbiReceipts receipts;

    /** How a regulation step meets the host application's transactions. */
    public enum HostTransactions {
        /** Each step runs in a transaction of its own, begun and committed by the library: the default. */
        OWN,
        /**
         * A step joins the transaction the host has open on the connection it is handed (auto-commit
         * off: Spring's {@code DataSourceTransactionManager} with a Jdbi from {@code jdbi3-spring}
         * or a {@code TransactionAwareDataSourceProxy}, a JTA data source, a host's own
         * {@code Connection}): the library neither begins, commits, rolls back nor changes the
         * isolation level; it requires READ COMMITTED or stricter. A rejected or failed step is
         * rolled back to a savepoint taken when it began, so that the host's own work stays and the
         * host decides; where the connection has no savepoints, it throws {@code storage.hostRollback}
         * and the host must roll back. With no transaction open, a step runs in one of its own, as
         * with {@link #OWN}. A pool that hands out connections with auto-commit off must not be used
         * this way: nothing would be committed.
         */
        JOIN
    }

    private JdbiStores(Jdbi jdbi, KeyProvider keys, AutoCloseable owned) {
        this(jdbi, keys, owned, HostTransactions.OWN);
    }

    private JdbiStores(Jdbi jdbi, KeyProvider keys, AutoCloseable owned, HostTransactions host) {
        this.db = new Db(jdbi, Objects.requireNonNull(host, "host") == HostTransactions.JOIN);
        this.identities = new AppellantIdentityTable(Objects.requireNonNull(keys, "keys"));
        this.receipts = new JdbiReceipts(db, keys);
        this.stores = new Stores(new JdbiTransactions(db), new JdbiCommissions(db), new JdbiBoxes(db, identities),
                new JdbiOpeningJournal(db), new JdbiAppeals(db, identities), new JdbiAccessLog(db), new JdbiMeetings(db),
                new JdbiQuarterlyReports(db), new JdbiDeclarations(db), new JdbiLedger(db), receipts);
        this.rollups = new JdbiRollups(db, stores);
        this.owned = owned;
    }

    /**
     * The ports over {@code jdbi}, whose schema must be migrated ({@link #migrate}), with
     * identities encrypted under {@code keys}. Nothing is installed into {@code jdbi}: handles the
     * library opens get their own statement settings.
     */
    public static JdbiStores create(Jdbi jdbi, KeyProvider keys) {
        return new JdbiStores(Objects.requireNonNull(jdbi, "jdbi"), keys, null);
    }

    /**
     * The ports over {@code jdbi}, as {@link #create(Jdbi, KeyProvider)}, meeting the host's
     * transactions as {@code host} says: {@link HostTransactions#JOIN} for a Jdbi that hands out the
     * host's transactional connection, such as {@code new JdbiFactoryBean(dataSource)} of
     * {@code jdbi3-spring}.
     */
    public static JdbiStores create(Jdbi jdbi, KeyProvider keys, HostTransactions host) {
        return new JdbiStores(Objects.requireNonNull(jdbi, "jdbi"), keys, null, host);
    }

    /**
     * The ports over {@code dataSource}, as {@link #create(DataSource, KeyProvider)}, meeting the
     * host's transactions as {@code host} says: {@link HostTransactions#JOIN} for a data source that
     * hands out the connection of the transaction in progress (a JTA data source, Spring's
     * {@code TransactionAwareDataSourceProxy}).
     */
    public static JdbiStores create(DataSource dataSource, KeyProvider keys, HostTransactions host) {
        return new JdbiStores(Jdbi.create(Objects.requireNonNull(dataSource, "dataSource")), keys, null, host);
    }

    /**
     * The ports over {@code dataSource} (pooled, preferably), whose schema must be migrated
     * ({@link #migrate}), with identities encrypted under {@code keys}.
     */
    public static JdbiStores create(DataSource dataSource, KeyProvider keys) {
        return new JdbiStores(Jdbi.create(Objects.requireNonNull(dataSource, "dataSource")), keys, null);
    }

    /**
     * An embedded H2 database at {@code url} ({@code jdbc:h2:file:...} or {@code jdbc:h2:mem:...}),
     * migrated, behind a small connection pool that {@link #close()} releases. For a demo or a
     * single school system. An in-memory database lives until {@link #close()}.
     *
     * @param url an H2 JDBC URL; the library adds {@code LOCK_TIMEOUT=10000} unless it is set
     * @param keys the host keys that protect identities: for a file database, keys kept in a file
     *     ({@link kg.trustbox.keys.HostKeys#fromFile}) apart from the database
     */
    public static JdbiStores h2(String url, KeyProvider keys) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(keys, "keys");
        if (!url.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("not an H2 JDBC URL");
        }
        H2Pool.Pooled pool;
        try {
            pool = H2Pool.open(url);
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException("JdbiStores.h2 needs H2 on the classpath (com.h2database:h2), an optional dependency", e);
        }
        try {
            migrate(pool.dataSource(), keys);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return new JdbiStores(Jdbi.create(pool.dataSource()), keys, pool::dispose);
    }

    /**
     * Brings the schema of {@code dataSource} to the library's current version with Flyway, from
     * {@link #MIGRATIONS}, recording them in {@link #HISTORY_TABLE}: beside the host's own
     * migrations, in a schema that may hold other tables. Idempotent. Identities an older version
     * kept in clear text are encrypted under {@code keys} (V10), in the migration's transaction.
     *
     * @throws StorageException if the database cannot be reached or a migration fails
     * @throws kg.trustbox.outcome.KeyException if the identities cannot be encrypted
     */
    public static void migrate(DataSource dataSource, KeyProvider keys) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(keys, "keys");
        try {
            Flyway.configure(JdbiStores.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .table(HISTORY_TABLE)
                    .javaMigrations(new EncryptIdentities(keys))
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            if (e.getCause() instanceof KeyException k) {
                throw k;
            }
            throw Db.translate("migrate the schema", e);
        }
    }

    /**
     * A quarter's figures over many schools (a district, the ministry), counted in the database by
     * a few statements for all the schools together; equal to each school's figures added up.
     */
    public Rollups rollups() {
        return rollups;
    }

    /** The ports, to hand to {@code TrustBoxOffice}. */
    public Stores stores() {
        return stores;
    }


    /**
     * Wraps every identity's data key with the current host key ({@link KeyProvider#currentKeyId()}),
     * a batch of 500 per transaction, and then every school's receipt key, while the school
     * keeps working: the second step of a
     * rotation, after the new key was made current and before the old one is retired. Safe to run
     * again after an interruption.
     *
     * @return how many data keys and receipt keys were rewrapped
     * @throws kg.trustbox.outcome.KeyException if a data key's host key is not held
     */
    public long rewrapIdentityKeys() {
        long total = 0;
        int batch;
        do {
            batch = db.call("rewrap identity keys", (h, d) -> identities.rewrapBatch(h));
            total += batch;
        } while (batch > 0);
        return total + receipts.rewrapKeys();
    }

    /**
     * How many identities and schools' receipt keys each host key protects, over all schools: a
     * host key that no longer appears here can be retired.
     */
    public java.util.Map<String, Long> identityKeysInUse() {
        java.util.Map<String, Long> inUse = new java.util.LinkedHashMap<>(db.call("count identity keys", (h, d) -> AppellantIdentityTable.keysInUse(h)));
        receipts.keysInUse().forEach((key, n) -> inUse.merge(key, n, Long::sum));
        return inUse;
    }

    /** Releases the connection pool this instance owns (from {@link #h2(String, KeyProvider)}); otherwise does nothing. */
    @Override
    public void close() {
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                throw Db.translate("close the database", e);
            }
        }
    }
}
