package kg.trustbox.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.trustbox.jdbc.internal.AppellantIdentityTable;
import kg.trustbox.jdbc.internal.ChainedLog;
import kg.trustbox.jdbc.internal.Numbering;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A ministry's database: 2,500 schools' worth of rows on one PostgreSQL. Every query the adapter
 * runs for one school is served by an index that leads with the school: no sequential scan.
 */
class PostgresScaleTest {
    @RegisterExtension
    static final Postgres PG = new Postgres();

    private static final int SCHOOLS = 2500;
    private static final String ONE = "s1234";

    @BeforeAll
    static void twoThousandFiveHundredSchools() {
        if (!PG.reachable()) {
            return;
        }
        PG.truncate();
        PG.jdbi().useHandle(h -> {
            String g = " FROM generate_series(1, " + SCHOOLS + ") g";
            h.execute("INSERT INTO trustbox_commission (school_id, order_date, order_number, saved_seq, responsible_person,"
                    + " responsible_order_number, responsible_order_date, chair, secretary, elected_on)"
                    + " SELECT 's' || g, DATE '2026-08-25', '45-k', 1, 'p3', '46-k', DATE '2026-08-25', 'p1', 'p2', DATE '2026-08-28'" + g);
            h.execute("INSERT INTO trustbox_commission_member SELECT 's' || g, DATE '2026-08-25', '45-k', m, 'p' || m, 'Member ' || m,"
                    + " 'teacher', m = 4" + g + ", generate_series(1, 5) m");
            h.execute("INSERT INTO trustbox_commission_vote SELECT 's' || g, DATE '2026-08-25', '45-k', p.post, m, 'p' || m, 'p1'"
                    + g + ", generate_series(1, 5) m, (VALUES ('CHAIR'), ('SECRETARY')) p(post)");
            h.execute("INSERT INTO trustbox_seal SELECT 's' || g, 'S-' || k" + g + ", generate_series(0, 20) k");
            h.execute("INSERT INTO trustbox_act (school_id, act_year, act_seq, opened_at_ns, box_damaged, seal_intact, seal_number_read,"
                    + " incidents, present) SELECT 's' || g, 2026, a, a, false, true, 'S-' || (a - 1), '{}', '{p1,p2,p4}'"
                    + g + ", generate_series(1, 20) a");
            h.execute("INSERT INTO trustbox_act_line SELECT 's' || g, 2026, a, l, CASE WHEN l = 1 THEN 'SIGNED' ELSE 'ANONYMOUS' END, ''"
                    + g + ", generate_series(1, 20) a, generate_series(1, 2) l");
            h.execute("INSERT INTO trustbox_counter SELECT 's' || g, k.kind, 2026, k.v" + g
                    + ", (VALUES ('ACT', 20), ('REGISTRATION', 40)) k(kind, v)");
            h.execute("INSERT INTO trustbox_box (school_id, state, revision, seal_number, sealed_at_ns, installed_at_ns)"
                    + " SELECT 's' || g, 'SEALED', 40, 'S-20', 1, 1" + g);
            h.execute("INSERT INTO trustbox_appeal (school_id, appeal_id, act_year, act_seq, line_no, withdrawn_at_ns, appellant_kind,"
                    + " status, registration_year, registration_seq, registered_at_ns, registrar, category, appeal_language, summary,"
                    + " assignee, revision) SELECT 's' || g, '2026-' || a || '-' || l, 2026, a, l, a, CASE WHEN l = 1 THEN 'SIGNED' ELSE"
                    + " 'ANONYMOUS' END, CASE WHEN l = 1 THEN 'FORWARDED' ELSE 'REGISTERED' END, 2026, (a - 1) * 2 + l, a, 'p3',"
                    + " 'COMPLAINT', 'KYRGYZ', 'summary', CASE WHEN l = 1 THEN 'p4' END, 1"
                    + g + ", generate_series(1, 20) a, generate_series(1, 2) l");
            // line 1 of each act is forwarded (assigned, then sent on), as a lifecycle leaves it; line 2 registered and tagged
            h.execute("INSERT INTO trustbox_appeal_forwarding SELECT 's' || g, '2026-' || a || '-1', 0, 'district office',"
                    + " DATE '2026-09-03', '12/' || a" + g + ", generate_series(1, 20) a");
            h.execute("INSERT INTO trustbox_appeal_tag SELECT 's' || g, '2026-' || a || '-2', 0, 'canteen'"
                    + g + ", generate_series(1, 20) a");
            h.execute("INSERT INTO trustbox_appellant_identity (school_id, act_year, act_seq, line_no, key_id, wrapped_key,"
                    + " ciphertext) SELECT 's' || g, 2026, a, 1, 'k-scale', decode(md5(g || '-' || a), 'hex'), decode(md5(a || '-' || g), 'hex')"
                    + g + ", generate_series(1, 20) a");
            // the school the tests read gets identities encrypted for real (the others' stand-ins are never decrypted)
            for (int a = 1; a <= 20; a++) {
                kg.trustbox.keys.EncryptedIdentity e = kg.trustbox.keys.EncryptedIdentity.encrypt(
                        new kg.trustbox.appellant.Appellant.Signed("Name " + a, kg.trustbox.appellant.Appellant.Contacts.address("Street " + a)),
                        kg.trustbox.jdbc.internal.AppellantIdentityTable.context(kg.trustbox.school.SchoolId.of(ONE), 2026, a, 1), Keys.TEST);
                h.createUpdate("UPDATE trustbox_appellant_identity SET key_id = :k, wrapped_key = :w, ciphertext = :c"
                                + " WHERE school_id = :s AND act_year = 2026 AND act_seq = :a AND line_no = 1")
                        .bind("k", e.key().keyId()).bind("w", e.key().bytes()).bind("c", e.ciphertext()).bind("s", ONE).bind("a", a).execute();
            }
            h.execute("INSERT INTO trustbox_journal_entry (school_id, seq, opened_at_ns, sealed_at_ns, present, seal_found, incidents,"
                    + " appeal_count, act_year, act_seq, new_seal, deviation, previous_hash, entry_hash)"
                    + " SELECT 's' || g, a, a, a, '{p1,p2,p4}', 'S-' || (a - 1), '{}', 2, 2026, a,"
                    + " 'S-' || a, NULL, repeat('0', 64), repeat('1', 64)" + g + ", generate_series(1, 20) a");
            h.execute("INSERT INTO trustbox_access_record SELECT 's' || g, (a - 1) * 2 + r, a, 'p3', '2026-' || a || '-1', 'CONTENT',"
                    + " 'CONSIDERATION', true, repeat('0', 64), repeat('1', 64)" + g
                    + ", generate_series(1, 20) a, generate_series(1, 2) r");
            h.execute("INSERT INTO trustbox_chain_head SELECT 's' || g, c.chain, c.n, repeat('1', 64)" + g
                    + ", (VALUES ('JOURNAL', 20), ('ACCESS', 40)) c(chain, n)");
            h.execute("INSERT INTO trustbox_protocol (school_id, protocol_no, meeting_date, secretary, present, signatories)"
                    + " SELECT 's' || g, n, DATE '2026-09-08', 'p2', '{p1,p2,p4}', '{p1,p2,p3,p4,p5}'"
                    + g + ", generate_series(1, 4) n");
            h.execute("INSERT INTO trustbox_protocol_agenda (school_id, protocol_no, ord, kind, item_text) SELECT 's' || g, n, o,"
                    + " 'OTHER', 'item'" + g + ", generate_series(1, 4) n, generate_series(0, 2) o");
            h.execute("INSERT INTO trustbox_protocol_decision SELECT 's' || g, n, o, 'decision'"
                    + g + ", generate_series(1, 4) n, generate_series(0, 2) o");
            h.execute("INSERT INTO trustbox_protocol_signature SELECT 's' || g, n, 'p' || m, m, DATE '2026-09-09'"
                    + g + ", generate_series(1, 4) n, generate_series(1, 5) m");
            h.execute("INSERT INTO trustbox_report SELECT 's' || g, 2026, q, 'problems', 'p3', DATE '2026-10-04', NULL"
                    + g + ", generate_series(1, 4) q");
            h.execute("INSERT INTO trustbox_report_figure SELECT 's' || g, 2026, q, p.period, 'f' || f, '', f"
                    + g + ", generate_series(1, 4) q, (VALUES ('CURRENT'), ('PREVIOUS')) p(period), generate_series(1, 12) f");
            for (String table : Tables.names(h)) {
                h.execute("ANALYZE " + table);
            }
        });
    }

