package kg.trustbox.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.Incident;
import kg.trustbox.box.OpenedBox;
import kg.trustbox.box.SealedBox;
import kg.trustbox.commission.PersonId;
import kg.trustbox.school.SchoolId;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * V6 turns the lists V1 kept as comma-separated text into arrays: rows written before it read back
 * through the ports with the same values, in their order, on H2 and on PostgreSQL.
 */
class ListsToArraysMigrationTest {
    private static final SchoolId ONE = SchoolId.of("s1");
    private static final SchoolId TWO = SchoolId.of("s2");

    /** Migrates to V5, writes rows as V5 stored them, migrates the rest of the way. */
    private static void convert(DataSource ds) {
        Flyway.configure(JdbiStores.class.getClassLoader()).dataSource(ds).locations(JdbiStores.MIGRATIONS)
                .table(JdbiStores.HISTORY_TABLE).target("5").load().migrate();
        Jdbi.create(ds).useHandle(h -> {
            h.execute("INSERT INTO trustbox_seal (school_id, seal_number) VALUES ('s1', 'S-1'), ('s1', 'S-2'), ('s2', 'S-9')");
            h.execute("INSERT INTO trustbox_act (school_id, act_year, act_seq, opened_at_ns, box_damaged, seal_intact, seal_number_read,"
                    + " incidents, present) VALUES ('s1', 2026, 1, 10, false, false, 'S-7', 'SEAL_BROKEN,SEAL_MISMATCH', 'p3,p1,p2'),"
                    + " ('s1', 2026, 2, 20, false, true, 'S-1', '', 'p1')");
            h.execute("INSERT INTO trustbox_box (school_id, state, revision, seal_number, sealed_at_ns, opened_at_ns, present, seal_found,"
                    + " box_damaged, seal_intact, seal_number_read, incidents, deviation, appeal_count, act_year, act_seq, installed_at_ns)"
                    + " VALUES ('s1', 'OPENED', 3, NULL, NULL, 20, 'p2,p1,p3', 'S-1', false, true, 'S-1', '', NULL, 0, 2026, 2, 5),"
                    + " ('s2', 'SEALED', 0, 'S-9', 30, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 30)");
            h.execute("INSERT INTO trustbox_journal_entry (school_id, seq, opened_at_ns, sealed_at_ns, present, seal_found, incidents,"
                    + " appeal_count, act_year, act_seq, new_seal, deviation, previous_hash, entry_hash)"
                    + " VALUES ('s1', 1, 10, 11, 'p3,p1,p2', 'S-7', 'SEAL_BROKEN,SEAL_MISMATCH', 0, NULL, NULL, 'S-1', 'late', 'a', 'b')");
            h.execute("INSERT INTO trustbox_protocol (school_id, protocol_no, meeting_date, secretary, present, signatories)"
                    + " VALUES ('s1', 1, DATE '2026-09-08', 'p2', 'p4,p1,p2', 'p1,p2,p4,p5,p3')");
        });
        JdbiStores.migrate(ds, Keys.TEST);
    }

    private static void assertConverted(DataSource ds) {
        var stores = JdbiStores.create(ds, Keys.TEST).stores();
        OpenedBox opened = (OpenedBox) stores.boxes().find(ONE).orElseThrow();
        assertThat(opened.opening().present()).containsExactly(PersonId.of("p2"), PersonId.of("p1"), PersonId.of("p3"));
        assertThat(opened.opening().incidents()).isEmpty();
        assertThat(stores.boxes().find(TWO).orElseThrow()).isInstanceOf(SealedBox.class);
        var act = stores.boxes().act(ONE, new ActNumber(2026, 1)).orElseThrow();
        assertThat(act.incidents()).isEqualTo(Set.of(Incident.SEAL_BROKEN, Incident.SEAL_MISMATCH));
        assertThat(act.present()).containsExactly(PersonId.of("p3"), PersonId.of("p1"), PersonId.of("p2"));
        assertThat(stores.boxes().act(ONE, new ActNumber(2026, 2)).orElseThrow().present()).containsExactly(PersonId.of("p1"));
        var entry = stores.journal().entries(ONE).get(0);
        assertThat(entry.present()).containsExactly(PersonId.of("p3"), PersonId.of("p1"), PersonId.of("p2"));
        assertThat(entry.incidents()).isEqualTo(Set.of(Incident.SEAL_BROKEN, Incident.SEAL_MISMATCH));
        Jdbi.create(ds).useHandle(h -> {
            assertThat(h.createQuery("SELECT present FROM trustbox_protocol").mapTo(String[].class).one())
                    .containsExactly("p4", "p1", "p2");
            assertThat(h.createQuery("SELECT signatories FROM trustbox_protocol").mapTo(String[].class).one())
                    .containsExactly("p1", "p2", "p4", "p5", "p3");
            assertThat(h.createQuery("SELECT COUNT(*) FROM trustbox_box WHERE present IS NULL AND incidents IS NULL")
                    .mapTo(Integer.class).one()).isEqualTo(1);
        });
        // the converted columns take new rows as the library writes them
        assertThat(stores.boxes().replace(((SealedBox) stores.boxes().find(TWO).orElseThrow()).open(
                new kg.trustbox.box.Opening(java.time.Instant.ofEpochSecond(40), List.of(PersonId.of("p9")), kg.trustbox.box.Seal.of("S-9"),
                        kg.trustbox.box.Inspection.inOrder(kg.trustbox.box.Seal.of("S-9")), Set.of(), java.util.Optional.empty(), 0,
                        java.util.Optional.empty())))).isTrue();
        assertThat(((OpenedBox) stores.boxes().find(TWO).orElseThrow()).opening().present()).containsExactly(PersonId.of("p9"));
    }

    @Test
    @DisplayName("V6 converts the comma-separated lists of existing rows to arrays on H2")
    void on_h2() {
        JdbcConnectionPool pool = JdbcConnectionPool.create(H2.url(), "", "");
        try {
            convert(pool);
            assertConverted(pool);
        } finally {
            pool.dispose();
        }
    }

    @Test
    @DisplayName("V6 converts the comma-separated lists of existing rows to arrays on PostgreSQL")
    void on_postgresql() throws SQLException {
        Postgres.inFreshSchema("tb_v6_", ds -> {
            convert(ds);
            assertConverted(ds);
        });
    }
}
