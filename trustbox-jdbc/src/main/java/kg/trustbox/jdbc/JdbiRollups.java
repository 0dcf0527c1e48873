package kg.trustbox.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.DeadlinePolicy;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.box.Readiness;
import kg.trustbox.box.OpeningSchedule;
import kg.trustbox.jdbc.internal.Db;
import kg.trustbox.jdbc.internal.Dialect;
import kg.trustbox.jdbc.internal.Sql;
import kg.trustbox.report.Analysis;
import kg.trustbox.report.Figures;
import kg.trustbox.report.Quarter;
import kg.trustbox.report.Rollup;
import kg.trustbox.report.Rollups;
import kg.trustbox.school.School;
import kg.trustbox.school.SchoolId;
import kg.trustbox.store.Stores;
import org.jdbi.v3.core.Handle;

/**
 * {@link Rollups} computed in the database: the appeals of a quarter are counted by aggregate
 * statements over all the schools at once, and only the openings' days are read back, so the cost
 * grows with the quarter's appeals, not with a round trip and every appeal per school.
 *
 * <p>The statements state the rules of {@code Analysis} for the policies they can: a deadline in
 * calendar days and a school zone whose offset no longer changes (Asia/Bishkek). For a deadline in
 * working days (holidays live in the school's calendar, not in the database) or a zone with
 * offset changes, the schools are analysed one by one ({@link Rollups#perSchool}). The contract
 * test holds both ways to the same figures.
 */
final class JdbiRollups implements Rollups {
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;
    private static final List<String> COUNTS = List.of("received", "signed", "anonymous", "kyrgyz", "russian", "other_language",
            "on_time", "late", "overdue");

    private final Db db;
    private final Rollups perSchool;

    JdbiRollups(Db db, Stores stores) {
        this.db = db;
        this.perSchool = Rollups.perSchool(stores.appeals(), stores.journal(), stores.commissions(), stores.boxes());
    }

    @Override
    public Rollup rollup(Quarter quarter, LocalDate asOf, OpeningSchedule schedule, DeadlinePolicy deadlines,
                         Collection<School> schools) {
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(deadlines, "deadlines");
        Objects.requireNonNull(schools, "schools");
        Map<SchoolId, School> distinct = new LinkedHashMap<>();
        schools.forEach(s -> distinct.putIfAbsent(s.id(), s));
        Map<ZoneId, List<School>> inSql = new LinkedHashMap<>();
        List<School> oneByOne = new ArrayList<>();
        for (School s : distinct.values()) {
            if (deadlines instanceof DeadlinePolicy.CalendarDays && offsetSettled(s.zone(), quarter)) {
                inSql.computeIfAbsent(s.zone(), z -> new ArrayList<>()).add(s);
            } else {
                oneByOne.add(s);
            }
        }
        Figures total = oneByOne.isEmpty() ? Figures.empty()
                : perSchool.rollup(quarter, asOf, schedule, deadlines, oneByOne).total();
        if (!inSql.isEmpty()) {
            int days = ((DeadlinePolicy.CalendarDays) deadlines).days();
            total = total.plus(db.call("roll up the quarter's figures", (h, d) -> {
                Figures f = Figures.empty();
                List<School> all = new ArrayList<>();
                for (Map.Entry<ZoneId, List<School>> zone : inSql.entrySet()) {
                    String[] ids = ids(zone.getValue());
                    f = f.plus(appeals(h, d, quarter, days, zone.getKey(), ids)).plus(children(h, quarter, zone.getKey(), ids));
                    all.addAll(zone.getValue());
                }
                return f.plus(journal(h, quarter, asOf, schedule, deadlines, all));
            }));
        }
        return new Rollup(quarter, distinct.size(), total);
    }

    /** Whether the zone's offset stays the same from a year before the quarter on, so that a day is a fixed division. */
    private static boolean offsetSettled(ZoneId zone, Quarter quarter) {
        Instant since = quarter.first().minusYears(1).atStartOfDay(zone).toInstant();
        return zone.getRules().isFixedOffset() || zone.getRules().nextTransition(since) == null;
    }

    private static String[] ids(List<School> schools) {
        return schools.stream().map(s -> s.id().value()).toArray(String[]::new);
    }

    private static long start(LocalDate day, ZoneId zone) {
        return Sql.nanos(day.atStartOfDay(zone).toInstant());
    }

