package kg.trustbox.benchmarks.ministry;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import kg.trustbox.Regulation;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.time.ManualClock;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.benchmarks.BenchSchools;
import kg.trustbox.benchmarks.Postgres;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.Deviation;
import kg.trustbox.box.Incident;
import kg.trustbox.box.Inspection;
import kg.trustbox.box.JournalEntry;
import kg.trustbox.box.Opening;
import kg.trustbox.box.Seal;
import kg.trustbox.chain.Chain;
import kg.trustbox.commission.PersonId;
import kg.trustbox.jdbc.JdbiStores;
import kg.trustbox.report.Quarter;
import kg.trustbox.school.Language;
import kg.trustbox.school.School;
import kg.trustbox.school.SchoolId;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Figure 3's data: a ministry's PostgreSQL database of {@link Scale#schools()} schools and {@link Scale#appeals()}
 * appeals over the year 2027, generated here (never committed) and bulk-loaded with COPY straight into trustbox's
 * tables after {@link JdbiStores#migrate}. Rows are what the library itself would have written:
 * <ul>
 *   <li>each school's commission is constituted through the library once, for a template school, and copied;</li>
 *   <li>every Tuesday an opening (about 2 % missed, 3 % moved to Wednesday with a recorded deviation, 1 % with a broken
 *       seal), with its withdrawal act when the box held appeals, a new seal and a journal entry hash-chained with
 *       {@link JournalEntry#next}, the chain head, the act and registration counters and the sealed box;</li>
 *   <li>each appeal withdrawn, half signed (identity apart), registered the same or the next day with a consecutive
 *       number, assigned, sometimes forwarded, tagged or extended, decided after 1 to 20 days, then answered or closed
 *       without answer, as the lifecycle allows.</li>
 * </ul>
 * Generated once per scale and kept in schema {@code ministry_<scale>} of database {@code trustbox_bench} (a table
 * {@code bench_meta} records what is there); later runs reuse it.
 */
public final class MinistryData {
    static final int VERSION = 2;
    /** The quarter the benchmark reports, and the day its report is prepared. */
    public static final Quarter QUARTER = new Quarter(2027, 4);
    public static final LocalDate AS_OF = LocalDate.of(2028, 1, 3);
    /** Nothing happens after this day. */
    static final LocalDate DATA_END = LocalDate.of(2028, 1, 10);
    /** When every school's box was installed: before the year's first opening. */
    static final Instant INSTALLED = Instant.parse("2026-09-01T06:00:00Z");
    static final ZoneId ZONE = School.BISHKEK;
    static final String[] BODIES = {"Райондук билим берүү бөлүмү", "Райондук ички иштер бөлүмү", "Балдар укугун коргоо бөлүмү",
        "Райондук саламаттыкты сактоо борбору"};
    static final String[] TAGS = {"ашкана", "мугалимдин мамилеси", "акча чогултуу", "коопсуздук", "окуу китептери", "жылуулук"};
    private static final String DEVIATION = "Шейшемби майрам күнү болду, ачуу шаршембиге жылдырылды";

    private MinistryData() {
    }

    /** The schools of {@code scale}, all in Bishkek's zone, Monday to Friday. */
    public static List<School> schools(Scale scale) {
        List<School> out = new ArrayList<>(scale.schools());
        for (int d = 1; d <= scale.districts(); d++) {
            for (int s = 1; s <= scale.schoolsPerDistrict(); s++) {
                out.add(BenchSchools.school(Scale.schoolId(d, s)));
            }
        }
        return out;
    }

    /** A pool on the scale's schema. */
    public static HikariDataSource pool(Scale scale) {
        return Postgres.pool(scale.schema(), 4);
    }

    /**
     * Makes sure the scale's data is there, generating it if not.
     *
     * @return what was done, for the log
     */
    public static String ensure(Scale scale) {
        Postgres.unavailable().ifPresent(why -> {
            throw new IllegalStateException(why);
        });
        if (present(scale)) {
            try (HikariDataSource ds = pool(scale)) {
                JdbiStores.migrate(ds, kg.trustbox.benchmarks.BenchKeys.KEYS); // a migration added since the data was generated applies to it as to any database
            }
            return "reused " + scale.schools() + " schools, " + scale.appeals() + " appeals in schema " + scale.schema();
        }
        long started = System.nanoTime();
        Postgres.freshSchema(scale.schema());
        try (HikariDataSource ds = pool(scale)) {
            JdbiStores.migrate(ds, kg.trustbox.benchmarks.BenchKeys.KEYS);
            JdbiStores stores = JdbiStores.create(ds, kg.trustbox.benchmarks.BenchKeys.KEYS);
            TrustBoxOffice template = TrustBoxOffice.of(BenchSchools.school("template"), stores.stores(),
                    new ManualClock(Instant.parse("2026-08-20T06:00:00Z")));
            BenchSchools.constitute(template);
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE bench_school (school_id VARCHAR(64) PRIMARY KEY)");
                }
                StringBuilder ids = new StringBuilder();
                schools(scale).forEach(school -> ids.append(school.id().value()).append('\n'));
                copy.copyIn("COPY bench_school (school_id) FROM STDIN", new StringReader(ids.toString()));
                for (String table : List.of("trustbox_commission", "trustbox_commission_member", "trustbox_commission_vote")) {
                    replicate(c, table);
                }
                try (Statement s = c.createStatement()) {
                    s.execute("DELETE FROM trustbox_commission WHERE school_id = 'template'");
                    s.execute("DROP TABLE bench_school");
                }
                c.commit();
                List<School> all = schools(scale);
                int batch = 50;
                for (int from = 0; from < all.size(); from += batch) {
                    Rows rows = new Rows();
                    for (int i = from; i < Math.min(all.size(), from + batch); i++) {
                        school(all.get(i).id(), new Random(1_000_003L * (i + 1)), scale.appealsPerSchool(), rows);
                    }
                    rows.copy(copy);
                    c.commit();
                }
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE bench_meta (version INT, schools INT, appeals BIGINT)");
                    s.execute("INSERT INTO bench_meta VALUES (" + VERSION + ", " + scale.schools() + ", " + scale.appeals() + ")");
                }
                c.commit();
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("VACUUM ANALYZE");
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("generating the ministry's data failed: " + e.getMessage(), e);
        }
        return String.format("generated %d schools, %d appeals in schema %s in %.0f s", scale.schools(), scale.appeals(),
                scale.schema(), (System.nanoTime() - started) / 1e9);
    }

    private static boolean present(Scale scale) {
        try (Connection c = java.sql.DriverManager.getConnection(Postgres.url(scale.schema())); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, schools, appeals FROM bench_meta")) {
            return rs.next() && rs.getInt(1) == VERSION && rs.getInt(2) == scale.schools() && rs.getLong(3) == scale.appeals();
        } catch (SQLException e) {
            return false;
        }
    }

    /** Copies the template school's rows of {@code table} to every school of {@code bench_school}. */
    private static void replicate(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, c.getSchema(), table, null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME"));
            }
        }
        String rest = String.join(", ", columns.stream().filter(n -> !n.equals("school_id")).map(n -> "t." + n).toList());
        String names = String.join(", ", columns.stream().filter(n -> !n.equals("school_id")).toList());
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO " + table + " (school_id, " + names + ") SELECT b.school_id, " + rest + " FROM " + table
                    + " t CROSS JOIN bench_school b WHERE t.school_id = 'template'");
        }
    }

    /** One school's year. */
    static void school(SchoolId school, Random rnd, int appeals, Rows rows) {
        String id = school.value();
        List<PersonId> present = BenchSchools.quorum();
        // an array column's COPY text (V6): {p1,p2,...}
        String presentText = "{" + String.join(",", present.stream().map(PersonId::value).toList()) + "}";
        // the openings: every Tuesday of 2027, some missed, some moved with a recorded deviation
        record Held(Instant at, Optional<Deviation> deviation, boolean sealBroken) {
        }
        List<Held> held = new ArrayList<>();
        for (LocalDate tuesday = LocalDate.of(2027, 1, 5); tuesday.getYear() == 2027; tuesday = tuesday.plusWeeks(1)) {
            int r = rnd.nextInt(100);
            if (r < 2) {
                continue;
            }
            boolean moved = r < 5;
            LocalDate day = moved ? tuesday.plusDays(1) : tuesday;
            held.add(new Held(day.atTime(12, 5).atZone(ZONE).toInstant(), moved ? Optional.of(new Deviation(DEVIATION)) : Optional.empty(),
                    rnd.nextInt(100) == 0));
        }
        int[] papers = new int[held.size()];
        for (int i = 0; i < appeals; i++) {
            papers[rnd.nextInt(held.size())]++;
        }
        Seal seal = Seal.of("S-0000");
        rows.seal(id, seal);
        Chain.Head head = new Chain.Head(0, Chain.GENESIS);
        int actSeq = 0;
        int regSeq = 0;
        Instant sealedAt = null;
        for (int k = 0; k < held.size(); k++) {
            Held h = held.get(k);
            Inspection inspection = h.sealBroken() ? new Inspection(false, false, seal.number()) : Inspection.inOrder(seal);
            Set<Incident> incidents = inspection.incidents(seal);
            Optional<ActNumber> act = Optional.empty();
            if (papers[k] > 0) {
                ActNumber number = new ActNumber(2027, ++actSeq);
                act = Optional.of(number);
                rows.act(id, number, h.at(), inspection, incidents, presentText);
                List<Lifecycle> lines = new ArrayList<>();
                for (int line = 1; line <= papers[k]; line++) {
                    lines.add(Lifecycle.draw(rnd, number, line, h.at()));
                }
                // registration numbers in the order the appeals were registered
                List<Lifecycle> byRegistration = new ArrayList<>(lines.stream().filter(l -> l.registeredAt != null).toList());
                byRegistration.sort(Comparator.comparing((Lifecycle l) -> l.registeredAt).thenComparingInt(l -> l.line));
                for (Lifecycle l : byRegistration) {
                    l.registrationSeq = ++regSeq;
                }
                for (Lifecycle l : lines) {
                    rows.appeal(id, l, rnd);
                }
            }
            Seal newSeal = Seal.of(String.format("S-%04d", k + 1));
            rows.seal(id, newSeal);
            sealedAt = h.at().plus(Duration.ofMinutes(15));
            Opening opening = new Opening(h.at(), present, seal, inspection, incidents, h.deviation(), papers[k], act);
            JournalEntry entry = JournalEntry.next(head, school, opening, newSeal, sealedAt);
            rows.journal(entry, presentText);
            head = entry.head();
            seal = newSeal;
        }
        rows.line("trustbox_box", id, "SEALED", 2L * held.size(), seal.number(), nanos(sealedAt), null, null, null, null, null, null,
                null, null, null, null, null, nanos(INSTALLED));
        rows.line("trustbox_chain_head", id, "JOURNAL", head.sequence(), head.hash());
        if (actSeq > 0) {
            rows.line("trustbox_counter", id, "ACT", 2027, actSeq);
        }
        if (regSeq > 0) {
            rows.line("trustbox_counter", id, "REGISTRATION", 2027, regSeq);
        }
    }

    /** What happened to one appeal. */
    static final class Lifecycle {
        final ActNumber act;
        final int line;
        final Instant withdrawnAt;
        final boolean signed;
        Instant registeredAt;
        int registrationSeq;
        Category category;
        AppealLanguage language;
        boolean assigned;
        LocalDate forwardedOn;
        Instant extendedAt;
        LocalDate extensionDue;
        Verdict verdict;
        Instant decidedAt;
        Instant answeredAt;
        Instant closedAt;
        List<String> tags = List.of();

        private Lifecycle(ActNumber act, int line, Instant withdrawnAt, boolean signed) {
            this.act = act;
            this.line = line;
            this.withdrawnAt = withdrawnAt;
            this.signed = signed;
        }

        static Lifecycle draw(Random rnd, ActNumber act, int line, Instant withdrawnAt) {
            Lifecycle l = new Lifecycle(act, line, withdrawnAt, rnd.nextBoolean());
            LocalDate withdrawn = withdrawnAt.atZone(ZONE).toLocalDate();
            if (rnd.nextInt(100) == 0) {
                return l; // never registered
            }
            LocalDate registered = rnd.nextInt(10) == 0 ? withdrawn.plusDays(1) : withdrawn;
            l.registeredAt = registered.atTime(registered.equals(withdrawn) ? LocalTime.of(14, 0) : LocalTime.of(10, 0)).atZone(ZONE).toInstant();
            l.category = Category.values()[rnd.nextInt(Category.values().length)];
            int lang = rnd.nextInt(100);
            l.language = lang < 60 ? AppealLanguage.KYRGYZ : lang < 95 ? AppealLanguage.RUSSIAN : AppealLanguage.OTHER;
            if (rnd.nextInt(100) < 30) {
                List<String> tags = new ArrayList<>(List.of(TAGS));
                java.util.Collections.shuffle(tags, rnd);
                l.tags = List.copyOf(tags.subList(0, 1 + rnd.nextInt(2)));
            }
            if (rnd.nextInt(100) < 3) {
                return l; // registered, not yet assigned
            }
            l.assigned = true;
            if (rnd.nextInt(100) < 20) {
                l.forwardedOn = registered.plusDays(2);
            }
            int days = 1 + rnd.nextInt(20);
            if (days > 14 && rnd.nextInt(100) < 40) {
                l.extendedAt = registered.plusDays(10).atTime(10, 0).atZone(ZONE).toInstant();
                l.extensionDue = registered.plusDays(30);
            }
            LocalDate decided = registered.plusDays(days);
            if (decided.isAfter(DATA_END)) {
                return l;
            }
            l.decidedAt = decided.atTime(11, 0).atZone(ZONE).toInstant();
            l.verdict = rnd.nextInt(100) < 8 ? Verdict.LEFT_UNCONSIDERED : Verdict.values()[rnd.nextInt(3)];
            LocalDate after = decided.plusDays(1);
            if (!after.isAfter(DATA_END) && rnd.nextInt(100) < 90) {
                Instant at = after.atTime(10, 0).atZone(ZONE).toInstant();
                if (l.signed) {
                    l.answeredAt = at;
                } else {
                    l.closedAt = at;
                }
            }
            return l;
        }
    }

    /** The rows of a batch of schools, per table, as COPY text. */
    static final class Rows {
        private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

        static {
            COLUMNS.put("trustbox_seal", "school_id, seal_number");
            COLUMNS.put("trustbox_act", "school_id, act_year, act_seq, opened_at_ns, box_damaged, seal_intact, seal_number_read,"
                    + " incidents, present");
            COLUMNS.put("trustbox_act_line", "school_id, act_year, act_seq, line_no, appellant_kind, note");
            COLUMNS.put("trustbox_appellant_identity", "school_id, act_year, act_seq, line_no, key_id, wrapped_key, ciphertext");
            COLUMNS.put("trustbox_appeal", "school_id, appeal_id, act_year, act_seq, line_no, withdrawn_at_ns, appellant_kind,"
                    + " status, registration_year, registration_seq, registered_at_ns, registrar, category, appeal_language, summary,"
                    + " scan, assignee, extended_at_ns, extension_reason, extension_due, verdict, legal_ground, measures,"
                    + " decided_at_ns, answered_at_ns, answer_language, answer_channel, closed_at_ns, closure_reason, revision");
            COLUMNS.put("trustbox_appeal_forwarding", "school_id, appeal_id, ord, body, letter_date, letter_number");
            COLUMNS.put("trustbox_appeal_tag", "school_id, appeal_id, ord, tag");
            COLUMNS.put("trustbox_journal_entry", "school_id, seq, opened_at_ns, sealed_at_ns, present, seal_found, incidents,"
                    + " appeal_count, act_year, act_seq, new_seal, deviation, previous_hash, entry_hash");
            COLUMNS.put("trustbox_box", "school_id, state, revision, seal_number, sealed_at_ns, opened_at_ns, present, seal_found,"
                    + " box_damaged, seal_intact, seal_number_read, incidents, deviation, appeal_count, act_year, act_seq, installed_at_ns");
            COLUMNS.put("trustbox_chain_head", "school_id, chain, seq, head_hash");
            COLUMNS.put("trustbox_counter", "school_id, kind, counter_year, last_value");
        }

        private final Map<String, StringBuilder> text = new LinkedHashMap<>();

        Rows() {
            COLUMNS.keySet().forEach(t -> text.put(t, new StringBuilder()));
        }

        /** Appends a row: strings quoted, nulls empty (CSV). */
        void line(String table, Object... values) {
            StringBuilder b = text.get(table);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    b.append(',');
                }
                Object v = values[i];
                if (v == null) {
                    continue;
                }
                if (v instanceof String s) {
                    b.append('"').append(s.replace("\"", "\"\"")).append('"');
                } else {
                    b.append(v);
                }
            }
            b.append('\n');
        }

        void seal(String school, Seal seal) {
            line("trustbox_seal", school, seal.number());
        }

        void act(String school, ActNumber n, Instant at, Inspection inspection, Set<Incident> incidents, String present) {
            line("trustbox_act", school, n.year(), n.sequence(), nanos(at), inspection.boxDamaged(), inspection.sealIntact(),
                    inspection.sealNumberRead(), names(incidents), present);
        }

        void appeal(String school, Lifecycle l, Random rnd) {
            String kind = l.signed ? "SIGNED" : "ANONYMOUS";
            line("trustbox_act_line", school, l.act.year(), l.act.sequence(), l.line, kind, "");
            if (l.signed) {
                // encrypted as the library encrypts it: the benchmarks' fixed key, bound to the act line
                kg.trustbox.keys.EncryptedIdentity e = kg.trustbox.keys.EncryptedIdentity.encrypt(new Appellant.Signed(
                        "Ата-эне " + school + "-" + l.act.sequence() + "-" + l.line, Appellant.Contacts.address("Бишкек ш., Ленин көч., "
                                + (1 + rnd.nextInt(200)))), school + "/" + l.act.year() + "-" + l.act.sequence() + "/" + l.line,
                        kg.trustbox.benchmarks.BenchKeys.KEYS);
                line("trustbox_appellant_identity", school, l.act.year(), l.act.sequence(), l.line, e.key().keyId(),
                        "\\x" + java.util.HexFormat.of().formatHex(e.key().bytes()), "\\x" + java.util.HexFormat.of().formatHex(e.ciphertext()));
            }
            String appealId = l.act.year() + "-" + l.act.sequence() + "-" + l.line;
            boolean registered = l.registeredAt != null;
            String status;
            long revision = 0;
            if (!registered) {
                status = "WITHDRAWN";
            } else {
                status = "REGISTERED";
                revision = 1;
                if (l.assigned) {
                    status = "UNDER_CONSIDERATION";
                    revision++;
                }
                if (l.forwardedOn != null) {
                    status = "FORWARDED";
                    revision++;
                }
                if (l.extendedAt != null) {
                    revision++;
                }
                if (l.decidedAt != null) {
                    status = "DECIDED";
                    revision++;
                }
                if (l.answeredAt != null) {
                    status = "ANSWERED";
                    revision++;
                }
                if (l.closedAt != null) {
                    status = "CLOSED";
                    revision++;
                }
                if (!l.tags.isEmpty()) {
                    revision++;
                }
            }
            boolean leftUnconsidered = l.verdict == Verdict.LEFT_UNCONSIDERED;
            Language answerLanguage = l.answeredAt == null ? null : l.language.answerLanguage(Regulation.defaults().answerFallback());
            line("trustbox_appeal", school, appealId, l.act.year(), l.act.sequence(), l.line, nanos(l.withdrawnAt), kind, status,
                    registered ? l.registeredAt.atZone(ZONE).getYear() : null, registered ? l.registrationSeq : null,
                    registered ? nanos(l.registeredAt) : null, registered ? BenchSchools.RESPONSIBLE.value() : null,
                    registered ? l.category.name() : null, registered ? l.language.name() : null,
                    registered ? "Кайрылуунун кыскача мазмуну" : null, null,
                    l.assigned ? BenchSchools.RESPONSIBLE.value() : null,
                    l.extendedAt == null ? null : nanos(l.extendedAt), l.extendedAt == null ? null : "Кошумча текшерүү керек",
                    l.extensionDue == null ? null : l.extensionDue.toString(),
                    l.verdict == null ? null : l.verdict.name(),
                    leftUnconsidered ? "Мыйзамдын 9-беренеси" : null,
                    l.verdict == null ? null : leftUnconsidered ? "" : "Чаралар көрүлдү, ата-энелер менен жолугушуу өттү",
                    l.decidedAt == null ? null : nanos(l.decidedAt),
                    l.answeredAt == null ? null : nanos(l.answeredAt), answerLanguage == null ? null : answerLanguage.name(),
                    l.answeredAt == null ? null : "LETTER",
                    l.closedAt == null ? null : nanos(l.closedAt), l.closedAt == null ? null : "ANONYMOUS",
                    revision);
            if (l.forwardedOn != null) {
                line("trustbox_appeal_forwarding", school, appealId, 0, BODIES[rnd.nextInt(BODIES.length)], l.forwardedOn.toString(),
                        "01-12/" + (100 + rnd.nextInt(900)));
            }
            for (int i = 0; i < l.tags.size(); i++) {
                line("trustbox_appeal_tag", school, appealId, i, l.tags.get(i));
            }
        }

        void journal(JournalEntry e, String present) {
            line("trustbox_journal_entry", e.school().value(), e.sequence(), nanos(e.openedAt()), nanos(e.sealedAt()), present,
                    e.sealFound().number(), names(e.incidents()), e.appealCount(), e.act().map(ActNumber::year).orElse(null),
                    e.act().map(ActNumber::sequence).orElse(null), e.newSeal().number(),
                    e.deviation().map(Deviation::reason).orElse(null), e.previousHash(), e.hash());
        }

        void copy(CopyManager copy) throws SQLException, IOException {
            for (var e : text.entrySet()) {
                if (e.getValue().length() > 0) {
                    copy.copyIn("COPY " + e.getKey() + " (" + COLUMNS.get(e.getKey()) + ") FROM STDIN (FORMAT csv)",
                            new StringReader(e.getValue().toString()));
                }
            }
        }
    }

    private static String names(Set<Incident> incidents) {
        EnumMap<Incident, Boolean> sorted = new EnumMap<>(Incident.class);
        incidents.forEach(i -> sorted.put(i, true));
        return "{" + String.join(",", sorted.keySet().stream().map(Enum::name).sorted().toList()) + "}";
    }

    static long nanos(Instant i) {
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }
}
