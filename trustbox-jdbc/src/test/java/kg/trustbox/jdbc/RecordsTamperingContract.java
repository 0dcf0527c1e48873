package kg.trustbox.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kg.trustbox.Regulation;
import kg.trustbox.chain.Chain;
import kg.trustbox.ledger.Discrepancy;
import kg.trustbox.ledger.LedgerEntry.Kind;
import kg.trustbox.ledger.RecordsVerification;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.testing.Harness;
import kg.trustbox.testing.RecordedTerm;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * against someone with SQL access: a catalogue of tamperings with a school's records (each
 * column that carries meaning updated, rows deleted and inserted, chains cut and wiped), each applied
 * to a fresh term of records of two schools. Every one is found by {@code verifyRecords} against the
 * anchor taken before, at the kind of record it touched, and the other school stays intact.
 */
abstract class RecordsTamperingContract {
    private static final String A = "'school-a'";

    /** A tampering: what it does, the kind of record where it must be found, and its statements. */
    record Tampering(String name, Kind kind, List<String> sql) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Tampering t(String name, Kind kind, String... sql) {
        return new Tampering(name, kind, List.of(sql));
    }

    private static String appeal(String set, String id) {
        return "UPDATE trustbox_appeal SET " + set + " WHERE school_id = " + A + " AND appeal_id = '" + id + "'";
    }

    private static String act(String table, String set, String where) {
        return "UPDATE " + table + " SET " + set + " WHERE school_id = " + A + " AND act_year = 2026 AND act_seq = 1" + where;
    }

