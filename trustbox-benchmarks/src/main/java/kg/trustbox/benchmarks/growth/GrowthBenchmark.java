package kg.trustbox.benchmarks.growth;

import java.util.List;
import java.util.concurrent.TimeUnit;
import kg.trustbox.appeal.AppealTracking;
import kg.trustbox.benchmarks.BenchKeys;
import kg.trustbox.benchmarks.BenchSchools;
import kg.trustbox.benchmarks.Postgres;
import kg.trustbox.jdbc.JdbiStores;
import kg.trustbox.report.ComplianceCheck;
import kg.trustbox.store.Stores;
import kg.trustbox.store.memory.InMemoryStores;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The growth curves (issue 17): what a school's everyday steps and reads cost as its history grows
 * from 1 to 10 years ({@value SchoolHistory#APPEALS} appeals a week, 1,040 to 10,400 appeals),
 * with the open work the same: a week's opening, sealing, registration and decisions, the overdue
 * list, a page of the register, one appeal's tracking,
 * and the compliance check of the last year, from the checkpoint of the check before it and,
 * as the baseline of the same run, verifying both chains whole. Flat means the 10-year figure
 * within 1.5× of the 1-year one.
 *
 * <pre>java -cp trustbox-benchmarks/target/benchmarks.jar org.openjdk.jmh.Main GrowthBenchmark</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class GrowthBenchmark {
    @Param({"1", "4", "10"})
    public int years;

    /** memory, h2 (in-memory H2) or postgres (skipped with a message when the server is absent). */
    @Param({"memory", "h2"})
    public String store;

    private SchoolHistory history;
    private AutoCloseable closer = () -> { };
    /** Brings the database's statistics up to date, as a server's autovacuum would (PostgreSQL: ANALYZE; else nothing). */
    private Runnable statistics = () -> { };

    @Setup(Level.Trial)
    public void setUp() {
        history = SchoolHistory.play(BenchSchools.school("growth-" + years), stores(store, years), years);
        statistics.run();
    }

    /** Keeps the statistics current while the week's steps grow the tables (outside the measured time). */
    @Setup(Level.Iteration)
    public void analyze() {
        statistics.run();
    }

    /** The stores of a fresh database of the kind {@code store} names. */
    Stores stores(String kind, int y) {
        switch (kind) {
            case "memory":
                return InMemoryStores.create();
            case "h2":
                return JdbiStores.h2("jdbc:h2:mem:growth-" + y + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", BenchKeys.KEYS).stores();
            case "postgres":
                Postgres.unavailable().ifPresent(why -> {
                    throw new IllegalStateException("PostgreSQL growth figures skipped: " + why);
                });
                String schema = "growth_" + y;
                Postgres.freshSchema(schema);
                var pool = Postgres.pool(schema, 2);
                closer = pool;
                statistics = () -> Postgres.analyze(schema);
                JdbiStores.migrate(pool, BenchKeys.KEYS);
                return JdbiStores.create(pool, BenchKeys.KEYS).stores();
            default:
                throw new IllegalArgumentException("store: memory, h2 or postgres, not " + kind);
        }
    }

    /** Brings the database's statistics up to date (PostgreSQL: ANALYZE), as {@link #analyze} does between iterations. */
    void refreshStatistics() {
        statistics.run();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        closer.close();
    }

    /** The appeals overdue today: read from the undecided ones. */
    @Benchmark
    public List<AppealTracking> overdue() {
        return history.office().overdue(history.today());
    }

    /** The register's first page of 50. */
    @Benchmark
    public List<AppealTracking> page() {
        return history.office().appeals(50);
    }

    /**
     * One more week: an opening of {@value SchoolHistory#APPEALS} appeals, its sealing, their
     * registration and the decisions on the week before's. Each call adds a week to the history, so
     * it is timed one call at a time: 25 calls add half a year at most.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 5)
    @Measurement(iterations = 20)
    public int week() {
        return history.week();
    }

    /** One open appeal's tracking. */
    @Benchmark
    public AppealTracking tracking() {
        return history.office().tracking(history.recent());
    }

    /** The compliance check of the last year, from the checkpoint the check before it returned. */
    @Benchmark
    public ComplianceCheck.Result complianceFromCheckpoint() {
        return history.office().complianceCheck(history.lastYearFrom(), history.lastYearTo(), history.checkpoint());
    }

    /** The same check verifying both chains from their first entry: the baseline of the same run. */
    @Benchmark
    public ComplianceCheck.Result complianceWhole() {
        return history.office().complianceCheck(history.lastYearFrom(), history.lastYearTo(), ComplianceCheck.Checkpoint.START);
    }

    /** What {@link #setUp} plays, for the smoke test. */
    public SchoolHistory history() {
        return history;
    }
}
