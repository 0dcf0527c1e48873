package kg.trustbox.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kg.trustbox.access.AccessRecord;
import kg.trustbox.box.JournalEntry;
import kg.trustbox.chain.Chain;
import kg.trustbox.chain.Chain.Verification;
import kg.trustbox.school.SchoolId;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Tamper evidence: a row of the journal, the access log or their heads edited,
 * deleted or inserted with SQL behind the library's back is found by {@code verify}. Another
 * school's chains stay intact.
 */
abstract class TamperingContract {
    private static final SchoolId A = SchoolId.of("school-a");
    private static final SchoolId B = SchoolId.of("school-b");

    private JdbiStores db;
    private Jdbi sql;

    /** Fresh, migrated, empty stores. */
    abstract JdbiStores open();

    /** Plain access to the same database. */
    abstract Jdbi sql();

    @BeforeEach
    void threeWeeksInTwoSchools() {
        db = open();
        sql = sql();
        for (SchoolId id : List.of(A, B)) {
            Scenario s = new Scenario(db.stores(), id.value()).ready();
            s.week(Scenario.papers(2)).week(List.of()).week(Scenario.papers(1));
            for (int i = 0; i < 3; i++) {
                s.read(s.appeals.get(i));
            }
        }
        assertThat(journal(A)).isEqualTo(new Verification.Intact(3));
        assertThat(access(A)).isEqualTo(new Verification.Intact(3));
    }

    private Verification journal(SchoolId school) {
        return db.stores().journal().verify(school);
    }

    private Verification access(SchoolId school) {
        return db.stores().accessLog().verify(school);
    }

    private int sql(String statement, Object... args) {
        return sql.withHandle(h -> {
            var update = h.createUpdate(statement);
            for (int i = 0; i < args.length; i++) {
                update.bind(i, args[i]);
            }
            return update.execute();
        });
    }

    private void assertBrokenAt(Verification v, long sequence) {
        assertThat(v).isInstanceOf(Verification.Broken.class);
        assertThat(((Verification.Broken) v).sequence()).isEqualTo(sequence);
        assertThat(journal(B).isIntact()).isTrue();
        assertThat(access(B).isIntact()).isTrue();
    }

    // ---------------------------------------------------------------- the opening journal

    @Test
    @DisplayName("R-6.2 a journal entry edited with SQL is found")
    void journal_update() {
        assertThat(sql("UPDATE trustbox_journal_entry SET appeal_count = 9 WHERE school_id = ? AND seq = 2", A.value())).isEqualTo(1);
        assertBrokenAt(journal(A), 2);
    }

    @Test
    @DisplayName("R-6.2 a journal entry edited with SQL and re-hashed is found at the next entry")
    void journal_update_rehashed() {
        JournalEntry second = db.stores().journal().entries(A).get(1);
        JournalEntry forged = new JournalEntry(A, 2, second.openedAt(), second.sealedAt(), second.present(), second.sealFound(),
                second.incidents(), 9, second.act(), second.newSeal(), second.deviation(), second.previousHash(), "");
        String hash = Chain.link(forged.canonical(), forged.previousHash());
        sql("UPDATE trustbox_journal_entry SET appeal_count = 9, entry_hash = ? WHERE school_id = ? AND seq = 2", hash, A.value());
        assertBrokenAt(journal(A), 3);
    }

    @Test
    @DisplayName("R-6.2 a journal entry deleted with SQL is found")
    void journal_delete() {
        assertThat(sql("DELETE FROM trustbox_journal_entry WHERE school_id = ? AND seq = 2", A.value())).isEqualTo(1);
        assertBrokenAt(journal(A), 2);
    }

    @Test
    @DisplayName("R-6.2 the last journal entry deleted with SQL is found against the head")
    void journal_delete_last() {
        sql("DELETE FROM trustbox_journal_entry WHERE school_id = ? AND seq = 3", A.value());
        assertBrokenAt(journal(A), 3);
    }

