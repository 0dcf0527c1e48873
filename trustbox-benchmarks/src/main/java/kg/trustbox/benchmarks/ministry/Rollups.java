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
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.report.Figures;
import kg.trustbox.report.Quarter;
import kg.trustbox.report.Rollup;
import kg.trustbox.rule.Inputs;
import kg.trustbox.school.School;
import kg.trustbox.store.Stores;

/**
 * The two ways of figure 3 to compute a quarter's figures over many schools.
 *
 * <ul>
 *   <li>{@link #trustbox}: how the library does it today: for each school {@code TrustBoxOffice#figures} (that is
 *       {@code Analysis#figures} over {@code Appeals.list}, {@code OpeningJournal.entries} and the commission's
 *       history), added up with {@code Figures.plus} into a {@link Rollup}.</li>
 *   <li>{@link #baseline}: one hand-written aggregate SQL statement over the same tables, giving the same
 *       {@link Figures}. It encodes the default regulation (Law No. 67: 14 calendar days unless extended; Tuesday
 *       openings) and the schools' calendar (Monday to Friday without holidays, so a Tuesday is never in a vacation),
 *       which is what the generated schools have; the smoke test checks both give equal figures.</li>
 * </ul>
 */
public final class Rollups {
    private Rollups() {
    }

    /** trustbox: each school's figures from its stores, summed. */
    public static Rollup trustbox(Stores stores, List<School> schools, Quarter quarter, LocalDate asOf) {
        Clock clock = Clock.fixed(asOf.atTime(10, 0).atZone(MinistryData.ZONE).toInstant(), ZoneOffset.UTC);
        Inputs inputs = Inputs.usingDefaultProvider();
        Regulation regulation = Regulation.defaults();
        Figures total = Figures.empty();
        for (School school : schools) {
            total = total.plus(TrustBoxOffice.of(school, stores, clock, regulation, inputs).figures(quarter, asOf));
        }
        return new Rollup(quarter, schools.size(), total);
    }

