package kg.trustbox.benchmarks.ministry;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import kg.trustbox.Regulation;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.jdbc.JdbiStores;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.report.Figures;
import kg.trustbox.report.Quarter;
import kg.trustbox.report.Rollup;
import kg.trustbox.input.Inputs;
import kg.trustbox.school.School;
import kg.trustbox.store.Stores;

/**
 * The two ways of figure 3 to compute a quarter's figures over many schools.
 *
 * <ul>
 *   <li>{@link #trustbox}: the library's rollup, {@code JdbiStores#rollups()} (aggregate statements over all the
 *       schools); {@link #schoolReport}: one school's figures as its quarterly report computes them,
 *       {@code TrustBoxOffice#figures} ({@code Analysis#figures} over {@code Appeals.list},
 *       {@code OpeningJournal.entries} and the commission's history).</li>
 *   <li>{@link #baseline}: one hand-written aggregate SQL statement over the same tables, giving the same
 *       {@link Figures}. It encodes the default regulation (Law No. 67: 14 calendar days unless extended; Tuesday
 *       openings) and the schools' calendar (Monday to Friday without holidays, so a Tuesday is never in a vacation),
 *       which is what the generated schools have; the smoke test checks both give equal figures.</li>
 * </ul>
 */
public final class Rollups {
    private Rollups() {
    }

    /** trustbox: the library's rollup, {@code JdbiStores#rollups()}, under the default regulation. */
    public static Rollup trustbox(JdbiStores db, List<School> schools, Quarter quarter, LocalDate asOf) {
        Regulation regulation = Regulation.defaults();
        return db.rollups().rollup(quarter, asOf, regulation.schedule(), regulation.deadlines(), schools);
    }

    /** trustbox, a school's own report: {@code TrustBoxOffice#figures}, from the school's appeals, journal and commission. */
    public static Figures schoolReport(Stores stores, School school, Quarter quarter, LocalDate asOf) {
        Clock clock = Clock.fixed(asOf.atTime(10, 0).atZone(MinistryData.ZONE).toInstant(), ZoneOffset.UTC);
        return TrustBoxOffice.of(school, stores, clock, Regulation.defaults(), Inputs.usingDefaultProvider()).figures(quarter, asOf);
    }