    @Test
    @DisplayName("R-6.2 a journal entry inserted with SQL, even one correctly linked, is found against the head")
    void journal_insert() {
        JournalEntry third = db.stores().journal().entries(A).get(2);
        JournalEntry forged = JournalEntry.next(third.head(), A, new kg.trustbox.box.Opening(third.openedAt(), third.present(),
                third.newSeal(), new kg.trustbox.box.Inspection(false, true, third.newSeal().number()), java.util.Set.of(),
                java.util.Optional.empty(), 0, java.util.Optional.empty()), kg.trustbox.box.Seal.of("S-99"), third.sealedAt());
        sql("INSERT INTO trustbox_journal_entry (school_id, seq, opened_at_ns, sealed_at_ns, present, seal_found, incidents,"
                + " appeal_count, new_seal, previous_hash, entry_hash) SELECT school_id, 4, opened_at_ns, sealed_at_ns, present,"
                + " new_seal, CAST(ARRAY[] AS VARCHAR(20) ARRAY), 0, 'S-99', entry_hash, ? FROM trustbox_journal_entry"
                + " WHERE school_id = ? AND seq = 3",
                forged.hash(), A.value());
        assertThat(db.stores().journal().entries(A)).hasSize(4);
        assertBrokenAt(journal(A), 4);
    }

    @Test
    @DisplayName("R-6.2 a journal head moved with SQL is found")
    void journal_head_update() {
        sql("UPDATE trustbox_chain_head SET seq = 2 WHERE school_id = ? AND chain = 'JOURNAL'", A.value());
        assertThat(journal(A).isIntact()).isFalse();
    }

    @Test
    @DisplayName("R-6.2 a journal head deleted with SQL is found")
    void journal_head_delete() {
        sql("DELETE FROM trustbox_chain_head WHERE school_id = ? AND chain = 'JOURNAL'", A.value());
        assertBrokenAt(journal(A), 1);
    }

    // ---------------------------------------------------------------- the access log

    @Test
    @DisplayName("R-6.1 an access record edited with SQL is found")
    void access_update() {
        assertThat(sql("UPDATE trustbox_access_record SET official = 'p5' WHERE school_id = ? AND seq = 2", A.value())).isEqualTo(1);
        assertBrokenAt(access(A), 2);
    }

    @Test
    @DisplayName("R-6.1 a refused read turned into an allowed one with SQL is found")
    void access_update_allowed() {
        sql("UPDATE trustbox_access_record SET allowed = NOT allowed WHERE school_id = ? AND seq = 1", A.value());
        assertBrokenAt(access(A), 1);
    }

    @Test
    @DisplayName("R-6.1 an access record deleted with SQL is found")
    void access_delete() {
        sql("DELETE FROM trustbox_access_record WHERE school_id = ? AND seq = 2", A.value());
        assertBrokenAt(access(A), 2);
    }

    @Test
    @DisplayName("R-6.1 the last access record deleted with SQL is found against the head")
    void access_delete_last() {
        sql("DELETE FROM trustbox_access_record WHERE school_id = ? AND seq = 3", A.value());
        assertBrokenAt(access(A), 3);
    }

    @Test
    @DisplayName("R-6.1 an access record inserted with SQL, even one correctly linked, is found against the head")
    void access_insert() {
        AccessRecord third = db.stores().accessLog().records(A).get(2);
        AccessRecord forged = AccessRecord.next(third.head(), A, third.at(), third.official(), third.appeal(), third.subject(),
                third.purpose(), true);
        sql("INSERT INTO trustbox_access_record (school_id, seq, at_ns, official, appeal_id, subject, purpose, allowed,"
                + " previous_hash, record_hash) SELECT school_id, 4, at_ns, official, appeal_id, subject, purpose, allowed,"
                + " record_hash, ? FROM trustbox_access_record WHERE school_id = ? AND seq = 3", forged.hash(), A.value());
        assertThat(db.stores().accessLog().records(A)).hasSize(4);
        assertBrokenAt(access(A), 4);
    }

    @Test
    @DisplayName("R-6.1 an access-log head moved with SQL is found")
    void access_head_update() {
        sql("UPDATE trustbox_chain_head SET head_hash = ? WHERE school_id = ? AND chain = 'ACCESS'", Chain.GENESIS, A.value());
        assertThat(access(A).isIntact()).isFalse();
        assertThat(journal(A).isIntact()).isTrue();
    }
}
