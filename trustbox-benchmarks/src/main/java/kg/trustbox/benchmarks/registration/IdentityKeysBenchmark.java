package kg.trustbox.benchmarks.registration;

import java.util.concurrent.TimeUnit;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.benchmarks.BenchKeys;
import kg.trustbox.keys.EncryptedIdentity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Figure 1c: what encrypting identities at rest adds to a signed appeal's way through the
 * register: its identity encrypted once when the act is saved (a new data key, wrapped) and
 * decrypted once when the appeal is read to be registered. Main sets it beside the time per
 * appeal of figure 1, measured in the same run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IdentityKeysBenchmark {
    private static final String CONTEXT = "bench-school/2026-1/1";
    private final Appellant.Signed appellant = new Appellant.Signed("Асанов Бакыт Токтогулович",
            new Appellant.Contacts(java.util.Optional.of("Бишкек ш., Ахунбаев көч., 112-үй, 14-батир"),
                    java.util.Optional.of("+996 555 123456"), java.util.Optional.empty()));

    /** One identity encrypted under a new data key, then decrypted. */
    @Benchmark
    public Appellant.Signed encryptAndDecrypt() {
        return EncryptedIdentity.encrypt(appellant, CONTEXT, BenchKeys.KEYS).decrypt(CONTEXT, BenchKeys.KEYS);
    }
}