    static Stream<Tampering> catalogue() {
        List<Tampering> all = new ArrayList<>(List.of(
                t("a corruption report turned into a complaint", Kind.APPEAL, appeal("category = 'COMPLAINT'", "2026-1-1")),
                t("a summary rewritten", Kind.APPEAL, appeal("summary = 'Башка'", "2026-1-2")),
                t("the registrar changed", Kind.APPEAL, appeal("registrar = 'p5'", "2026-1-1")),
                t("a registration number moved", Kind.APPEAL, appeal("registration_seq = 9", "2026-1-3")),
                t("the time of withdrawal moved", Kind.APPEAL, appeal("withdrawn_at_ns = withdrawn_at_ns + 1", "2026-1-2")),
                t("the time of registration moved", Kind.APPEAL, appeal("registered_at_ns = registered_at_ns + 1", "2026-1-3")),
                t("a signed appeal made anonymous", Kind.APPEAL, appeal("appellant_kind = 'ANONYMOUS'", "2026-1-2")),
                t("a verdict changed", Kind.APPEAL, appeal("verdict = 'NOT_JUSTIFIED'", "2026-1-1")),
                t("the measures rewritten", Kind.APPEAL, appeal("measures = 'Эч нерсе'", "2026-1-1")),
                t("the time of decision moved", Kind.APPEAL, appeal("decided_at_ns = decided_at_ns + 1", "2026-1-1")),
                t("the executor changed", Kind.APPEAL, appeal("assignee = 'p9'", "2026-1-2")),
                t("an extension's due date moved", Kind.APPEAL, appeal("extension_due = DATE '2026-12-31'", "2026-1-1")),
                t("an extension's reason rewritten", Kind.APPEAL, appeal("extension_reason = 'Башка'", "2026-1-1")),
                t("the appeal's language changed", Kind.APPEAL, appeal("appeal_language = 'RUSSIAN'", "2026-1-1")),
                t("a tag deleted", Kind.APPEAL, "DELETE FROM trustbox_appeal_tag WHERE school_id = " + A),
                t("a tag rewritten", Kind.APPEAL, "UPDATE trustbox_appeal_tag SET tag = 'forged' WHERE school_id = " + A),
                t("a tag inserted", Kind.APPEAL, "INSERT INTO trustbox_appeal_tag (school_id, appeal_id, ord, tag)"
                        + " VALUES (" + A + ", '2026-1-1', 0, 'forged')"),
                t("a forwarding's body rewritten", Kind.APPEAL, "UPDATE trustbox_appeal_forwarding SET body = 'forged' WHERE school_id = " + A),
                t("a forwarding's letter number rewritten", Kind.APPEAL,
                        "UPDATE trustbox_appeal_forwarding SET letter_number = '0/0' WHERE school_id = " + A),
                t("a forwarding deleted", Kind.APPEAL, "DELETE FROM trustbox_appeal_forwarding WHERE school_id = " + A),
                t("an appeal deleted", Kind.APPEAL, "DELETE FROM trustbox_appeal WHERE school_id = " + A + " AND appeal_id = '2026-1-3'"),
                t("an appeal deleted with its act line", Kind.ACT,
                        "DELETE FROM trustbox_appeal WHERE school_id = " + A + " AND appeal_id = '2026-1-3'",
                        "DELETE FROM trustbox_act_line WHERE school_id = " + A + " AND act_year = 2026 AND act_seq = 1 AND line_no = 3"),
                t("an act's seal number rewritten", Kind.ACT, act("trustbox_act", "seal_number_read = 'FORGED'", "")),
                t("an act's box damage hidden", Kind.ACT, act("trustbox_act", "box_damaged = NOT box_damaged", "")),
                t("an act's seal made broken", Kind.ACT, act("trustbox_act", "seal_intact = NOT seal_intact", "")),
                t("an act's time of opening moved", Kind.ACT, act("trustbox_act", "opened_at_ns = opened_at_ns + 60000000000", "")),
                t("who was present at an act changed", Kind.ACT, act("trustbox_act", "present = ARRAY['p1', 'p2']", "")),
                t("an act's incidents changed", Kind.ACT, act("trustbox_act", "incidents = ARRAY['SEAL_BROKEN']", "")),
                t("an act line's note rewritten", Kind.ACT, act("trustbox_act_line", "note = 'forged'", " AND line_no = 2")),
                t("an act line made anonymous", Kind.ACT, act("trustbox_act_line", "appellant_kind = 'ANONYMOUS'", " AND line_no = 1")),
                t("a journal entry's count changed", Kind.JOURNAL,
                        "UPDATE trustbox_journal_entry SET appeal_count = 9 WHERE school_id = " + A + " AND seq = 1"),
                t("a journal entry's new seal rewritten", Kind.JOURNAL,
                        "UPDATE trustbox_journal_entry SET new_seal = 'FORGED' WHERE school_id = " + A + " AND seq = 2"),
                t("the journal's tail deleted and its head moved back", Kind.JOURNAL,
                        "DELETE FROM trustbox_journal_entry WHERE school_id = " + A + " AND seq = 2",
                        "UPDATE trustbox_chain_head SET seq = 1, head_hash = (SELECT entry_hash FROM trustbox_journal_entry WHERE school_id = "
                                + A + " AND seq = 1) WHERE school_id = " + A + " AND chain = 'JOURNAL'"),
                t("an access record's purpose changed", Kind.ACCESS,
                        "UPDATE trustbox_access_record SET purpose = 'STATISTICS' WHERE school_id = " + A + " AND seq = 1"),
                t("the access log and its head wiped", Kind.ACCESS,
                        "DELETE FROM trustbox_access_record WHERE school_id = " + A,
                        "DELETE FROM trustbox_chain_head WHERE school_id = " + A + " AND chain = 'ACCESS'"),
                t("a member's name rewritten", Kind.COMMISSION,
                        "UPDATE trustbox_commission_member SET full_name = 'Forged' WHERE school_id = " + A + " AND ord = 1"),
                t("a member's position rewritten", Kind.COMMISSION,
                        "UPDATE trustbox_commission_member SET member_position = 'forged' WHERE school_id = " + A + " AND ord = 1"),
                t("the parent representative changed", Kind.COMMISSION,
                        "UPDATE trustbox_commission_member SET parent_representative = NOT parent_representative WHERE school_id = " + A),
                t("chair and secretary swapped", Kind.COMMISSION,
                        "UPDATE trustbox_commission SET chair = secretary, secretary = chair WHERE school_id = " + A),
                t("the responsible person changed", Kind.COMMISSION,
                        "UPDATE trustbox_commission SET responsible_person = 'p5' WHERE school_id = " + A),
                t("a vote deleted", Kind.COMMISSION,
                        "DELETE FROM trustbox_commission_vote WHERE school_id = " + A + " AND ord = 1 AND post = 'CHAIR'"),
                t("a vote changed", Kind.COMMISSION,
                        "UPDATE trustbox_commission_vote SET candidate = voter WHERE school_id = " + A + " AND ord = 2"),
                t("a meeting's date moved", Kind.PROTOCOL,
                        "UPDATE trustbox_protocol SET meeting_date = DATE '2026-09-03' WHERE school_id = " + A),
                t("a signature deleted", Kind.PROTOCOL, "DELETE FROM trustbox_protocol_signature WHERE school_id = " + A + " AND ord = 1"),
                t("a signature forged", Kind.PROTOCOL, "INSERT INTO trustbox_protocol_signature (school_id, protocol_no, person_id, ord,"
                        + " signed_on) SELECT school_id, MAX(protocol_no), 'p4', 9, DATE '2026-09-05' FROM trustbox_protocol WHERE school_id = "
                        + A + " GROUP BY school_id"),
                t("a signature's date moved", Kind.PROTOCOL,
                        "UPDATE trustbox_protocol_signature SET signed_on = DATE '2026-12-01' WHERE school_id = " + A),
                t("a decision rewritten", Kind.PROTOCOL,
                        "UPDATE trustbox_protocol_decision SET decision_text = 'forged' WHERE school_id = " + A),
                t("an agenda item rewritten", Kind.PROTOCOL,
                        "UPDATE trustbox_protocol_agenda SET item_text = 'forged' WHERE school_id = " + A + " AND item_text IS NOT NULL"),
                t("a report's problems rewritten", Kind.REPORT,
                        "UPDATE trustbox_report SET recurring_problems = 'forged' WHERE school_id = " + A),
                t("a report's author changed", Kind.REPORT, "UPDATE trustbox_report SET prepared_by = 'p5' WHERE school_id = " + A),
                t("a report's figures changed", Kind.REPORT,
                        "UPDATE trustbox_report_figure SET figure_value = figure_value + 1 WHERE school_id = " + A),
                t("a report's figures deleted", Kind.REPORT, "DELETE FROM trustbox_report_figure WHERE school_id = " + A),
                t("a director declared behind the office's back", Kind.DECLARATION, "INSERT INTO trustbox_declaration (school_id, person_id,"
                        + " role, order_number, order_date, kind) VALUES (" + A + ", 'x9', 'DIRECTOR', '1-к', DATE '2026-08-01', 'APPOINTMENT')"),
                t("a declaration deleted", Kind.DECLARATION, "DELETE FROM trustbox_declaration WHERE school_id = " + A),
                t("a published outcome rewritten", Kind.RECEIPT, "UPDATE trustbox_published_outcome SET outcome = 'forged' WHERE school_id = " + A),
                t("a receipt detached", Kind.RECEIPT, "DELETE FROM trustbox_receipt WHERE school_id = " + A),
                t("a receipt batch's digest deleted", Kind.RECEIPT, "DELETE FROM trustbox_receipt_issued WHERE school_id = " + A
                        + " AND digest NOT IN (SELECT digest FROM trustbox_receipt)"),
                t("the box's seal rewritten", Kind.BOX, "UPDATE trustbox_box SET seal_number = (SELECT MIN(seal_number) FROM trustbox_seal WHERE school_id = " + A
                        + ") WHERE school_id = " + A),
                t("the registration counter moved on", Kind.COUNTER, "UPDATE trustbox_counter SET last_value = last_value + 3"
                        + " WHERE school_id = " + A + " AND kind = 'REGISTRATION'"),
                t("the registration counter moved back", Kind.COUNTER, "UPDATE trustbox_counter SET last_value = last_value - 1"
                        + " WHERE school_id = " + A + " AND kind = 'REGISTRATION'"),
                t("an appeal forged on a forged act line", Kind.APPEAL,
                        "INSERT INTO trustbox_act_line (school_id, act_year, act_seq, line_no, appellant_kind, note)"
                                + " VALUES (" + A + ", 2026, 1, 4, 'ANONYMOUS', '')",
                        "INSERT INTO trustbox_appeal (school_id, appeal_id, act_year, act_seq, line_no, withdrawn_at_ns, appellant_kind, status,"
                                + " revision) SELECT school_id, '2026-1-4', act_year, act_seq, 4, withdrawn_at_ns, 'ANONYMOUS', 'WITHDRAWN', 0"
                                + " FROM trustbox_appeal WHERE school_id = " + A + " AND appeal_id = '2026-1-3'"),
                t("an act line forged", Kind.ACT, "INSERT INTO trustbox_act_line (school_id, act_year, act_seq, line_no, appellant_kind, note)"
                        + " VALUES (" + A + ", 2026, 1, 4, 'ANONYMOUS', '')"),
                t("a decision inserted into the minutes", Kind.PROTOCOL, "INSERT INTO trustbox_protocol_decision (school_id, protocol_no, ord,"
                        + " decision_text) SELECT school_id, MAX(protocol_no), 9, 'forged' FROM trustbox_protocol WHERE school_id = " + A
                        + " GROUP BY school_id"),
                t("a quarterly report deleted", Kind.REPORT, "DELETE FROM trustbox_report_figure WHERE school_id = " + A,
                        "DELETE FROM trustbox_report WHERE school_id = " + A),
                t("a declaration turned into a dismissal", Kind.DECLARATION,
                        "UPDATE trustbox_declaration SET kind = 'DISMISSAL' WHERE school_id = " + A),
                t("an access record's reader changed", Kind.ACCESS,
                        "UPDATE trustbox_access_record SET official = 'p9' WHERE school_id = " + A + " AND seq = 1"),
                t("an identity replaced by another line's", Kind.IDENTITY, "UPDATE trustbox_appellant_identity SET ciphertext ="
                        + " (SELECT c.ciphertext FROM trustbox_appellant_identity c WHERE c.school_id = " + A + " AND c.act_year = 2026"
                        + " AND c.act_seq = 1 AND c.line_no = 2) WHERE school_id = " + A + " AND act_year = 2026 AND act_seq = 1 AND line_no = 1"),
                t("an identity deleted without a purge", Kind.IDENTITY, "DELETE FROM trustbox_appellant_identity WHERE school_id = " + A
                        + " AND act_year = 2026 AND act_seq = 1 AND line_no = 1"),
                t("an identity forged onto an anonymous line", Kind.IDENTITY, "INSERT INTO trustbox_appellant_identity (school_id, act_year,"
                        + " act_seq, line_no, key_id, wrapped_key, ciphertext) SELECT school_id, act_year, act_seq, 3, key_id, wrapped_key,"
                        + " ciphertext FROM trustbox_appellant_identity WHERE school_id = " + A + " AND act_year = 2026 AND act_seq = 1"
                        + " AND line_no = 1"),
                t("the act counter moved on", Kind.COUNTER, "UPDATE trustbox_counter SET last_value = last_value + 1"
                        + " WHERE school_id = " + A + " AND kind = 'ACT'"),
                t("the year's last act deleted with its lines and appeals", Kind.COUNTER,
                        "DELETE FROM trustbox_appellant_identity WHERE school_id = " + A + " AND act_seq = 2",
                        "DELETE FROM trustbox_appeal WHERE school_id = " + A + " AND act_seq = 2",
                        "UPDATE trustbox_journal_entry SET act_year = NULL, act_seq = NULL WHERE school_id = " + A + " AND act_seq = 2",
                        "DELETE FROM trustbox_act_line WHERE school_id = " + A + " AND act_seq = 2",
                        "DELETE FROM trustbox_act WHERE school_id = " + A + " AND act_seq = 2"),
                t("a ledger entry's digest rewritten", Kind.LEDGER,
                        "UPDATE trustbox_ledger_entry SET digest = entry_hash WHERE school_id = " + A + " AND seq = 3"),
                t("the ledger's tail deleted and its head moved back", Kind.LEDGER,
                        "DELETE FROM trustbox_ledger_entry WHERE school_id = " + A + " AND seq > 5",
                        "UPDATE trustbox_chain_head SET seq = 5, head_hash = (SELECT entry_hash FROM trustbox_ledger_entry WHERE school_id = "
                                + A + " AND seq = 5) WHERE school_id = " + A + " AND chain = 'LEDGER'")));
        List<String> wipe = new ArrayList<>();
        for (String table : List.of("trustbox_receipt", "trustbox_published_outcome", "trustbox_receipt_issued", "trustbox_receipt_batch",
                "trustbox_access_record", "trustbox_appeal_forwarding", "trustbox_appeal_tag", "trustbox_appeal",
                "trustbox_appellant_identity", "trustbox_journal_entry", "trustbox_act_line", "trustbox_act", "trustbox_chain_head",
                "trustbox_protocol_signature", "trustbox_protocol_decision", "trustbox_protocol_agenda", "trustbox_protocol",
                "trustbox_report_figure", "trustbox_report", "trustbox_commission_vote", "trustbox_commission_member", "trustbox_commission",
                "trustbox_declaration", "trustbox_box", "trustbox_seal", "trustbox_counter", "trustbox_ledger_entry")) {
            wipe.add("DELETE FROM " + table + " WHERE school_id = " + A);
        }
        all.add(new Tampering("everything of the school wiped", Kind.LEDGER, wipe));
        return all.stream();
    }

