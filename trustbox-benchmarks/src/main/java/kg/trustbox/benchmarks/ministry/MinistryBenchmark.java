package kg.trustbox.benchmarks.ministry;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import kg.trustbox.jdbc.JdbiStores;
import kg.trustbox.report.Figures;
import kg.trustbox.school.School;
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
 * Figure 3: the quarterly rollup on PostgreSQL for the whole ministry, for one district ({@code d07-}) and one school,
 * and that school's own report's figures, trustbox against a hand-written aggregate statement ({@link Rollups}). One
 * operation is one whole rollup.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class MinistryBenchmark {
    /**
     * {@code ministry} (every school), {@code district} ({@code d07-}), {@code school} (one school), each through the
     * library's rollup; {@code report}: the same school through its own quarterly report's figures.
     */
    @Param({"ministry", "district", "school", "report"})
    public String scope;

    private HikariDataSource ds;
    private JdbiStores stores;
    private List<School> schools;
    private Optional<List<String>> ids;

    @Setup(Level.Trial)
    public void setUp() {
        Scale scale = Scale.current();
        MinistryData.ensure(scale);
        ds = MinistryData.pool(scale);
        stores = JdbiStores.create(ds, kg.trustbox.benchmarks.BenchKeys.KEYS);
        List<School> all = MinistryData.schools(scale);
        schools = switch (scope) {
            case "ministry" -> all;
            case "district" -> all.stream().filter(s -> s.id().value().startsWith(scale.benchDistrict())).toList();
            case "school", "report" -> all.stream().filter(s -> s.id().value().equals(scale.benchSchool())).toList();
            default -> throw new IllegalArgumentException(scope);
        };
        ids = scope.equals("ministry") ? Optional.empty() : Optional.of(schools.stream().map(s -> s.id().value()).toList());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        ds.close();
    }

    @Benchmark
    public Figures trustbox() {
        return scope.equals("report") ? Rollups.schoolReport(stores.stores(), schools.get(0), MinistryData.QUARTER, MinistryData.AS_OF)
                : Rollups.trustbox(stores, schools, MinistryData.QUARTER, MinistryData.AS_OF).total();
    }

    @Benchmark
    public Figures baseline() {
        return Rollups.baseline(ds, ids, MinistryData.QUARTER, MinistryData.AS_OF);
    }
}