    /** The quarter's appeals of the schools, grouped by days from registration to decision, each figure a filtered count. */
    private static Figures appeals(Handle h, Dialect d, Quarter quarter, int days, ZoneId zone, String[] ids) {
        long offset = zone.getRules().getOffset(quarter.first().atStartOfDay(zone).toInstant()).getTotalSeconds() * 1_000_000_000L;
        String day = "((%s + " + offset + ") / " + NANOS_PER_DAY + ")";
        long last = quarter.last().toEpochDay();
        StringBuilder sql = new StringBuilder("SELECT days, COUNT(*) AS received,"
                + " COUNT(*) FILTER (WHERE decided) AS decided,"
                + " COUNT(*) FILTER (WHERE appellant_kind = 'SIGNED') AS signed,"
                + " COUNT(*) FILTER (WHERE appellant_kind = 'ANONYMOUS') AS anonymous,"
                + " COUNT(*) FILTER (WHERE appeal_language = 'KYRGYZ') AS kyrgyz,"
                + " COUNT(*) FILTER (WHERE appeal_language = 'RUSSIAN') AS russian,"
                + " COUNT(*) FILTER (WHERE appeal_language = 'OTHER') AS other_language,"
                + " COUNT(*) FILTER (WHERE decided AND dec_day <= due) AS on_time,"
                + " COUNT(*) FILTER (WHERE decided AND dec_day > due) AS late,"
                + " COUNT(*) FILTER (WHERE reg_day IS NOT NULL AND due < " + last
                + " AND (dec_day IS NULL OR dec_day > " + last + ")) AS overdue");
        for (Category k : Category.values()) {
            sql.append(", COUNT(*) FILTER (WHERE category = '").append(k.name()).append("') AS c_").append(lower(k));
        }
        for (Verdict v : Verdict.values()) {
            sql.append(", COUNT(*) FILTER (WHERE decided AND verdict = '").append(v.name()).append("') AS v_").append(lower(v));
        }
        sql.append(" FROM (SELECT x.*, CASE WHEN decided THEN dec_day - reg_day END AS days FROM (")
                .append("SELECT t.appellant_kind, t.category, t.appeal_language, t.verdict, ")
                .append(String.format(day, "t.registered_at_ns")).append(" AS reg_day, ")
                .append(String.format(day, "t.decided_at_ns")).append(" AS dec_day, ")
                // Deadlines#considerationDue: the extension's date when granted while the term ran
                .append("CASE WHEN t.extension_due IS NOT NULL AND ").append(String.format(day, "t.extended_at_ns"))
                .append(" <= ").append(String.format(day, "t.registered_at_ns")).append(" + ").append(days)
                .append(" THEN ").append(d.epochDay("t.extension_due")).append(" ELSE ")
                .append(String.format(day, "t.registered_at_ns")).append(" + ").append(days).append(" END AS due, ")
                .append("(t.registered_at_ns IS NOT NULL AND t.verdict IS NOT NULL AND t.decided_at_ns IS NOT NULL) AS decided")
                .append(" FROM trustbox_appeal t WHERE t.school_id = ANY(?) AND t.withdrawn_at_ns >= ? AND t.withdrawn_at_ns < ?")
                .append(") x) y GROUP BY days");
        Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
        Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
        TreeMap<Integer, Integer> histogram = new TreeMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Sql.query(h, sql.toString(), (rs, ctx) -> {
            int daysToDecision = rs.getInt("days");
            if (!rs.wasNull()) {
                histogram.merge(daysToDecision, rs.getInt("decided"), Integer::sum);
            }
            for (String c : COUNTS) {
                counts.merge(c, rs.getInt(c), Integer::sum);
            }
            for (Category k : Category.values()) {
                byCategory.merge(k, rs.getInt("c_" + lower(k)), Integer::sum);
            }
            for (Verdict v : Verdict.values()) {
                byVerdict.merge(v, rs.getInt("v_" + lower(v)), Integer::sum);
            }
            return 0;
        }, ids, start(quarter.first(), zone), start(quarter.last().plusDays(1), zone));
        return new Figures(counts.getOrDefault("received", 0), byCategory, counts.getOrDefault("signed", 0),
                counts.getOrDefault("anonymous", 0), counts.getOrDefault("kyrgyz", 0), counts.getOrDefault("russian", 0),
                counts.getOrDefault("other_language", 0), byVerdict, Map.of(), counts.getOrDefault("on_time", 0),
                counts.getOrDefault("late", 0), counts.getOrDefault("overdue", 0), histogram, 0, 0, 0, 0, Map.of());
    }