    /** Fresh, migrated, empty stores. */
    abstract JdbiStores open();

    /** Plain access to the same database. */
    abstract Jdbi sql();

    private Harness school(JdbiStores db, String id) {
        Harness h = new Harness(db.stores(), Fixtures.school(id), Regulation.defaults());
        RecordedTerm.write(h);
        return h;
    }

    @Test
    @DisplayName("R-6.2 a term of records of two schools verifies clean on the database")
    void untouched() {
        JdbiStores db = open();
        for (String id : List.of("school-a", "school-b")) {
            RecordsVerification v = school(db, id).office.verifyRecords();
            assertThat(v.discrepancies()).isEmpty();
            assertThat(v.entries()).isGreaterThan(40);
        }
    }

    @Test
    @DisplayName("R-6.2 from a checkpoint, what was written since verifies clean, and a change to it is found")
    void incremental() {
        JdbiStores db = open();
        Harness a = school(db, "school-a");
        Chain.Head checkpoint = a.office.verifyRecords().head();
        a.nextTuesday();
        a.openAndSeal(List.of(kg.trustbox.box.Paper.from(Fixtures.signed("Жаңы Жазуучу"))));
        RecordsVerification v = a.office.verifyRecordsSince(checkpoint);
        assertThat(v.discrepancies()).isEmpty();
        assertThat(v.entries()).isEqualTo(v.head().sequence() - checkpoint.sequence()).isPositive();
        int rows = sql().withHandle(h -> h.execute("UPDATE trustbox_act SET seal_intact = NOT seal_intact WHERE school_id = " + A
                + " AND act_year = 2026 AND act_seq = 3"));
        assertThat(rows).isOne();
        assertThat(a.office.verifyRecordsSince(checkpoint).discrepancies()).extracting(d -> d.kind() + " " + d.key() + " " + d.reason())
                .containsExactly("ACT 2026-3 records.changed");
    }

