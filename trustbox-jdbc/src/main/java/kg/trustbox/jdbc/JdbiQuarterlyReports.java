package kg.trustbox.jdbc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.commission.PersonId;
import kg.trustbox.jdbc.internal.Db;
import kg.trustbox.report.Figures;
import kg.trustbox.report.Quarter;
import kg.trustbox.report.QuarterlyReport;
import kg.trustbox.report.QuarterlyReports;
import kg.trustbox.school.SchoolId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.result.RowView;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link QuarterlyReports} in {@code trustbox_report}, the figures one count per row in
 * {@code trustbox_report_figure}. Thread-safe.
 */
final class JdbiQuarterlyReports implements QuarterlyReports {
    private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.removingComments();
    static final String REPORTS = sql("reports");
    static final String REPORT = sql("report");
    static final String FIGURES = sql("figures");
    static final String FIGURES_OF = sql("figures-of");
    static final String DELETE = sql("delete");
    static final String INSERT = sql("insert");
    static final String INSERT_FIGURE = sql("insert-figure");

    private static final String CURRENT = "CURRENT";
    private static final String PREVIOUS = "PREVIOUS";

    private final Db db;

    JdbiQuarterlyReports(Db db) {
        this.db = db;
    }

    private static String sql(String name) {
        return SQL.locate(JdbiQuarterlyReports.class, name);
    }

    @Override
    public void save(QuarterlyReport r) {
        db.call("store the quarterly report", (h, d) -> {
            h.createUpdate(DELETE).bind("school", r.school()).bindMethods("quarter", r.quarter()).execute();
            h.createUpdate(INSERT).bindMethods(r).bindMethods("quarter", r.quarter())
                    .bind("discussedAt", r.discussedAt().orElse(null)).execute();
            PreparedBatch figures = h.prepareBatch(INSERT_FIGURE);
            addFigures(figures, r, CURRENT, r.current());
            addFigures(figures, r, PREVIOUS, r.previous());
            if (figures.size() > 0) {
                figures.execute();
            }
            return null;
        });
    }

    /** Adds a row per count of {@code f} to the batch. */
    private static void addFigures(PreparedBatch batch, QuarterlyReport r, String period, Figures f) {
        Map<String, Map<String, Integer>> rows = new TreeMap<>();
        scalar(rows, "received", f.received());
        scalar(rows, "signed", f.signed());
        scalar(rows, "anonymous", f.anonymous());
        scalar(rows, "kyrgyz", f.kyrgyz());
        scalar(rows, "russian", f.russian());
        scalar(rows, "otherLanguage", f.otherLanguage());
        scalar(rows, "decidedOnTime", f.decidedOnTime());
        scalar(rows, "decidedLate", f.decidedLate());
        scalar(rows, "overdue", f.overdue());
        scalar(rows, "openings", f.openings());
        scalar(rows, "deviations", f.deviations());
        scalar(rows, "missedTuesdays", f.missedTuesdays());
        scalar(rows, "incidents", f.incidents());
        f.byCategory().forEach((k, v) -> keyed(rows, "byCategory", k.name(), v));
        f.byVerdict().forEach((k, v) -> keyed(rows, "byVerdict", k.name(), v));
        f.forwardedTo().forEach((k, v) -> keyed(rows, "forwardedTo", k, v));
        f.daysToDecision().forEach((k, v) -> keyed(rows, "daysToDecision", Integer.toString(k), v));
        f.tags().forEach((k, v) -> keyed(rows, "tags", k, v));
        for (var figure : rows.entrySet()) {
            for (var e : figure.getValue().entrySet()) {
                batch.bind("school", r.school()).bindMethods("quarter", r.quarter()).bind("period", period)
                        .bind("figure", figure.getKey()).bind("key", e.getKey()).bind("value", e.getValue()).add();
            }
        }
    }

    private static void scalar(Map<String, Map<String, Integer>> rows, String figure, int value) {
        keyed(rows, figure, "", value);
    }

    private static void keyed(Map<String, Map<String, Integer>> rows, String figure, String key, int value) {
        rows.computeIfAbsent(figure, k -> new TreeMap<>()).put(key, value);
    }

