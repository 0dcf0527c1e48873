package kg.trustbox.benchmarks.compliance;

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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Figure 4 for JMH alone: the compliance check of a school-year in memory, for one school and for 2,500, beside the
 * hand-written check (see {@link Compliance}). {@code Main} measures the same bodies interleaved (see {@code Interleaved}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ComplianceBenchmark {
    @Param({"1", "2500"})
    public int schools;

    private Compliance compliance;

    @Setup(Level.Trial)
    public void setUp() {
        compliance = new Compliance(schools);
    }

    @Benchmark
    public int trustbox() {
        return compliance.trustbox();
    }

    @Benchmark
    public int baseline() {
        return compliance.baseline();
    }
}
