package kg.trustbox.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.Seal;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.outcome.StorageException;
import kg.trustbox.rule.Rule;
import kg.trustbox.school.SchoolId;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.spring.SpringConnectionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A trustbox step inside the host application's transaction ({@link JdbiStores.HostTransactions#JOIN}):
 * with Spring's transaction manager (through Jdbi's Spring integration and through a
 * transaction-aware data source), under JTA (Atomikos) and with a plain JDBC connection, the
 * host's own write and the step commit together and roll back together; a refused step leaves the host's work; an isolation
 * level too weak for the library's locks is refused, not changed. Run on every database.
 */
abstract class HostTransactionContract {
    private static final SchoolId SCHOOL = SchoolId.of("host-school");

    /** A migrated, empty database, with the host's table {@code host_note}. */
    abstract DataSource dataSource();

    /** The same database as an XA data source, for a JTA transaction manager. */
    abstract javax.sql.XADataSource xaDataSource();

    private DataSource ds;
    private JdbcTemplate host;
    private TransactionTemplate tx;

    @BeforeEach
    void hostApplication() {
        ds = dataSource();
        host = new JdbcTemplate(ds);
        host.execute("CREATE TABLE IF NOT EXISTS host_note (id INT PRIMARY KEY, note VARCHAR(100))");
        host.execute("DELETE FROM host_note");
        tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
    }

    /** The stores as a Spring application wires them: a Jdbi from Jdbi's Spring integration, joining. */
    private Scenario springSchool() {
        return new Scenario(JdbiStores.create(Jdbi.create(new SpringConnectionFactory(ds)), Keys.TEST,
                JdbiStores.HostTransactions.JOIN).stores(), SCHOOL.value()).ready();
    }

    private int notes() {
        return host.queryForObject("SELECT COUNT(*) FROM host_note", Integer.class);
    }

    private int appeals() {
        return host.queryForObject("SELECT COUNT(*) FROM trustbox_appeal WHERE school_id = ?", Integer.class, SCHOOL.value());
    }

    @Test
    @DisplayName("R-4.3 Spring: the host's write and an opening commit together")
    void springCommitsTogether() {
        Scenario school = springSchool();
        tx.executeWithoutResult(status -> {
            host.update("INSERT INTO host_note (id, note) VALUES (1, 'opened')");
            school.office.open(school.opening(Scenario.papers(3))).orElseThrow();
        });
        assertThat(notes()).isOne();
        assertThat(appeals()).isEqualTo(3);
    }

    @Test
    @DisplayName("R-4.3 Spring: when the host rolls back, the opening is gone too, and its act number is given again")
    void springRollsBackTogether() {
        Scenario school = springSchool();
        tx.executeWithoutResult(status -> {
            host.update("INSERT INTO host_note (id, note) VALUES (1, 'opened')");
            school.office.open(school.opening(Scenario.papers(3))).orElseThrow();
            status.setRollbackOnly();
        });
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            host.update("INSERT INTO host_note (id, note) VALUES (2, 'opened')");
            school.office.open(school.opening(Scenario.papers(2))).orElseThrow();
            throw new IllegalStateException("the host fails after the step");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(notes()).isZero();
        assertThat(appeals()).isZero();
        assertThat(school.office.open(school.opening(Scenario.papers(1))).orElseThrow().act()
                .map(kg.trustbox.box.WithdrawalAct::number)).as("gapless: the act number again").contains(new ActNumber(2026, 1));
    }

    @Test
    @DisplayName("R-4.5 Spring: a refused step inside the host's transaction writes nothing, and the host's own write commits")
    void refusedStepLeavesTheHostsWork() {
        JdbiStores db = JdbiStores.create(new TransactionAwareDataSourceProxy(ds), Keys.TEST, JdbiStores.HostTransactions.JOIN);
        Outcome<Object> refused = tx.execute(status -> {
            host.update("INSERT INTO host_note (id, note) VALUES (1, 'kept')");
            return db.stores().transactions().inTransaction(() -> {
                assertThat(db.stores().boxes().useSeal(SCHOOL, Seal.of("H-1"))).isTrue();
                return Outcome.rejected(Rule.R_4_5, "seal.reused", "H-1");
            });
        });
        assertThat(refused.isAccepted()).isFalse();
        assertThat(notes()).isOne();
        assertThat(db.stores().boxes().useSeal(SCHOOL, Seal.of("H-1"))).as("the refused step's seal was never recorded").isTrue();
    }

