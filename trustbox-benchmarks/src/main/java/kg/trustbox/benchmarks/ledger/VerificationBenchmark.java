package kg.trustbox.benchmarks.ledger;

import java.util.concurrent.TimeUnit;
import kg.trustbox.benchmarks.BenchSchools;
import kg.trustbox.ledger.RecordsVerification;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Figure 5: inspecting a school's records in memory, after {@code weeks} of 50-appeal openings: the full
 * inspection (every record hashed and compared), and the incremental one from the checkpoint a week before. Main
 * prints the full one per 100,000 ledger entries beside the incremental one.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class VerificationBenchmark {
    @Param({"520"})
    public int weeks;

    private LedgerHistory history;

    @Setup(Level.Trial)
    public void setUp() {
        history = LedgerHistory.play(BenchSchools.school("verify-1"), InMemoryStores.create(), weeks);
    }

    /** Every record of the school against the ledger. */
    @Benchmark
    public RecordsVerification full() {
        return history.office().verifyRecords();
    }

    /** What the last week wrote, from the checkpoint before it. */
    @Benchmark
    public RecordsVerification sinceLastWeek() {
        return history.office().verifyRecordsSince(history.checkpoint());
    }
}
