package kg.trustbox.benchmarks.documents;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import kg.trustbox.document.WithdrawalActView;
import kg.trustbox.pdf.PdfDocuments;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Figure 2: a withdrawal act of 30 appeals rendered by trustbox-pdf as PDF/A-2u, against the same text with bare iText
 * ({@link BareAct}). Renderers are created once, as an application does; each operation writes one whole document.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class DocumentBenchmark {
    private PdfDocuments trustbox;
    private BareAct bare;
    private WithdrawalActView act;
    private ByteArrayOutputStream out;

    @Setup
    public void setUp() {
        trustbox = PdfDocuments.create();
        bare = BareAct.create();
        act = Acts.act();
        out = new ByteArrayOutputStream(64 * 1024);
    }

    @Benchmark
    public int trustbox() {
        out.reset();
        trustbox.render(act, out);
        return out.size();
    }

    @Benchmark
    public int baseline() {
        out.reset();
        bare.render(act, out);
        return out.size();
    }
}
