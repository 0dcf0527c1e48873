package kg.trustbox.jdbc;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.commission.PersonId;
import kg.trustbox.jdbc.internal.Db;
import kg.trustbox.jdbc.internal.Sql;
import kg.trustbox.report.Figures;
import kg.trustbox.report.Quarter;
import kg.trustbox.report.QuarterlyReport;
import kg.trustbox.report.QuarterlyReports;
import kg.trustbox.school.SchoolId;
import org.jdbi.v3.core.Handle;

/**
 * {@link QuarterlyReports} in {@code trustbox_report}, the figures one count per row in
 * {@code trustbox_report_figure}. Thread-safe.
 */
final class JdbiQuarterlyReports implements QuarterlyReports {
    static final String REPORTS = "SELECT report_year, report_quarter, recurring_problems, prepared_by, prepared_on, discussed_at"
            + " FROM trustbox_report WHERE school_id = ?";
    static final String FIGURES = "SELECT report_year, report_quarter, period, figure, figure_key, figure_value"
            + " FROM trustbox_report_figure WHERE school_id = ?";
    static final String ONE = " AND report_year = ? AND report_quarter = ?";

    private static final String CURRENT = "CURRENT";
    private static final String PREVIOUS = "PREVIOUS";

    private final Db db;

    JdbiQuarterlyReports(Db db) {
        this.db = db;
    }

    @Override
    public void save(QuarterlyReport r) {
        db.call("store the quarterly report", (h, d) -> {
            String school = r.school().value();
            Quarter q = r.quarter();
            Sql.update(h, "DELETE FROM trustbox_report WHERE school_id = ? AND report_year = ? AND report_quarter = ?",
                    school, q.year(), q.quarter());
            Sql.update(h, "INSERT INTO trustbox_report (school_id, report_year, report_quarter, recurring_problems, prepared_by,"
                            + " prepared_on, discussed_at) VALUES (?, ?, ?, ?, ?, ?, ?)", school, q.year(), q.quarter(),
                    r.recurringProblems(), r.preparedBy().value(), r.preparedOn(),
                    Sql.orNull(r.discussedAt().orElse(null), Types.INTEGER));
            insertFigures(h, school, q, CURRENT, r.current());
            insertFigures(h, school, q, PREVIOUS, r.previous());
            return null;
        });
    }

    private static void insertFigures(Handle h, String school, Quarter q, String period, Figures f) {
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
                Sql.update(h, "INSERT INTO trustbox_report_figure (school_id, report_year, report_quarter, period, figure, figure_key,"
                        + " figure_value) VALUES (?, ?, ?, ?, ?, ?, ?)", school, q.year(), q.quarter(), period, figure.getKey(),
                        e.getKey(), e.getValue());
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
        String filter = quarter.isPresent() ? ONE : "";
        Object[] args = quarter.isPresent() ? new Object[] {school.value(), quarter.get().year(), quarter.get().quarter()}
                : new Object[] {school.value()};
        List<Head> heads = Sql.query(h, REPORTS + filter + " ORDER BY report_year, report_quarter", (rs, ctx) -> new Head(
                new Quarter(rs.getInt("report_year"), rs.getInt("report_quarter")), rs.getString("recurring_problems"),
                rs.getString("prepared_by"), Sql.date(rs, "prepared_on"), Sql.optInt(rs, "discussed_at")), args);
        if (heads.isEmpty()) {
            return List.of();
        }
        // quarter -> period -> figure -> key -> value
        Map<Quarter, Map<String, Map<String, Map<String, Integer>>>> figures = new HashMap<>();
        Sql.query(h, FIGURES + filter, (rs, ctx) -> {
            figures.computeIfAbsent(new Quarter(rs.getInt("report_year"), rs.getInt("report_quarter")), k -> new HashMap<>())
                    .computeIfAbsent(rs.getString("period"), k -> new HashMap<>())
                    .computeIfAbsent(rs.getString("figure"), k -> new HashMap<>())
                    .put(rs.getString("figure_key"), rs.getInt("figure_value"));
            return 0;
        }, args);
        List<QuarterlyReport> out = new ArrayList<>();
        for (Head r : heads) {
            Map<String, Map<String, Map<String, Integer>>> of = figures.getOrDefault(r.quarter(), Map.of());
            out.add(new QuarterlyReport(school, r.quarter(), figures(of.getOrDefault(CURRENT, Map.of())),
                    figures(of.getOrDefault(PREVIOUS, Map.of())), r.recurringProblems(), PersonId.of(r.preparedBy()), r.preparedOn(),
                    r.discussedAt()));
        }
        return List.copyOf(out);
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