    @Test
    @DisplayName("R-4.3 plain JDBC: a step on the host's own connection commits and rolls back with it")
    void plainConnection() throws SQLException {
        Scenario school = springSchool();
        for (boolean commit : List.of(false, true)) {
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                JdbiStores joined = JdbiStores.create(new SingleConnectionDataSource(c, true), Keys.TEST, JdbiStores.HostTransactions.JOIN);
                try (var insert = c.prepareStatement("INSERT INTO host_note (id, note) VALUES (?, 'plain')")) {
                    insert.setInt(1, commit ? 1 : 2);
                    insert.executeUpdate();
                }
                new Scenario(joined.stores(), SCHOOL.value()).office.open(school.opening(Scenario.papers(2))).orElseThrow();
                assertThat(c.getAutoCommit()).as("the library left the host's transaction open").isFalse();
                if (commit) {
                    c.commit();
                } else {
                    c.rollback();
                }
                c.setAutoCommit(true);
            }
            assertThat(notes()).isEqualTo(commit ? 1 : 0);
            assertThat(appeals()).isEqualTo(commit ? 2 : 0);
        }
    }

    @Test
    @DisplayName("R-4.3 a host transaction that reads uncommitted rows is refused clearly, its isolation unchanged, nothing written")
    void weakIsolationRefused() throws SQLException {
        Scenario school = springSchool();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
            JdbiStores joined = JdbiStores.create(new SingleConnectionDataSource(c, true), Keys.TEST, JdbiStores.HostTransactions.JOIN);
            Scenario same = new Scenario(joined.stores(), SCHOOL.value());
            assertThatThrownBy(() -> same.office.open(school.opening(Scenario.papers(1))))
                    .isInstanceOfSatisfying(StorageException.class, e -> {
                        assertThat(e.key()).isEqualTo("storage.isolation");
                        assertThat(e.getMessage()).contains("READ COMMITTED");
                    });
            assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_UNCOMMITTED);
            c.rollback();
            c.setAutoCommit(true);
        }
        assertThat(appeals()).isZero();
    }

    @Test
    @DisplayName("R-4.5 of two host transactions opening one box at once, one opening succeeds; the other is refused, never both")
    void oneOpeningAmongTwoHostTransactions() throws Exception {
        Scenario school = springSchool();
        java.util.concurrent.CountDownLatch stepped = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = threads.submit(() -> tx.execute(status -> {
                boolean opened = school.office.open(school.opening(Scenario.papers(1))).isAccepted();
                stepped.countDown();
                try {
                    Thread.sleep(200); // the host holds its transaction, and the box's lock, a little longer
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return opened;
            }));
            var second = threads.submit(() -> {
                stepped.await();
                return tx.execute(status -> {
                    try {
                        return school.office.open(school.opening(Scenario.papers(1))).isAccepted();
                    } catch (StorageException e) {
                        assertThat(e.key()).isEqualTo("storage.conflict");
                        return false;
                    }
                });
            });
            assertThat(first.get()).isTrue();
            assertThat(second.get()).isFalse();
        } finally {
            threads.shutdownNow();
        }
        assertThat(host.queryForObject("SELECT COUNT(*) FROM trustbox_act WHERE school_id = ?", Integer.class, SCHOOL.value())).isOne();
        assertThat(appeals()).isOne();
    }

    @Test
    @DisplayName("R-4.3 JTA: under a container's transaction manager (Atomikos), the host's write and an opening commit and roll back together")
    void jta() throws Exception {
        Scenario school = springSchool();
        java.nio.file.Path logs = java.nio.file.Files.createTempDirectory("trustbox-jta");
        System.setProperty("com.atomikos.icatch.log_base_dir", logs.toString());
        System.setProperty("com.atomikos.icatch.enable_logging", "false");
        com.atomikos.icatch.jta.UserTransactionManager jta = new com.atomikos.icatch.jta.UserTransactionManager();
        jta.init();
        com.atomikos.jdbc.AtomikosDataSourceBean xa = new com.atomikos.jdbc.AtomikosDataSourceBean();
        xa.setUniqueResourceName("trustbox-" + java.util.UUID.randomUUID());
        xa.setXaDataSource(xaDataSource());
        xa.setMaxPoolSize(2);
        try {
            xa.init();
            JdbiStores joined = JdbiStores.create(xa, Keys.TEST, JdbiStores.HostTransactions.JOIN);
            Scenario same = new Scenario(joined.stores(), SCHOOL.value());
            for (boolean commit : List.of(false, true)) {
                jta.begin();
                try (Connection c = xa.getConnection(); var insert = c.prepareStatement("INSERT INTO host_note (id, note) VALUES (?, 'jta')")) {
                    insert.setInt(1, commit ? 1 : 2);
                    insert.executeUpdate();
                }
                try {
                    same.office.open(school.opening(Scenario.papers(2))).orElseThrow();
                } catch (RuntimeException e) {
                    jta.rollback();
                    throw e;
                }
                if (commit) {
                    jta.commit();
                } else {
                    jta.rollback();
                }
                assertThat(notes()).isEqualTo(commit ? 1 : 0);
                assertThat(appeals()).isEqualTo(commit ? 2 : 0);
            }
        } finally {
            xa.close();
            jta.close();
        }
    }

    @Test
    @DisplayName("R-4.3 with no host transaction open, a joining store runs each step in a transaction of its own")
    void noHostTransaction() {
        Scenario school = springSchool();
        school.office.open(school.opening(Scenario.papers(2))).orElseThrow();
        assertThat(appeals()).isEqualTo(2);
    }
}