    /** Appeals per competent body they were forwarded to, and per tag, each appeal counted once per body or tag. */
    private static Figures children(Handle h, Quarter quarter, ZoneId zone, String[] ids) {
        String quarterAppeals = "SELECT t.school_id, t.appeal_id FROM trustbox_appeal t"
                + " WHERE t.school_id = ANY(?) AND t.withdrawn_at_ns >= ? AND t.withdrawn_at_ns < ?";
        String sql = "WITH q AS (" + quarterAppeals + ")"
                + " SELECT 'F' AS kind, body AS name, COUNT(*) AS n FROM (SELECT DISTINCT f.school_id, f.appeal_id, f.body"
                + " FROM trustbox_appeal_forwarding f JOIN q ON q.school_id = f.school_id AND q.appeal_id = f.appeal_id) x GROUP BY body"
                + " UNION ALL SELECT 'T' AS kind, tag AS name, COUNT(*) AS n FROM (SELECT DISTINCT g.school_id, g.appeal_id, g.tag"
                + " FROM trustbox_appeal_tag g JOIN q ON q.school_id = g.school_id AND q.appeal_id = g.appeal_id) y GROUP BY tag";
        Map<String, Integer> forwarded = new HashMap<>();
        Map<String, Integer> tags = new HashMap<>();
        Sql.query(h, sql, (rs, ctx) -> (rs.getString("kind").equals("F") ? forwarded : tags)
                .merge(rs.getString("name"), rs.getInt("n"), Integer::sum), ids, start(quarter.first(), zone),
                start(quarter.last().plusDays(1), zone));
        return new Figures(0, Map.of(), 0, 0, 0, 0, 0, Map.of(), forwarded, 0, 0, 0, new TreeMap<>(), 0, 0, 0, 0, tags);
    }

    /**
     * Openings, deviations, incidents and missed opening days: the openings from a week before the
     * quarter to a week after it are read back (their days only) and each school's are handed to
     * {@code Analysis#openings}, with the school's calendar.
     */
    private static Figures journal(Handle h, Quarter quarter, LocalDate asOf, OpeningSchedule schedule, DeadlinePolicy deadlines,
                                   List<School> schools) {
        String[] ids = ids(schools);
        long from = Sql.nanos(quarter.first().minusDays(8).atStartOfDay(ZoneOffset.UTC).toInstant());
        long to = Sql.nanos(quarter.last().plusDays(9).atStartOfDay(ZoneOffset.UTC).toInstant());
        Map<String, School> byId = new HashMap<>();
        schools.forEach(s -> byId.put(s.id().value(), s));
        Map<String, List<Analysis.OpeningDay>> openings = new HashMap<>();
        Sql.query(h, "SELECT school_id, opened_at_ns, deviation, CARDINALITY(incidents) AS incident_count FROM trustbox_journal_entry"
                + " WHERE school_id = ANY(?) AND opened_at_ns >= ? AND opened_at_ns < ?", (rs, ctx) -> {
                    School school = byId.get(rs.getString("school_id"));
                    return openings.computeIfAbsent(school.id().value(), k -> new ArrayList<>()).add(new Analysis.OpeningDay(
                            school.local(Sql.instant(rs.getLong("opened_at_ns"))).toLocalDate(), rs.getString("deviation") != null,
                            rs.getInt("incident_count")));
                }, ids, from, to);
        Map<String, List<Readiness.Composition>> history = new HashMap<>();
        Sql.query(h, "SELECT school_id, order_date, elected_on FROM trustbox_commission WHERE school_id = ANY(?)"
                + " ORDER BY school_id, order_date, saved_seq", (rs, ctx) -> history.computeIfAbsent(rs.getString("school_id"),
                        k -> new ArrayList<>()).add(new Readiness.Composition(Sql.date(rs, "order_date"),
                        Optional.ofNullable(rs.getDate("elected_on")).map(java.sql.Date::toLocalDate))), (Object) ids);
        Map<String, Instant> installed = new HashMap<>();
        Sql.query(h, "SELECT school_id, installed_at_ns FROM trustbox_box WHERE school_id = ANY(?)",
                (rs, ctx) -> installed.put(rs.getString("school_id"), Sql.instant(rs, "installed_at_ns")), (Object) ids);
        Figures total = Figures.empty();
        for (School school : schools) {
            String id = school.id().value();
            Readiness ready = Readiness.of(history.getOrDefault(id, List.of()),
                    Optional.ofNullable(installed.get(id)).map(t -> school.local(t).toLocalDate()));
            total = total.plus(new Analysis(school, schedule, deadlines).openings(quarter, openings.getOrDefault(id, List.of()),
                    ready, asOf));
        }
        return total;
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
