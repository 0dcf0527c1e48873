package kg.trustbox.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kg.trustbox.box.Seal;
import kg.trustbox.school.SchoolId;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The schema lives beside the host's own tables and migrations, and its scripts run without Flyway too. */
class MigrationTest {

    private static JdbcDataSource dataSource(String url) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    private static void shutdown(JdbcDataSource ds) throws java.sql.SQLException {
        try (java.sql.Connection c = ds.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    @Test
    @DisplayName("migrating a schema that holds the host's tables keeps them, records itself in its own history table, and is idempotent")
    void beside_the_host() throws Exception {
        String url = H2.url();
        JdbcDataSource ds = dataSource(url);
        Jdbi jdbi = Jdbi.create(ds);
        try {
            jdbi.useHandle(h -> {
                h.execute("CREATE TABLE pupil (id INT PRIMARY KEY, name VARCHAR(100))");
                h.execute("CREATE TABLE flyway_schema_history (installed_rank INT PRIMARY KEY)");
                h.execute("INSERT INTO pupil VALUES (1, 'host data')");
            });
            JdbiStores.migrate(ds, Keys.TEST);
            JdbiStores.migrate(ds, Keys.TEST);
            jdbi.useHandle(h -> {
                assertThat(h.createQuery("SELECT name FROM pupil").mapTo(String.class).one()).isEqualTo("host data");
                assertThat(h.createQuery("SELECT COUNT(*) FROM flyway_schema_history").mapTo(Integer.class).one()).isZero();
                List<String> versions = h.createQuery("SELECT \"version\" FROM \"trustbox_schema_history\" WHERE \"success\""
                        + " ORDER BY \"installed_rank\"").mapTo(String.class).list();
                assertThat(versions).contains("1");
            });
            assertThat(JdbiStores.create(ds, Keys.TEST).stores().boxes().useSeal(SchoolId.of("s1"), Seal.of("A-1"))).isTrue();
        } finally {
            shutdown(ds);
        }
    }

    @Test
    @DisplayName("the migration is plain SQL an integrator can run himself (here with H2's RUNSCRIPT)")
    void plain_script() throws Exception {
        String url = H2.url();
        JdbcDataSource ds = dataSource(url);
        Jdbi jdbi = Jdbi.create(ds);
        try {
            jdbi.useHandle(h -> h.execute("RUNSCRIPT FROM 'classpath:kg/trustbox/jdbc/migration/V1__trust_box.sql'"));
            jdbi.useHandle(h -> h.execute("RUNSCRIPT FROM 'classpath:kg/trustbox/jdbc/migration/V2__appeal_act_line_fk.sql'"));
            jdbi.useHandle(h -> h.execute("RUNSCRIPT FROM 'classpath:kg/trustbox/jdbc/migration/V3__member_position_ru.sql'"));
            jdbi.useHandle(h -> h.execute("RUNSCRIPT FROM 'classpath:kg/trustbox/jdbc/migration/V4__appeal_withdrawn_index.sql'"));
            jdbi.useHandle(h -> h.execute("RUNSCRIPT FROM 'classpath:kg/trustbox/jdbc/migration/V5__box_installed_at.sql'"));
            jdbi.useHandle(h -> h.execute("RUNSCRIPT FROM 'classpath:kg/trustbox/jdbc/migration/V6__lists_as_arrays.sql'"));
            jdbi.useHandle(h -> h.execute("RUNSCRIPT FROM 'classpath:kg/trustbox/jdbc/migration/V7__declarations.sql'"));
            jdbi.useHandle(h -> h.execute("RUNSCRIPT FROM 'classpath:kg/trustbox/jdbc/migration/V8__access_record_appeals.sql'"));
            jdbi.useHandle(h -> h.execute("RUNSCRIPT FROM 'classpath:kg/trustbox/jdbc/migration/V9__identity_encrypted.sql'"));
            // V10 encrypts identities kept in clear text before: an empty database has none
            jdbi.useHandle(h -> h.execute("RUNSCRIPT FROM 'classpath:kg/trustbox/jdbc/migration/V11__identity_clear_text_dropped.sql'"));
            jdbi.useHandle(h -> h.execute("RUNSCRIPT FROM 'classpath:kg/trustbox/jdbc/migration/V12__declaration_dismissal.sql'"));
            jdbi.useHandle(h -> h.execute("RUNSCRIPT FROM 'classpath:kg/trustbox/jdbc/migration/V13__ledger.sql'"));
            JdbiStores db = JdbiStores.create(jdbi, Keys.TEST);
            assertThat(db.stores().boxes().useSeal(SchoolId.of("s1"), Seal.of("A-1"))).isTrue();
            assertThat(db.stores().boxes().useSeal(SchoolId.of("s1"), Seal.of("A-1"))).isFalse();
            assertThat(db.stores().appeals().nextRegistrationNumber(SchoolId.of("s1"), 2026).sequence()).isEqualTo(1);
            assertThat(db.stores().declarations().list(SchoolId.of("s1"))).isEmpty();
        } finally {
            shutdown(ds);
        }
    }
}
