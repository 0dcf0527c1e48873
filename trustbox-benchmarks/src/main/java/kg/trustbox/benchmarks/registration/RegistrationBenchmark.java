package kg.trustbox.benchmarks.registration;

import java.util.concurrent.TimeUnit;
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
 * Figure 1 for JMH alone ({@code java -cp benchmarks.jar org.openjdk.jmh.Main RegistrationBenchmark}): an opening of 50
 * appeals through trustbox-jdbc, the fair three-step baseline and the one-transaction floor (see {@link Registrations}).
 * {@code Main} measures the same bodies interleaved instead (see {@code Interleaved}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
public class RegistrationBenchmark {
    @Param({"h2", "postgresql"})
    public String db;

    private Registrations registrations;

    @Setup(Level.Trial)
    public void setUp() {
        registrations = Registrations.open(db);
    }

    /** Before each iteration, both sides alike: the statistics a server's autovacuum would have gathered meanwhile. */
    @Setup(Level.Iteration)
    public void statistics() {
        registrations.refreshStatistics();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        registrations.close();
    }

    @Benchmark
    public int trustbox() {
        return registrations.trustboxOpening();
    }

    @Benchmark
    public int fair() {
        return registrations.fairOpening();
    }

    @Benchmark
    public int floor() {
        return registrations.floorOpening();
    }
}
