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
import kg.trustbox.report.Analysis;
import kg.trustbox.report.Figures;
import kg.trustbox.report.Quarter;
import kg.trustbox.report.Rollup;
import kg.trustbox.report.Rollups;
import kg.trustbox.school.School;
import kg.trustbox.school.SchoolId;
import kg.trustbox.store.Stores;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

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
    private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.removingComments();
    static final String APPEALS = sql("appeals");
    static final String CHILDREN = sql("children");
    static final String OPENINGS = sql("openings");
    static final String COMPOSITIONS = sql("compositions");
    static final String INSTALLATIONS = sql("installations");
    static final String ANCHORS = sql("anchors");
    private static final List<String> COUNTS = List.of("received", "signed", "anonymous", "kyrgyz", "russian", "other_language",
            "on_time", "late", "overdue");

    private final Db db;
    private final Rollups perSchool;

    JdbiRollups(Db db, Stores stores) {
        this.db = db;
        this.perSchool = Rollups.perSchool(stores.appeals(), stores.journal(), stores.commissions(), stores.boxes(), stores.ledger());
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
        String[] all = distinct.keySet().stream().map(SchoolId::value).toArray(String[]::new);
        Map<SchoolId, kg.trustbox.chain.Chain.Head> anchors = new LinkedHashMap<>();
        if (all.length > 0) {
            db.call("read the schools' ledger heads", (h, d) -> {
                h.createQuery(ANCHORS).bind("schools", all)
                        .map((rs, ctx) -> Map.entry(SchoolId.of(rs.getString("school_id")),
                                new kg.trustbox.chain.Chain.Head(rs.getLong("seq"), rs.getString("head_hash"))))
                        .forEach(e -> anchors.put(e.getKey(), e.getValue()));
                return null;
            });
        }
        return new Rollup(quarter, distinct.size(), total, anchors);
    }

    /** Whether the zone's offset stays the same from a year before the quarter on, so that a day is a fixed division. */
    private static boolean offsetSettled(ZoneId zone, Quarter quarter) {
        Instant since = quarter.first().minusYears(1).atStartOfDay(zone).toInstant();
        return zone.getRules().isFixedOffset() || zone.getRules().nextTransition(since) == null;
    }

    private static String[] ids(List<School> schools) {
        return schools.stream().map(s -> s.id().value()).toArray(String[]::new);
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static String sql(String name) {
        return SQL.locate(JdbiRollups.class, name);
    }

    /** The quarter's appeals of the schools, grouped by days from registration to decision, each figure a filtered count. */
    private static Figures appeals(Handle h, Dialect d, Quarter quarter, int days, ZoneId zone, String[] ids) {
        long offset = zone.getRules().getOffset(quarter.first().atStartOfDay(zone).toInstant()).getTotalSeconds() * 1_000_000_000L;
        StringBuilder categoryCounts = new StringBuilder();
        for (Category k : Category.values()) {
            categoryCounts.append(", COUNT(*) FILTER (WHERE category = '").append(k.name()).append("') AS c_").append(lower(k));
        }
        StringBuilder verdictCounts = new StringBuilder();
        for (Verdict v : Verdict.values()) {
            verdictCounts.append(", COUNT(*) FILTER (WHERE decided AND verdict = '").append(v.name()).append("') AS v_").append(lower(v));
        }
        Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
        Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
        TreeMap<Integer, Integer> histogram = new TreeMap<>();
        Map<String, Integer> counts = new HashMap<>();
        h.createQuery(APPEALS)
                .define("offset", offset).define("nanosPerDay", NANOS_PER_DAY).define("last", quarter.last().toEpochDay())
                .define("days", days).define("extensionDueDay", d.epochDay("t.extension_due"))
                .define("categoryCounts", categoryCounts).define("verdictCounts", verdictCounts)
                .bind("schools", ids).bind("from", start(quarter.first(), zone)).bind("to", start(quarter.last().plusDays(1), zone))
                .reduceRows(counts, (total, row) -> {
                    Integer daysToDecision = row.getColumn("days", Integer.class);
                    if (daysToDecision != null) {
                        histogram.merge(daysToDecision, row.getColumn("decided", Integer.class), Integer::sum);
                    }
                    for (String c : COUNTS) {
                        total.merge(c, row.getColumn(c, Integer.class), Integer::sum);
                    }
                    for (Category k : Category.values()) {
                        byCategory.merge(k, row.getColumn("c_" + lower(k), Integer.class), Integer::sum);
                    }
                    for (Verdict v : Verdict.values()) {
                        byVerdict.merge(v, row.getColumn("v_" + lower(v), Integer.class), Integer::sum);
                    }
                    return total;
                });
        return new Figures(counts.getOrDefault("received", 0), byCategory, counts.getOrDefault("signed", 0),
                counts.getOrDefault("anonymous", 0), counts.getOrDefault("kyrgyz", 0), counts.getOrDefault("russian", 0),
                counts.getOrDefault("other_language", 0), byVerdict, Map.of(), counts.getOrDefault("on_time", 0),
                counts.getOrDefault("late", 0), counts.getOrDefault("overdue", 0), histogram, 0, 0, 0, 0, Map.of());
    }

    /** Appeals per competent body they were forwarded to, and per tag, each appeal counted once per body or tag. */
    private static Figures children(Handle h, Quarter quarter, ZoneId zone, String[] ids) {
        Map<String, Integer> forwarded = new HashMap<>();
        Map<String, Integer> tags = new HashMap<>();
        h.createQuery(CHILDREN).bind("schools", ids).bind("from", start(quarter.first(), zone))
                .bind("to", start(quarter.last().plusDays(1), zone))
                .reduceRows(0, (n, row) -> {
                    (row.getColumn("kind", String.class).equals("F") ? forwarded : tags)
                            .merge(row.getColumn("name", String.class), row.getColumn("n", Integer.class), Integer::sum);
                    return n + 1;
                });
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
        Map<String, School> byId = new HashMap<>();
        schools.forEach(s -> byId.put(s.id().value(), s));
        Map<String, List<Analysis.OpeningDay>> openings = new HashMap<>();
        h.createQuery(OPENINGS).bind("schools", ids)
                .bind("from", quarter.first().minusDays(8).atStartOfDay(ZoneOffset.UTC).toInstant())
                .bind("to", quarter.last().plusDays(9).atStartOfDay(ZoneOffset.UTC).toInstant())
                .reduceRows(openings, (all, row) -> {
                    School school = byId.get(row.getColumn("school_id", String.class));
                    all.computeIfAbsent(school.id().value(), k -> new ArrayList<>()).add(new Analysis.OpeningDay(
                            school.local(row.getColumn("opened_at_ns", Instant.class)).toLocalDate(),
                            row.getColumn("deviation", String.class) != null, row.getColumn("incident_count", Integer.class)));
                    return all;
                });
        Map<String, List<Readiness.Composition>> history = new HashMap<>();
        h.createQuery(COMPOSITIONS).bind("schools", ids).reduceRows(history, (all, row) -> {
            all.computeIfAbsent(row.getColumn("school_id", String.class), k -> new ArrayList<>()).add(new Readiness.Composition(
                    row.getColumn("order_date", LocalDate.class), Optional.ofNullable(row.getColumn("elected_on", LocalDate.class))));
            return all;
        });
        Map<String, Instant> installed = new HashMap<>();
        h.createQuery(INSTALLATIONS).bind("schools", ids).reduceRows(installed, (all, row) -> {
            all.put(row.getColumn("school_id", String.class), row.getColumn("installed_at_ns", Instant.class));
            return all;
        });
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
