package kg.trustbox.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import kg.trustbox.benchmarks.compliance.ComplianceBenchmark;
import kg.trustbox.benchmarks.documents.DocumentBenchmark;
import kg.trustbox.benchmarks.documents.DocumentProbe;
import kg.trustbox.benchmarks.ledger.LedgerHistory;
import kg.trustbox.benchmarks.ledger.VerificationBenchmark;
import kg.trustbox.benchmarks.ministry.MinistryBenchmark;
import kg.trustbox.benchmarks.ministry.MinistryData;
import kg.trustbox.benchmarks.ministry.Rollups;
import kg.trustbox.benchmarks.ministry.Scale;
import kg.trustbox.benchmarks.registration.IdentityKeysBenchmark;
import kg.trustbox.benchmarks.registration.RegistrationBenchmark;
import kg.trustbox.benchmarks.registration.Registrations;
import kg.trustbox.jdbc.JdbiStores;
import kg.trustbox.report.Figures;
import kg.trustbox.school.School;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark of trustbox beside its baseline and prints the table (see {@code BENCHMARKS.md}). Each figure
 * with a baseline is measured {@link Interleaved interleaved} in a fresh JVM, until its ratio's 95 % error is under
 * ±10 % or a time cap is hit, and printed with that error; figures without a baseline are JMH runs.
 *
 * <pre>
 * java -jar trustbox-benchmarks/target/benchmarks.jar [--quick] [--only registration,documents,ministry,core]
 *                                                     [--out FILE] [--no-postgres]
 * </pre>
 * {@code --quick} runs short iterations on small data (a minute or two, for trying it out); {@code --out} also writes
 * the table and the notes as Markdown to FILE. PostgreSQL is {@code 127.0.0.1:5432}, user {@code postgres}
 * ({@code -Dtrustbox.bench.pg=jdbc:postgresql://host:port/} for another); its figures are skipped, and say so, when
 * none answers. The benchmarks write only to their own database, {@code trustbox_bench}.
 */
public final class Main {
    static final List<String> GROUPS = List.of("registration", "documents", "ministry", "core");

    record Score(double value, double error) {
    }

    private final boolean quick;
    private final Set<String> only;
    private final Optional<String> noPostgres;
    private final Map<String, Score> scores = new HashMap<>();
    private final Table table = new Table();
    private final StringBuilder notes = new StringBuilder();
    private final Scale scale;

    private Main(boolean quick, Set<String> only, Optional<String> noPostgres) {
        this.quick = quick;
        this.only = only;
        this.noPostgres = noPostgres;
        this.scale = quick ? Scale.QUICK : Scale.FULL;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        boolean skipPg = false;
        Set<String> only = new LinkedHashSet<>(GROUPS);
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--no-postgres" -> skipPg = true;
                case "--only" -> {
                    only = new LinkedHashSet<>(List.of(args[++i].split(",")));
                    if (!GROUPS.containsAll(only)) {
                        throw new IllegalArgumentException("--only takes " + GROUPS);
                    }
                }
                case "--out" -> out = Path.of(args[++i]);
                case "--help", "-h" -> {
                    System.out.println("java -jar benchmarks.jar [--quick] [--only " + String.join(",", GROUPS)
                            + "] [--out FILE] [--no-postgres]");
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (see --help)");
            }
        }
        Optional<String> noPg = skipPg ? Optional.of("--no-postgres given") : Postgres.unavailable();
        Main main = new Main(quick, only, noPg);
        long started = System.nanoTime();
        String machine = Machine.describe();
        main.run();
        String report = main.report(machine, (System.nanoTime() - started) / 1e9);
        System.out.println();
        System.out.println(report);
        if (out != null) {
            Files.writeString(out, report, StandardCharsets.UTF_8);
            System.out.println("(written to " + out + ")");
        }
    }

    private void run() throws Exception {
        if (only.contains("registration")) {
            registration();
        }
        if (only.contains("documents")) {
            documents();
        }
        if (only.contains("ministry")) {
            ministry();
        }
        if (only.contains("core")) {
            core();
        }
    }

    // ---------------------------------------------------------------- JMH

    /** JMH options for {@code benchmark}; {@code heap} is the forks' -Xmx (JMH keeps only one list of appended JVM options). */
    private ChainedOptionsBuilder options(Class<?> benchmark, String heap) {
        ChainedOptionsBuilder b = new OptionsBuilder()
                .include(benchmark.getName().replace(".", "\\.") + "\\.")
                .shouldFailOnError(true)
                .jvmArgsAppend("-Xmx" + heap, "-Dtrustbox.bench.scale=" + scale.name(), "-Dtrustbox.bench.pg=" + Postgres.server());
        if (quick) {
            b.warmupIterations(1).warmupTime(TimeValue.milliseconds(500)).measurementIterations(2)
                    .measurementTime(TimeValue.milliseconds(500));
        }
        return b;
    }

    private void jmh(ChainedOptionsBuilder options, String param) throws RunnerException {
        Collection<RunResult> results = new Runner(options.build()).run();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            String[] parts = name.split("\\.");
            String key = parts[parts.length - 2] + "." + parts[parts.length - 1] + "|"
                    + (param == null ? "" : r.getParams().getParam(param));
            scores.put(key, new Score(r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()));
        }
    }

    private Score score(String key) {
        Score s = scores.get(key);
        if (s == null) {
            throw new IllegalStateException("no result for " + key);
        }
        return s;
    }

    // ---------------------------------------------------------------- 1 registration

    private void registration() throws Exception {
        List<String> dbs = noPostgres.isPresent() ? List.of("h2") : List.of("h2", "postgresql");
        int rows = Registrations.ROWS_PER_OPENING;
        Interleaved.Result onH2 = null;
        for (String db : List.of("h2", "postgresql")) {
            String where = db.equals("h2") ? "H2 in memory" : "PostgreSQL";
            String figure = "1 registration, " + where + ": openings of " + Registrations.APPEALS + " appeals (" + rows
                    + " rows each, ledger included), rows/s, beside the three-step baseline";
            String floorFigure = "1b registration, " + where + ": the same, beside the one-transaction floor (nothing checked)";
            if (!dbs.contains(db)) {
                table.add(new Table.Row(figure, "skipped", "skipped", "—", "≥ 0.9×", "not run: " + noPostgres.orElse("")));
                table.add(new Table.Row(floorFigure, "skipped", "skipped", "—", "≥ 0.8×", "not run: " + noPostgres.orElse("")));
                continue;
            }
            // half-second rounds: every side writes as many openings as trustbox does, at most 100 rounds of them, which keeps
            // H2's in-memory tables within the heap and the weekly openings' timestamps within 2262 (nanoseconds since 1970)
            Interleaved.Result r = interleavedAs(quick ? "quick" : "full,500", RegistrationBenchmark.class, "db=" + db, "4g", "trustbox",
                    "fair", "floor");
            if (db.equals("h2")) {
                onH2 = r;
            }
            table.add(new Table.Row(figure, rowsPerSecond(rows, r.ms("trustbox")), rowsPerSecond(rows, r.ms("fair")),
                    ratio(r, r.throughput("fair")), "≥ 0.9×", atLeast(r.throughput("fair").mean(), 0.9)));
            // issue 17 sets the floor's target on PostgreSQL; on H2 the floor is reported
            boolean floorTarget = db.equals("postgresql");
            table.add(new Table.Row(floorFigure, rowsPerSecond(rows, r.ms("trustbox")), rowsPerSecond(rows, r.ms("floor")),
                    ratio(r, r.throughput("floor")), floorTarget ? "≥ 0.8×" : "reported",
                    floorTarget ? atLeast(r.throughput("floor").mean(), 0.8) : "—"));
        }
        jmh(options(IdentityKeysBenchmark.class, "1g"), null);
        Score keys = score("IdentityKeysBenchmark.encryptAndDecrypt|");
        double perAppeal = onH2.ms("trustbox") * 1000 / Registrations.APPEALS;
        table.add(new Table.Row("1c registration: a signed appeal's identity encrypted (opening) and decrypted (registration), µs,"
                + " beside trustbox's time per appeal of figure 1 on H2", String.format(Locale.ROOT, "%.1f µs", keys.value())
                + Table.error(keys.value(), keys.error()), String.format(Locale.ROOT, "%.1f µs", perAppeal),
                Table.ratio(keys.value() / perAppeal), "reported", "—"));
        try {
            Registrations.Work w = Registrations.work();
            notes.append(String.format(Locale.ROOT, "Registration (H2): one opening of %d appeals prepares %,d statements in %,d"
                    + " transactions through trustbox (open, seal, register the appeals), %,d in %,d by the three-step baseline and"
                    + " %,d (batched) in %,d by the floor.%n%n", Registrations.APPEALS, w.trustbox().statements(), w.trustbox().commits(),
                    w.fair().statements(), w.fair().commits(), w.floor().statements(), w.floor().commits()));
        } catch (Exception e) {
            notes.append("Registration: counting statements failed: ").append(e).append("\n\n");
        }
    }

    private static String rowsPerSecond(int rows, double ms) {
        return Table.sig(rows / (ms / 1000)) + " rows/s (" + Table.time(ms) + "/opening)";
    }

    // ---------------------------------------------------------------- 2 documents

    private void documents() throws Exception {
        Interleaved.Result d = interleaved(DocumentBenchmark.class, null, "1g", "trustbox", "baseline");
        table.add(new Table.Row("2 documents: withdrawal act of 30 appeals, PDF/A-2u, time per act", Table.time(d.ms("trustbox")),
                Table.time(d.ms("baseline")), ratio(d, d.time("baseline")), "≤ 1.5×", atMost(d.time("baseline").mean(), 1.5)));

        int early = quick ? 100 : 1_000;
        int late = quick ? 500 : 10_000;
        long[] th = heapProbe("trustbox", early, late);
        long[] bh = heapProbe("baseline", early, late);
        table.add(new Table.Row("2 documents: size per act", Table.kb(th[2]) + " (" + String.format(Locale.ROOT, "%,d", th[2]) + " B)",
                Table.kb(bh[2]) + " (" + String.format(Locale.ROOT, "%,d", bh[2]) + " B)", Table.ratio((double) th[2] / bh[2]),
                "≤ 40 KB", th[2] <= 40 * 1024 ? "met" : "missed by " + Table.kb(th[2] - 40 * 1024)));
        double tg = growth(th);
        double bg = growth(bh);
        table.add(new Table.Row(String.format(Locale.ROOT, "2 documents: heap after GC, document %,d → %,d", early, late),
                mb(th[0]) + " → " + mb(th[1]) + " (" + percent(tg) + ")", mb(bh[0]) + " → " + mb(bh[1]) + " (" + percent(bg) + ")",
                "—", "flat, within 10%", Math.abs(tg) <= 0.10 ? "met" : "missed: " + percent(tg)));
        int runs = quick ? 2 : 5;
        List<Double> tf = new ArrayList<>();
        List<Double> bf = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            tf.add(firstDocument("trustbox"));
            bf.add(firstDocument("baseline"));
        }
        double tm = median(tf);
        double bm = median(bf);
        table.add(new Table.Row("2 documents: JVM start to first act on disk (median of " + runs + " fresh JVMs)",
                Table.time(tm), Table.time(bm), Table.ratio(tm / bm), "reported", "—"));
        notes.append(String.format(Locale.ROOT, "Documents: rendering %,d acts in one JVM took %s per act with trustbox-pdf and %s "
                        + "with bare iText (the heap probe's own clock, including the forced collections).%n%n", late,
                Table.time(th[3] / 1000.0), Table.time(bh[3] / 1000.0)));
        notes.append("Documents, growth: a withdrawal act of 30 to 1,000 appeals, each side rendered in turn in one JVM, the median of "
                + (quick ? 3 : 15) + " renders after as many warm-up renders (`documents.ActLengths`):\n\n"
                + "| appeals in the act | trustbox (median) | bare iText (median) | time ratio | trustbox size | bare size |\n|---|---|---|---|---|---|\n");
        for (kg.trustbox.benchmarks.documents.ActLengths.Row r : kg.trustbox.benchmarks.documents.ActLengths.measure(
                kg.trustbox.benchmarks.documents.ActLengths.LENGTHS, quick ? 3 : 15)) {
            notes.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s |%n", r.lines(), Table.time(r.trustboxMs()),
                    Table.time(r.baselineMs()), Table.ratio(r.trustboxMs() / r.baselineMs()), Table.kb(r.trustboxBytes()),
                    Table.kb(r.baselineBytes())));
        }
        notes.append("\n");
    }

    /** Runs the heap probe in a fresh JVM: heap at early, heap at late, size, µs per act. */
    private long[] heapProbe(String side, int early, int late) throws IOException, InterruptedException {
        String line = probe(List.of("heap", side, Integer.toString(early), Integer.toString(late)), "heap ");
        String[] p = line.split(" ");
        return new long[] {Long.parseLong(p[1]), Long.parseLong(p[2]), Long.parseLong(p[4]),
            Math.round(Double.parseDouble(p[6]) * 1000)};
    }

    /** Milliseconds from starting a fresh JVM to its first act written. */
    private double firstDocument(String side) throws IOException, InterruptedException {
        Path file = Files.createTempFile("trustbox-first-act", ".pdf");
        try {
            long start = System.nanoTime();
            probe(List.of("first", side, file.toString()), "first-document");
            return (System.nanoTime() - start) / 1e6;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private String probe(List<String> args, String expect) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DocumentProbe.class.getName()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String found = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith(expect)) {
                    found = line;
                    break;
                }
            }
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
            }
        }
        if (found == null) {
            throw new IllegalStateException("the document probe " + args + " printed nothing (exit " + p.exitValue() + ")");
        }
        return found;
    }

    // ---------------------------------------------------------------- 3 ministry

    private void ministry() throws Exception {
        String size = String.format(Locale.ROOT, "%,d schools, %,d appeals", scale.schools(), scale.appeals());
        List<String> figures = List.of(
                "3 ministry: quarterly rollup, every school (" + size + ", PostgreSQL)",
                "3 ministry: quarterly rollup, district " + scale.benchDistrict() + " (" + scale.schoolsPerDistrict() + " schools)",
                "3 ministry: quarterly rollup, one school (" + scale.benchSchool() + ")",
                "3 ministry: that school's own quarterly report figures (`TrustBoxOffice#figures`)");
        if (noPostgres.isPresent()) {
            figures.forEach(f -> table.add(new Table.Row(f, "skipped", "skipped", "—", f.contains("report") ? "reported" : "≤ 1.2×",
                    "not run: " + noPostgres.get())));
            return;
        }
        System.out.println("# ministry data: " + MinistryData.ensure(scale));
        String[] scopes = {"ministry", "district", "school", "report"};
        for (int i = 0; i < scopes.length; i++) {
            Interleaved.Result r = interleaved(MinistryBenchmark.class, "scope=" + scopes[i], "4g", "trustbox", "baseline");
            boolean report = scopes[i].equals("report");
            table.add(new Table.Row(figures.get(i), Table.time(r.ms("trustbox")), Table.time(r.ms("baseline")),
                    ratio(r, r.time("baseline")), report ? "reported" : "≤ 1.2×", report ? "—" : atMost(r.time("baseline").mean(), 1.2)));
        }
        try (HikariDataSource ds = MinistryData.pool(scale)) {
            JdbiStores stores = JdbiStores.create(ds, kg.trustbox.benchmarks.BenchKeys.KEYS);
            List<School> district = MinistryData.schools(scale).stream()
                    .filter(s -> s.id().value().startsWith(scale.benchDistrict())).toList();
            Figures tf = Rollups.trustbox(stores, district, MinistryData.QUARTER, MinistryData.AS_OF).total();
            Figures bf = Rollups.baseline(ds, Optional.of(district.stream().map(s -> s.id().value()).toList()), MinistryData.QUARTER,
                    MinistryData.AS_OF);
            notes.append("Ministry: the district's figures from trustbox and from the baseline statement are ")
                    .append(tf.equals(bf) ? "equal" : "DIFFERENT (trustbox " + tf + ", baseline " + bf + ")")
                    .append(String.format(Locale.ROOT, " (%,d appeals received in %s, %,d decided, %,d overdue, %,d missed Tuesdays).%n%n",
                            tf.received(), MinistryData.QUARTER, tf.decided(), tf.overdue(), tf.missedTuesdays()));
            Object[] report = Rollups.libraryReportStatement(scale.benchSchool(), MinistryData.QUARTER);
            notes.append("EXPLAIN ANALYZE of the statement trustbox-jdbc runs for one school's quarterly report (`Appeals.withdrawn`, school ")
                    .append(scale.benchSchool()).append(", ").append(MinistryData.QUARTER).append("):\n\n```\n")
                    .append(Rollups.explain(ds, (String) report[0], java.util.Arrays.copyOfRange(report, 1, report.length)))
                    .append("\n```\n\n");
            List<String> one = List.of(scale.benchSchool());
            notes.append("EXPLAIN ANALYZE of the baseline's statement over the same school's appeals:\n\n```\n")
                    .append(Rollups.explain(ds, Rollups.statements(true, MinistryData.QUARTER, MinistryData.AS_OF, School.BISHKEK).get(0), one))
                    .append("\n```\n\n");
        }
    }

    // ---------------------------------------------------------------- 4 core

    private void core() throws Exception {
        String many = quick ? "50" : "2500";
        for (String n : List.of("1", many)) {
            Interleaved.Result r = interleaved(ComplianceBenchmark.class, "schools=" + n, "4g", "trustbox", "baseline");
            String figure = n.equals("1") ? "4 core: compliance check, one school-year (in memory), beside the same check by hand"
                    : String.format(Locale.ROOT, "4 core: compliance check, %,d school-years (in memory), beside the same check by hand",
                    Integer.parseInt(n));
            table.add(new Table.Row(figure, Table.time(r.ms("trustbox")), Table.time(r.ms("baseline")), ratio(r, r.time("baseline")),
                    "reported", "—"));
        }
        verification();
    }

    /**
     * Figure 5: the inspection of a school's records after years of weekly openings, in memory: the full one,
     * per 100,000 ledger entries, and the incremental one from the checkpoint a week before, beside the full one.
     */
    private void verification() throws RunnerException {
        int weeks = quick ? 20 : 520;
        jmh(options(VerificationBenchmark.class, "3g").param("weeks", Integer.toString(weeks)), "weeks");
        Score full = score("VerificationBenchmark.full|" + weeks);
        Score since = score("VerificationBenchmark.sinceLastWeek|" + weeks);
        // the history is the same every week: its entries follow from two short ones, without playing the long one here
        long two = LedgerHistory.play(BenchSchools.school("verify-2"), kg.trustbox.store.memory.InMemoryStores.create(), 2).entries();
        long three = LedgerHistory.play(BenchSchools.school("verify-3"), kg.trustbox.store.memory.InMemoryStores.create(), 3).entries();
        long entries = two + (weeks - 2) * (three - two);
        double per100k = full.value() * 100_000 / entries;
        table.add(new Table.Row(String.format(Locale.ROOT, "5 core: full inspection of the records, per 100,000 ledger entries (%,d entries,"
                + " %d weeks, in memory)", entries, weeks), Table.time(per100k) + Table.error(per100k, full.error() * 100_000 / entries),
                "—", "—", "reported", "—"));
        table.add(new Table.Row(String.format(Locale.ROOT, "5 core: incremental inspection of the last week (%d entries) vs the full one",
                three - two), Table.time(since.value()) + Table.error(since.value(), since.error()),
                Table.time(full.value()) + Table.error(full.value(), full.error()), Table.ratio(since.value() / full.value()), "reported",
                "—"));
    }

    // ---------------------------------------------------------------- interleaved measurement

    /**
     * Measures the {@code sides} of {@code benchmark} (the first is trustbox) interleaved in a fresh JVM (see
     * {@link Interleaved}) until every ratio's 95 % error is under ±10 % or the time cap is hit.
     */
    private Interleaved.Result interleaved(Class<?> benchmark, String param, String heap, String... sides)
            throws IOException, InterruptedException {
        return interleavedAs(quick ? "quick" : "full", benchmark, param, heap, sides);
    }

    /** {@link #interleaved}, with the probe's {@code mode} ({@code quick}, {@code full} or {@code full,MS}). */
    private Interleaved.Result interleavedAs(String mode, Class<?> benchmark, String param, String heap, String... sides)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Dtrustbox.bench.scale=" + scale.name(), "-Dtrustbox.bench.pg=" + Postgres.server(),
                "-cp", System.getProperty("java.class.path"), Interleaved.class.getName(), benchmark.getName(),
                param == null ? "-" : param, mode));
        command.addAll(List.of(sides));
        System.out.println("# interleaved: " + benchmark.getSimpleName() + (param == null ? "" : " " + param) + ", "
                + String.join(" vs ", sides));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("interleaved ")) {
                    lines.add(line);
                }
                System.out.println(line);
            }
        }
        if (p.waitFor() != 0 || lines.isEmpty()) {
            throw new IllegalStateException("the interleaved measurement of " + benchmark.getSimpleName() + " " + param
                    + " failed (exit " + p.exitValue() + ")");
        }
        return Interleaved.Result.parse(lines);
    }

    /** A ratio with its 95 % error and the rounds it took, marked when the time cap stopped it short of ±10 %. */
    static String ratio(Interleaved.Result r, Interleaved.Ratio ratio) {
        String error = Double.isNaN(ratio.relativeError()) ? "" : " ±" + Table.sig(100 * ratio.relativeError()) + "%";
        return Table.ratio(ratio.mean()) + error + " (" + r.rounds() + " rounds" + (r.converged() ? ")" : ", capped)");
    }

    // ---------------------------------------------------------------- the report

    private String report(String machine, double seconds) {
        StringBuilder b = new StringBuilder();
        b.append("## trustbox benchmarks").append(quick ? " (--quick: small data, short iterations, not for the record)" : "")
                .append("\n\n");
        b.append(machine).append(String.format(Locale.ROOT, "Run took %.0f s.%n%n", seconds));
        b.append("Ratio: trustbox ÷ baseline for times; for rows/s, trustbox's rows/s ÷ the baseline's. The sides of each figure")
                .append(" were measured interleaved in one fresh JVM, round after round, until the ratio's 95 % error (± after it) was")
                .append(" under 10 % or the time cap was hit (\"capped\"); the ratio is the mean of the rounds' ratios. Absolute")
                .append(" values depend on the (shared) machine, ratios are the result.\n\n");
        b.append(table.render()).append('\n');
        b.append(notes);
        return b.toString();
    }

    /** Verdict for a lower-is-better ratio with limit {@code max}. */
    static String atMost(double ratio, double max) {
        return ratio <= max ? "met" : "missed: " + Table.ratio(ratio / max) + " over the target";
    }

    /** Verdict for a higher-is-better ratio with limit {@code min}. */
    static String atLeast(double ratio, double min) {
        return ratio >= min ? "met" : "missed: needs " + Table.ratio(min / ratio) + " the throughput";
    }

    private static double growth(long[] heap) {
        return (heap[1] - heap[0]) / (double) heap[0];
    }

    private static String percent(double g) {
        return String.format(Locale.ROOT, "%+.1f%%", 100 * g);
    }

    private static String mb(long bytes) {
        return Table.sig(bytes / (1024.0 * 1024.0)) + " MB";
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