    /** Every statement the adapter runs against one school's rows, with arguments. */
    private static Map<String, Map<String, Object>> queries() {
        Map<String, Map<String, Object>> q = new LinkedHashMap<>();
        q.put(JdbiCommissions.HISTORY, Map.of("school", ONE));
        q.put(JdbiCommissions.MEMBERS, Map.of("school", ONE));
        q.put(JdbiCommissions.VOTES, Map.of("school", ONE));
        q.put(JdbiCommissions.NEXT_SAVED, Map.of("school", ONE));
        q.put(JdbiBoxes.FIND, Map.of("school", ONE));
        q.put(JdbiBoxes.LOCK, Map.of("school", ONE));
        q.put(JdbiBoxes.ACT, Map.of("school", ONE, "act.year", 2026, "act.sequence", 5));
        q.put(JdbiBoxes.ACT_LINES, Map.of("school", ONE, "act.year", 2026, "act.sequence", 5));
        q.put(Numbering.LOCK, Map.of("school", ONE, "counter", "REGISTRATION", "year", 2026));
        q.put(kg.trustbox.jdbc.internal.Dialect.POSTGRESQL.returning(Numbering.ADVANCE, "last_value"),
                Map.of("count", 2, "school", ONE, "counter", "REGISTRATION", "year", 2026));
        q.put(ChainedLog.LOCK_HEAD, Map.of("school", ONE, "chain", "ACCESS"));
        q.put(ChainedLog.MOVE_HEAD, Map.of("to.sequence", 41L, "to.hash", "2", "school", ONE, "chain", "ACCESS",
                "from.sequence", 40L, "from.hash", "1"));
        q.put(JdbiOpeningJournal.ENTRIES, Map.of("school", ONE));
        q.put(JdbiAccessLog.RECORDS, Map.of("school", ONE));
        q.put(JdbiAppeals.FIND, Map.of("school", ONE, "id", "2026-5-1"));
        q.put(JdbiAppeals.LIST, Map.of("school", ONE));
        q.put(JdbiAppeals.EXISTS, Map.of("school", ONE, "id", "2026-5-1"));
        q.put(JdbiAppeals.FORWARDINGS_OF, Map.of("school", ONE, "id", "2026-5-1"));
        q.put(JdbiAppeals.TAGS_OF, Map.of("school", ONE, "id", "2026-5-2"));
        q.put(JdbiAppeals.FORWARDINGS, Map.of("school", ONE));
        q.put(JdbiAppeals.TAGS, Map.of("school", ONE));
        Map<String, Object> act = Map.of("school", ONE, "act.year", 2026, "act.sequence", 5);
        q.put(JdbiAppeals.OF_ACT, act);
        q.put(JdbiAppeals.ACT_FORWARDINGS, act);
        q.put(JdbiAppeals.ACT_TAGS, act);
        q.put(JdbiAppeals.IDS_OF_ACT, act);
        q.put(AppellantIdentityTable.LINES_OF_ACT, act);
        Map<String, Object> quarter = Map.of("school", ONE, "from", 1_790_000_000_000_000_000L, "to", 1_798_000_000_000_000_000L);
        q.put(JdbiAppeals.WITHDRAWN, quarter);
        q.put(JdbiAppeals.WITHDRAWN_FORWARDINGS, quarter);
        q.put(JdbiAppeals.WITHDRAWN_TAGS, quarter);
        q.put(JdbiAppeals.UNDECIDED, Map.of("school", ONE));
        q.put(JdbiAppeals.UNDECIDED_FORWARDINGS, Map.of("school", ONE));
        q.put(JdbiAppeals.UNDECIDED_TAGS, Map.of("school", ONE));
        Map<String, Object> since = Map.of("school", ONE, "since", 1_790_000_000_000_000_000L, "before", 1_798_000_000_000_000_000L);
        q.put(JdbiAppeals.DECIDED_SINCE, since);
        q.put(JdbiAppeals.DECIDED_SINCE_FORWARDINGS, since);
        q.put(JdbiAppeals.DECIDED_SINCE_TAGS, since);
        q.put(JdbiAppeals.PAGE, Map.of("school", ONE, "afterYear", 2026, "afterSeq", 5, "afterLine", 1, "size", 50));
        Map<String, Object> range = Map.of("school", ONE, "afterYear", 2026, "afterSeq", 5, "afterLine", 1, "lastYear", 2026,
                "lastSeq", 9, "lastLine", 2);
        q.put(JdbiAppeals.PAGE_FORWARDINGS, range);
        q.put(JdbiAppeals.PAGE_TAGS, range);
        q.put(JdbiOpeningJournal.ENTRIES_FROM, Map.of("school", ONE, "from", 30L));
        q.put(JdbiOpeningJournal.OPENED_BETWEEN, quarter);
        q.put(JdbiAccessLog.RECORDS_FROM, Map.of("school", ONE, "from", 30L));
        Map<String, Object> protocol = Map.of("school", ONE, "number", 2);
        q.put(JdbiMeetings.PROTOCOLS, Map.of("school", ONE));
        q.put(JdbiMeetings.PROTOCOL, protocol);
        q.put(JdbiMeetings.AGENDA, Map.of("school", ONE));
        q.put(JdbiMeetings.AGENDA_OF, protocol);
        q.put(JdbiMeetings.DECISIONS, Map.of("school", ONE));
        q.put(JdbiMeetings.DECISIONS_OF, protocol);
        q.put(JdbiMeetings.SIGNATURES, Map.of("school", ONE));
        q.put(JdbiMeetings.SIGNATURES_OF, protocol);
        Map<String, Object> quarterOfReport = Map.of("school", ONE, "quarter.year", 2026, "quarter.quarter", 3);
        q.put(JdbiQuarterlyReports.REPORTS, Map.of("school", ONE));
        q.put(JdbiQuarterlyReports.REPORT, quarterOfReport);
        q.put(JdbiQuarterlyReports.FIGURES, Map.of("school", ONE));
        q.put(JdbiQuarterlyReports.FIGURES_OF, quarterOfReport);
        q.put(AppellantIdentityTable.COMMITMENTS, act);
        q.put(AppellantIdentityTable.PURGE, Map.of("school", ONE, "act.year", 2026, "act.sequence", 5, "line", 1));
        return q;
    }

