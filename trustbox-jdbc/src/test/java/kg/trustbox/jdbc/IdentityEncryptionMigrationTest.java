package kg.trustbox.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.WithdrawalAct;
import kg.trustbox.keys.HostKeys;
import kg.trustbox.outcome.KeyException;
import kg.trustbox.school.SchoolId;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * V10 encrypts the identities that earlier versions kept in clear text, with the host's keys,
 * and V11 drops the clear-text columns: the rows read back as they were, and the raw tables hold
 * no name any more, on H2 and on PostgreSQL.
 */
class IdentityEncryptionMigrationTest {
    private static final SchoolId SCHOOL = SchoolId.of("s1");
    private static final String NAME = "Осмонова Жылдыз Каныбековна";
    private static final String ADDRESS = "Нарын ш., Ленин көч., 12";
    private static final String EMAIL = "jyldyz.o@example.kg";

    /** Migrates to V8, writes an act of two lines and one identity as V8 stored it. */
    private static void before(DataSource ds) {
        Flyway.configure(JdbiStores.class.getClassLoader()).dataSource(ds).locations(JdbiStores.MIGRATIONS)
                .table(JdbiStores.HISTORY_TABLE).target("8").load().migrate();
        Jdbi.create(ds).useHandle(h -> {
            h.execute("INSERT INTO trustbox_act (school_id, act_year, act_seq, opened_at_ns, box_damaged, seal_intact, seal_number_read,"
                    + " incidents, present) VALUES ('s1', 2026, 1, 10, false, true, 'S-1', ARRAY['SEAL_BROKEN'], ARRAY['p1'])");
            h.execute("INSERT INTO trustbox_act_line (school_id, act_year, act_seq, line_no, appellant_kind, note)"
                    + " VALUES ('s1', 2026, 1, 1, 'SIGNED', ''), ('s1', 2026, 1, 2, 'ANONYMOUS', '')");
            h.createUpdate("INSERT INTO trustbox_appellant_identity (school_id, act_year, act_seq, line_no, full_name, return_address,"
                    + " phone, email) VALUES ('s1', 2026, 1, 1, :name, :address, NULL, :email)")
                    .bind("name", NAME).bind("address", ADDRESS).bind("email", EMAIL).execute();
        });
    }

    private static void assertEncrypted(DataSource ds) {
        HostKeys keys = HostKeys.generate();
        JdbiStores.migrate(ds, keys);
        WithdrawalAct act = JdbiStores.create(ds, keys).stores().boxes().act(SCHOOL, new ActNumber(2026, 1)).orElseThrow();
        assertThat(act.lines().get(0).from()).isEqualTo(new Appellant.Signed(NAME,
                new Appellant.Contacts(Optional.of(ADDRESS), Optional.empty(), Optional.of(EMAIL))));
        assertThat(act.lines().get(1).from()).isEqualTo(Appellant.anonymous());
        Map<String, List<String>> tables = Jdbi.create(ds).withHandle(Tables::dump);
        assertThat(String.join("\n", tables.values().stream().flatMap(List::stream).toList())).doesNotContain(NAME, ADDRESS, EMAIL);
        assertThat(tables.get("trustbox_appellant_identity")).singleElement().asString()
                .contains("key_id=" + keys.currentKeyId() + ";").doesNotContain("full_name");
        assertThatThrownBy(() -> JdbiStores.create(ds, HostKeys.generate()).stores().boxes().act(SCHOOL, new ActNumber(2026, 1)))
                .isInstanceOf(KeyException.class);
    }

    @Test
    @DisplayName("R-6.1 V10 encrypts the identities kept in clear text before, on H2")
    void on_h2() {
        JdbcConnectionPool pool = JdbcConnectionPool.create(H2.url(), "", "");
        try {
            before(pool);
            assertEncrypted(pool);
        } finally {
            pool.dispose();
        }
    }

    @Test
    @DisplayName("R-6.1 V10 encrypts the identities kept in clear text before, on PostgreSQL")
    void on_postgresql() throws SQLException {
        Postgres.inFreshSchema("tb_v10_", ds -> {
            before(ds);
            assertEncrypted(ds);
        });
    }
}