    /**
     * baseline: the figures of {@code quarter} for the schools named (every school when empty): three aggregate
     * statements on one connection, one pass over the quarter's appeals, one over their forwardings and tags, one over
     * the journals.
     */
    public static Figures baseline(DataSource ds, Optional<List<String>> schools, Quarter quarter, LocalDate asOf) {
        List<String> statements = statements(schools.isPresent(), quarter, asOf, MinistryData.ZONE);
        Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
        Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
        Map<String, Integer> forwarded = new HashMap<>();
        Map<String, Integer> tags = new HashMap<>();
        TreeMap<Integer, Integer> days = new TreeMap<>();
        Map<String, Integer> counts = new HashMap<>();
        // three statements in auto-commit, with the server's settings as the library has them (issue 17: no extra round
        // trips for a transaction or for work_mem)
        try (Connection c = ds.getConnection()) {
            Array ids = schools.isPresent() ? c.createArrayOf("varchar", schools.get().toArray()) : null;
            // 1: the appeals, grouped by days to decision, each figure a filtered count
            try (PreparedStatement s = c.prepareStatement(statements.get(0))) {
                if (ids != null) {
                    s.setArray(1, ids);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        int d = rs.getInt("days");
                        if (!rs.wasNull()) {
                            days.put(d, rs.getInt("decided"));
                        }
                        for (String figure : List.of("received", "signed", "anonymous", "kyrgyz", "russian", "other_language",
                                "on_time", "late", "overdue")) {
                            counts.merge(figure, rs.getInt(figure), Integer::sum);
                        }
                        for (Category k : Category.values()) {
                            byCategory.merge(k, rs.getInt("c_" + k.name().toLowerCase(java.util.Locale.ROOT)), Integer::sum);
                        }
                        for (Verdict v : Verdict.values()) {
                            byVerdict.merge(v, rs.getInt("v_" + v.name().toLowerCase(java.util.Locale.ROOT)), Integer::sum);
                        }
                    }
                }
            }
            // 2 and 3: forwardings and tags; the journals
            for (int n = 1; n <= 2; n++) {
                try (PreparedStatement s = c.prepareStatement(statements.get(n))) {
                    for (int i = 1; ids != null && i <= statements.get(n).chars().filter(ch -> ch == '?').count(); i++) {
                        s.setArray(i, ids);
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            String figure = rs.getString(1);
                            switch (figure) {
                                case "forwarded" -> forwarded.put(rs.getString(2), rs.getInt(3));
                                case "tag" -> tags.put(rs.getString(2), rs.getInt(3));
                                default -> counts.put(figure, rs.getInt(3));
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("baseline rollup: " + e.getMessage(), e);
        }
        return new Figures(counts.getOrDefault("received", 0), byCategory, counts.getOrDefault("signed", 0),
                counts.getOrDefault("anonymous", 0), counts.getOrDefault("kyrgyz", 0), counts.getOrDefault("russian", 0),
                counts.getOrDefault("other_language", 0), byVerdict, forwarded, counts.getOrDefault("on_time", 0),
                counts.getOrDefault("late", 0), counts.getOrDefault("overdue", 0), days, counts.getOrDefault("openings", 0),
                counts.getOrDefault("deviations", 0), counts.getOrDefault("missed", 0), counts.getOrDefault("incidents", 0), tags);
    }

    /**
     * The baseline's three statements; when {@code filtered}, each takes the school ids as {@code ?} arrays. Days are
     * computed as whole days since 1970 on the school's wall clock from the stored nanoseconds, with the zone's offset,
     * which must be fixed over the period (Asia/Bishkek is UTC+6 all year since 2005).
     */
    public static List<String> statements(boolean filtered, Quarter quarter, LocalDate asOf, ZoneId zone) {
        java.time.Instant start = quarter.first().minusYears(1).atStartOfDay(zone).toInstant();
        java.time.Instant end = asOf.plusYears(1).atStartOfDay(zone).toInstant();
        java.time.zone.ZoneOffsetTransition next = zone.getRules().nextTransition(start);
        if (next != null && next.getInstant().isBefore(end)) {
            throw new IllegalArgumentException("the baseline needs a zone without offset changes around " + quarter);
        }
        long offset = zone.getRules().getOffset(start).getTotalSeconds() * 1_000_000_000L;
        long from = MinistryData.nanos(quarter.first().atStartOfDay(zone).toInstant());
        long to = MinistryData.nanos(quarter.last().plusDays(1).atStartOfDay(zone).toInstant()) - 1;
        long first = quarter.first().toEpochDay();
        long last = quarter.last().toEpochDay();
        // a Tuesday is judged once the six days a deviation may move it have passed (OpeningDays)
        LocalDate missedTo = asOf.minusDays(7).isBefore(quarter.last()) ? asOf.minusDays(7) : quarter.last();
        String day = "((%s + " + offset + ") / 86400000000000)";
        String schools = filtered ? " AND t.school_id = ANY(?)" : "";
        StringBuilder appeals = new StringBuilder("SELECT days, COUNT(*) AS received,"
                + " COUNT(*) FILTER (WHERE decided) AS decided,"
                + " COUNT(*) FILTER (WHERE appellant_kind = 'SIGNED') AS signed,"
                + " COUNT(*) FILTER (WHERE appellant_kind = 'ANONYMOUS') AS anonymous,"
                + " COUNT(*) FILTER (WHERE appeal_language = 'KYRGYZ') AS kyrgyz,"
                + " COUNT(*) FILTER (WHERE appeal_language = 'RUSSIAN') AS russian,"
                + " COUNT(*) FILTER (WHERE appeal_language = 'OTHER') AS other_language,"
                + " COUNT(*) FILTER (WHERE decided AND dec_day <= due) AS on_time,"
                + " COUNT(*) FILTER (WHERE decided AND dec_day > due) AS late,"
                + " COUNT(*) FILTER (WHERE reg_day IS NOT NULL AND due < " + last + " AND NOT COALESCE(dec_day <= " + last
                + ", FALSE)) AS overdue");
        for (Category k : Category.values()) {
            appeals.append(", COUNT(*) FILTER (WHERE category = '").append(k.name()).append("') AS c_")
                    .append(k.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (Verdict v : Verdict.values()) {
            appeals.append(", COUNT(*) FILTER (WHERE decided AND verdict = '").append(v.name()).append("') AS v_")
                    .append(v.name().toLowerCase(java.util.Locale.ROOT));
        }
        appeals.append(" FROM (SELECT x.*, CASE WHEN decided THEN dec_day - reg_day END AS days FROM (")
                .append("SELECT t.appellant_kind, t.category, t.appeal_language, t.verdict,")
                .append(" ").append(String.format(day, "t.registered_at_ns")).append(" AS reg_day,")
                .append(" ").append(String.format(day, "t.decided_at_ns")).append(" AS dec_day,")
                // an extension counts when it was granted while the 14 days ran (Deadlines)
                .append(" CASE WHEN t.extension_due IS NOT NULL AND ").append(String.format(day, "t.extended_at_ns")).append(" <= ")
                .append(String.format(day, "t.registered_at_ns")).append(" + 14 THEN t.extension_due - DATE '1970-01-01' ELSE ")
                .append(String.format(day, "t.registered_at_ns")).append(" + 14 END AS due,")
                .append(" (t.registered_at_ns IS NOT NULL AND t.verdict IS NOT NULL AND t.decided_at_ns IS NOT NULL) AS decided")
                .append(" FROM trustbox_appeal t WHERE t.withdrawn_at_ns BETWEEN ").append(from).append(" AND ").append(to)
                .append(schools).append(") x) y GROUP BY days");
        String children = "WITH q AS (SELECT t.school_id, t.appeal_id FROM trustbox_appeal t"
                + " WHERE t.withdrawn_at_ns BETWEEN " + from + " AND " + to + schools + ")"
                + " SELECT 'forwarded', body, COUNT(*) FROM (SELECT DISTINCT f.school_id, f.appeal_id, f.body"
                + " FROM trustbox_appeal_forwarding f JOIN q ON q.school_id = f.school_id AND q.appeal_id = f.appeal_id) x GROUP BY body"
                + " UNION ALL SELECT 'tag', tag, COUNT(*) FROM (SELECT DISTINCT g.school_id, g.appeal_id, g.tag"
                + " FROM trustbox_appeal_tag g JOIN q ON q.school_id = g.school_id AND q.appeal_id = g.appeal_id) y GROUP BY tag";
        // only the openings that can hold or excuse a Tuesday of the quarter: a week around it (a deviation moves six days)
        long journalFrom = MinistryData.nanos(quarter.first().minusDays(7).atStartOfDay(zone).toInstant());
        long journalTo = MinistryData.nanos(quarter.last().plusDays(8).atStartOfDay(zone).toInstant()) - 1;
        String journal = "WITH jd AS ("
                + " SELECT j.school_id, " + String.format(day, "j.opened_at_ns") + " AS day, j.deviation IS NOT NULL AS deviation,"
                + " CARDINALITY(j.incidents) AS incidents"
                + " FROM trustbox_journal_entry j WHERE j.opened_at_ns BETWEEN " + journalFrom + " AND " + journalTo
                + (filtered ? " AND j.school_id = ANY(?)" : "")
                + "), covered AS ("
                + " SELECT school_id, day FROM jd UNION SELECT school_id, day + k FROM jd, generate_series(-6, 6) k WHERE deviation"
                + "), tuesdays AS ("
                // owed from the day after the commission was constituted and the box installed (Readiness; the generated
                // schools have one composition each)
                + " SELECT a.school_id, d::date - DATE '1970-01-01' AS day FROM (SELECT c.school_id,"
                + " GREATEST(MIN(c.order_date), MIN(c.elected_on) + 1, MIN(DATE '1970-01-01' + ((b.installed_at_ns + " + offset
                + ") / 86400000000000)::int) + 1) AS active_from"
                + " FROM trustbox_commission c JOIN trustbox_box b ON b.school_id = c.school_id"
                + (filtered ? " WHERE c.school_id = ANY(?)" : "") + " GROUP BY c.school_id) a,"
                + " generate_series(GREATEST(a.active_from, DATE '" + quarter.first() + "'), DATE '" + missedTo + "', INTERVAL '1 day') d"
                + " WHERE EXTRACT(ISODOW FROM d) = 2"
                + ")"
                + " SELECT 'openings', '', COUNT(*) FROM jd WHERE day BETWEEN " + first + " AND " + last
                + " UNION ALL SELECT 'deviations', '', COUNT(*) FROM jd WHERE deviation AND day BETWEEN " + first + " AND " + last
                + " UNION ALL SELECT 'incidents', '', COALESCE(SUM(incidents), 0) FROM jd WHERE day BETWEEN " + first + " AND " + last
                + " UNION ALL SELECT 'missed', '', COUNT(*) FROM tuesdays u"
                + " WHERE NOT EXISTS (SELECT 1 FROM covered c WHERE c.school_id = u.school_id AND c.day = u.day)";
        return List.of(appeals.toString(), children, journal);
    }

    /** The EXPLAIN ANALYZE of {@code sql} with {@code args}, as text. */
    public static String explain(DataSource ds, String sql, Object... args) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            for (int i = 0; i < args.length; i++) {
                Object a = args[i];
                if (a instanceof List<?> list) {
                    s.setArray(i + 1, c.createArrayOf("varchar", list.toArray()));
                } else {
                    s.setObject(i + 1, a);
                }
            }
            List<String> lines = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
            }
            return String.join("\n", lines);
        } catch (SQLException e) {
            return "EXPLAIN failed: " + e.getMessage();
        }
    }

    /**
     * The statement trustbox-jdbc runs to read a school's appeals of a period ({@code Appeals#withdrawn}, as its quarterly
     * report does), read from the library so that the plan shown is its own, with its arguments for {@code school} and
     * {@code quarter}.
     */
    public static Object[] libraryReportStatement(String school, Quarter quarter) {
        try {
            var f = Class.forName("kg.trustbox.jdbc.JdbiAppeals").getDeclaredField("WITHDRAWN");
            f.setAccessible(true);
            // the library binds by name (:school, :from, :to, in this order); plain JDBC binds by position
            String positional = ((String) f.get(null)).replaceAll("(?<!:):[A-Za-z][A-Za-z0-9_.]*", "?");
            return new Object[] {positional, school, MinistryData.nanos(quarter.first().atStartOfDay(MinistryData.ZONE).toInstant()),
                    MinistryData.nanos(quarter.last().plusDays(1).atStartOfDay(MinistryData.ZONE).toInstant())};
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("trustbox-jdbc's appeal statement is not where it was", e);
        }
    }
}