    /** The plan of {@code sql} with its named parameters bound to {@code args}. */
    private static String plan(Handle h, String sql, Map<String, Object> args) {
        var query = h.createQuery("EXPLAIN " + sql);
        args.forEach(query::bind);
        return String.join("\n", query.mapTo(String.class).list());
    }

    @Test
    @DisplayName("with 2,500 schools' rows, every query of one school uses an index that leads with the school")
    void no_sequential_scans() {
        PG.jdbi().useHandle(h -> {
            long appeals = h.createQuery("SELECT COUNT(*) FROM trustbox_appeal").mapTo(Long.class).one();
            assertThat(appeals).isEqualTo(SCHOOLS * 40L);
            for (Map.Entry<String, Map<String, Object>> q : queries().entrySet()) {
                String plan = plan(h, q.getKey(), q.getValue());
                assertThat(plan).as("plan of %s", q.getKey()).doesNotContain("Seq Scan").containsIgnoringCase("Index");
            }
        });
    }

    @Test
    @DisplayName("R-1.5.1 one school's appeals read back through the ports among 2,500 schools")
    void one_school_among_many() {
        var stores = JdbiStores.create(PG.dataSource(), Keys.TEST).stores();
        List<kg.trustbox.appeal.Appeal> appeals = stores.appeals().list(kg.trustbox.school.SchoolId.of(ONE));
        assertThat(appeals).hasSize(40);
        assertThat(appeals).allSatisfy(a -> assertThat(a.school().value()).isEqualTo(ONE));
        assertThat(stores.boxes().find(kg.trustbox.school.SchoolId.of(ONE))).isPresent();
        assertThat(stores.journal().entries(kg.trustbox.school.SchoolId.of(ONE))).hasSize(20);
    }
}