    @Override
    public Optional<QuarterlyReport> find(SchoolId school, Quarter quarter) {
        return db.call("read the quarterly reports", (h, d) -> read(h, school, Optional.of(quarter)).stream().findFirst());
    }

    @Override
    public List<QuarterlyReport> list(SchoolId school) {
        return db.call("read the quarterly reports", (h, d) -> read(h, school, Optional.empty()));
    }

    private record Head(Quarter quarter, String recurringProblems, String preparedBy, LocalDate preparedOn, Optional<Integer> discussedAt) {
    }

    private static List<QuarterlyReport> read(Handle h, SchoolId school, Optional<Quarter> quarter) {
        Consumer<Query> args = q -> quarter.ifPresentOrElse(one -> q.bind("school", school).bindMethods("quarter", one),
                () -> q.bind("school", school));
        Query reports = h.createQuery(quarter.isPresent() ? REPORT : REPORTS);
        args.accept(reports);
        List<Head> heads = reports.map((RowView row) -> new Head(quarter(row), row.getColumn("recurring_problems", String.class),
                row.getColumn("prepared_by", String.class), row.getColumn("prepared_on", LocalDate.class),
                Optional.ofNullable(row.getColumn("discussed_at", Integer.class)))).list();
        if (heads.isEmpty()) {
            return List.of();
        }
        // quarter -> period -> figure -> key -> value
        Map<Quarter, Map<String, Map<String, Map<String, Integer>>>> figures = new HashMap<>();
        Query rows = h.createQuery(quarter.isPresent() ? FIGURES_OF : FIGURES);
        args.accept(rows);
        record Count(Quarter quarter, String period, String figure, String key, int value) {
        }
        rows.map((RowView row) -> new Count(quarter(row), row.getColumn("period", String.class), row.getColumn("figure", String.class),
                        row.getColumn("figure_key", String.class), row.getColumn("figure_value", Integer.class)))
                .forEach(c -> figures.computeIfAbsent(c.quarter(), k -> new HashMap<>())
                        .computeIfAbsent(c.period(), k -> new HashMap<>())
                        .computeIfAbsent(c.figure(), k -> new HashMap<>())
                        .put(c.key(), c.value()));
        List<QuarterlyReport> out = new ArrayList<>();
        for (Head r : heads) {
            Map<String, Map<String, Map<String, Integer>>> of = figures.getOrDefault(r.quarter(), Map.of());
            out.add(new QuarterlyReport(school, r.quarter(), figures(of.getOrDefault(CURRENT, Map.of())),
                    figures(of.getOrDefault(PREVIOUS, Map.of())), r.recurringProblems(), PersonId.of(r.preparedBy()), r.preparedOn(),
                    r.discussedAt()));
        }
        return List.copyOf(out);
    }

    private static Quarter quarter(RowView row) {
        return new Quarter(row.getColumn("report_year", Integer.class), row.getColumn("report_quarter", Integer.class));
    }

    private static Figures figures(Map<String, Map<String, Integer>> f) {
        Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
        f.getOrDefault("byCategory", Map.of()).forEach((k, v) -> byCategory.put(Category.valueOf(k), v));
        Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
        f.getOrDefault("byVerdict", Map.of()).forEach((k, v) -> byVerdict.put(Verdict.valueOf(k), v));
        TreeMap<Integer, Integer> days = new TreeMap<>();
        f.getOrDefault("daysToDecision", Map.of()).forEach((k, v) -> days.put(Integer.valueOf(k), v));
        return new Figures(n(f, "received"), byCategory, n(f, "signed"), n(f, "anonymous"), n(f, "kyrgyz"), n(f, "russian"),
                n(f, "otherLanguage"), byVerdict, f.getOrDefault("forwardedTo", Map.of()), n(f, "decidedOnTime"), n(f, "decidedLate"),
                n(f, "overdue"), days, n(f, "openings"), n(f, "deviations"), n(f, "missedTuesdays"), n(f, "incidents"),
                f.getOrDefault("tags", Map.of()));
    }

    private static int n(Map<String, Map<String, Integer>> f, String figure) {
        return f.getOrDefault(figure, Map.of()).getOrDefault("", 0);
    }
}