    @Test
    @DisplayName("R-6.2 records kept before the ledger (V13) are taken into it once, then verify clean, and a change is found")
    void baseline() {
        JdbiStores db = open();
        Harness a = school(db, "school-a");
        sql().useHandle(h -> {
            h.execute("DELETE FROM trustbox_ledger_entry WHERE school_id = " + A);
            h.execute("DELETE FROM trustbox_chain_head WHERE school_id = " + A + " AND chain = 'LEDGER'");
        });
        List<Discrepancy> before = a.office.verifyRecords().discrepancies();
        assertThat(before).isNotEmpty().allSatisfy(d -> assertThat(d.reason()).isEqualTo("records.unrecorded"));
        assertThat(a.office.takeBaseline().orElseThrow()).isEqualTo(before.size());
        assertThat(a.office.verifyRecords().discrepancies()).isEmpty();
        assertThat(a.office.takeBaseline().isAccepted()).isFalse();
        sql().useHandle(h -> h.execute("UPDATE trustbox_appeal SET summary = 'forged' WHERE school_id = " + A + " AND appeal_id = '2026-1-2'"));
        assertThat(a.office.verifyRecords().discrepancies()).extracting(d -> d.kind() + " " + d.key() + " " + d.reason())
                .containsExactly("APPEAL 2026-1-2 records.changed");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    @DisplayName("R-6.2 R-6.1 a tampering with SQL is found, at the kind of record it touched, and the other school stays intact")
    void found(Tampering tampering) {
        JdbiStores db = open();
        Harness a = school(db, "school-a");
        Harness b = school(db, "school-b");
        Chain.Head anchor = a.office.verifyRecords().head();
        int rows = 0;
        for (String statement : tampering.sql()) {
            rows += sql().withHandle(h -> h.execute(statement));
        }
        assertThat(rows).as("the tampering changed rows").isPositive();
        RecordsVerification v = a.office.verifyRecords(anchor);
        assertThat(v.isIntact()).as("found").isFalse();
        assertThat(v.discrepancies()).extracting(Discrepancy::kind).as("found at %s", tampering.kind()).contains(tampering.kind());
        assertThat(v.discrepancies()).allSatisfy(d -> assertThat(d.message(java.util.Locale.ROOT)).doesNotContain("Асанов", "Ким Елена"));
        assertThat(b.office.verifyRecords().discrepancies()).as("the other school").isEmpty();
    }
}