    /**
     * baseline: the figures of {@code quarter} for the schools named (every school when empty), in one statement.
     */
    public static Figures baseline(DataSource ds, Optional<List<String>> schools, Quarter quarter, LocalDate asOf) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql(schools.isPresent(), quarter, asOf,
                MinistryData.ZONE))) {
            if (schools.isPresent()) {
                Array ids = c.createArrayOf("varchar", schools.get().toArray());
                for (int i = 1; i <= 3; i++) {
                    s.setArray(i, ids);
                }
            }
            Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
            Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
            Map<String, Integer> forwarded = new HashMap<>();
            Map<String, Integer> tags = new HashMap<>();
            TreeMap<Integer, Integer> days = new TreeMap<>();
            Map<String, Integer> counts = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String figure = rs.getString(1);
                    String key = rs.getString(2);
                    int n = rs.getInt(3);
                    switch (figure) {
                        case "category" -> byCategory.put(Category.valueOf(key), n);
                        case "verdict" -> byVerdict.put(Verdict.valueOf(key), n);
                        case "forwarded" -> forwarded.put(key, n);
                        case "tag" -> tags.put(key, n);
                        case "days" -> days.put(Integer.parseInt(key), n);
                        default -> counts.merge(key.isEmpty() ? figure : figure + "." + key, n, Integer::sum);
                    }
                }
            }
            return new Figures(counts.getOrDefault("received", 0), byCategory, counts.getOrDefault("kind.SIGNED", 0),
                    counts.getOrDefault("kind.ANONYMOUS", 0), counts.getOrDefault("language.KYRGYZ", 0),
                    counts.getOrDefault("language.RUSSIAN", 0), counts.getOrDefault("language.OTHER", 0), byVerdict, forwarded,
                    counts.getOrDefault("late.onTime", 0), counts.getOrDefault("late.late", 0), counts.getOrDefault("overdue", 0),
                    days, counts.getOrDefault("openings", 0), counts.getOrDefault("deviations", 0), counts.getOrDefault("missed", 0),
                    counts.getOrDefault("incidents", 0), tags);
        } catch (SQLException e) {
            throw new IllegalStateException("baseline rollup: " + e.getMessage(), e);
        }
    }

    /** The baseline's statement (schools as {@code ?} arrays three times when {@code filtered}). */
    public static String sql(boolean filtered, Quarter quarter, LocalDate asOf, ZoneId zone) {
        long from = MinistryData.nanos(quarter.first().atStartOfDay(zone).toInstant());
        long to = MinistryData.nanos(quarter.last().plusDays(1).atStartOfDay(zone).toInstant()) - 1;
        LocalDate missedTo = asOf.isBefore(quarter.last()) ? asOf : quarter.last();
        String z = "'" + zone.getId() + "'";
        String day = "(to_timestamp(%s / 1000000000.0) AT TIME ZONE " + z + ")::date";
        String first = "DATE '" + quarter.first() + "'";
        String last = "DATE '" + quarter.last() + "'";
        return "WITH q AS MATERIALIZED ("
                + " SELECT t.school_id, t.appeal_id, t.appellant_kind, t.category, t.appeal_language, t.verdict, t.extension_due,"
                + " " + String.format(day, "t.registered_at_ns") + " AS reg_day, " + String.format(day, "t.decided_at_ns") + " AS dec_day"
                + " FROM trustbox_appeal t WHERE t.withdrawn_at_ns BETWEEN " + from + " AND " + to
                + (filtered ? " AND t.school_id = ANY(?)" : "")
                + "), r AS ("
                + " SELECT q.*, COALESCE(q.extension_due, q.reg_day + 14) AS due, (q.verdict IS NOT NULL AND q.dec_day IS NOT NULL) AS decided"
                + " FROM q"
                + "), jd AS MATERIALIZED ("
                + " SELECT j.school_id, " + String.format(day, "j.opened_at_ns") + " AS day, j.deviation IS NOT NULL AS deviation, j.incidents"
                + " FROM trustbox_journal_entry j" + (filtered ? " WHERE j.school_id = ANY(?)" : "")
                + "), covered AS ("
                + " SELECT school_id, day FROM jd"
                + " UNION SELECT school_id, day + k FROM jd, generate_series(-6, 6) k WHERE deviation"
                + "), tuesdays AS ("
                + " SELECT a.school_id, d::date AS day FROM (SELECT school_id, MIN(order_date) AS active_from FROM trustbox_commission"
                + (filtered ? " WHERE school_id = ANY(?)" : "") + " GROUP BY school_id) a,"
                + " generate_series(GREATEST(a.active_from, " + first + "), DATE '" + missedTo + "', INTERVAL '1 day') d"
                + " WHERE EXTRACT(ISODOW FROM d) = 2"
                + ")"
                + " SELECT 'received', '', COUNT(*) FROM r"
                + " UNION ALL SELECT 'kind', appellant_kind, COUNT(*) FROM r GROUP BY appellant_kind"
                + " UNION ALL SELECT 'category', category, COUNT(*) FROM r WHERE reg_day IS NOT NULL GROUP BY category"
                + " UNION ALL SELECT 'language', appeal_language, COUNT(*) FROM r WHERE reg_day IS NOT NULL GROUP BY appeal_language"
                + " UNION ALL SELECT 'verdict', verdict, COUNT(*) FROM r WHERE reg_day IS NOT NULL AND decided GROUP BY verdict"
                + " UNION ALL SELECT 'late', CASE WHEN dec_day > due THEN 'late' ELSE 'onTime' END, COUNT(*) FROM r"
                + " WHERE reg_day IS NOT NULL AND decided GROUP BY 2"
                + " UNION ALL SELECT 'days', (dec_day - reg_day)::text, COUNT(*) FROM r WHERE reg_day IS NOT NULL AND decided GROUP BY 2"
                + " UNION ALL SELECT 'overdue', '', COUNT(*) FROM r WHERE reg_day IS NOT NULL AND due < " + last
                + " AND NOT COALESCE(dec_day <= " + last + ", FALSE)"
                + " UNION ALL SELECT 'forwarded', f.body, COUNT(DISTINCT q.appeal_id || '@' || q.school_id) FROM trustbox_appeal_forwarding f"
                + " JOIN q ON q.school_id = f.school_id AND q.appeal_id = f.appeal_id GROUP BY f.body"
                + " UNION ALL SELECT 'tag', g.tag, COUNT(DISTINCT q.appeal_id || '@' || q.school_id) FROM trustbox_appeal_tag g"
                + " JOIN q ON q.school_id = g.school_id AND q.appeal_id = g.appeal_id GROUP BY g.tag"
                + " UNION ALL SELECT 'openings', '', COUNT(*) FROM jd WHERE day BETWEEN " + first + " AND " + last
                + " UNION ALL SELECT 'deviations', '', COUNT(*) FROM jd WHERE deviation AND day BETWEEN " + first + " AND " + last
                + " UNION ALL SELECT 'incidents', '', COALESCE(SUM(CASE WHEN incidents = '' THEN 0"
                + " ELSE 1 + LENGTH(incidents) - LENGTH(REPLACE(incidents, ',', '')) END), 0) FROM jd WHERE day BETWEEN " + first + " AND " + last
                + " UNION ALL SELECT 'missed', '', COUNT(*) FROM tuesdays u"
                + " WHERE NOT EXISTS (SELECT 1 FROM covered c WHERE c.school_id = u.school_id AND c.day = u.day)";
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

    /** The statement trustbox-jdbc runs to list a school's appeals (read from the library, so the plan shown is its own). */
    public static String libraryListStatement() {
        try {
            var f = Class.forName("kg.trustbox.jdbc.JdbiAppeals").getDeclaredField("LIST");
            f.setAccessible(true);
            return (String) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("trustbox-jdbc's appeal list statement is not where it was", e);
        }
    }
}
