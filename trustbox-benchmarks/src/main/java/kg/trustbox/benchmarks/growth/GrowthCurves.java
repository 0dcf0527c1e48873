package kg.trustbox.benchmarks.growth;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import kg.trustbox.benchmarks.BenchSchools;
import kg.trustbox.report.ComplianceCheck;

/**
 * Figure 6 in one JVM per store: plays each history once (1 and 10 years) and times every step and read of
 * {@link GrowthBenchmark} on it, the median of many calls after as many warm-up calls, so that a curve of three
 * stores takes minutes instead of a JMH fork (and a replayed history) per method and size. The week's steps are
 * timed one call at a time (each adds a week), {@value #WEEKS} of them.
 *
 * <pre>java -cp trustbox-benchmarks/target/benchmarks.jar kg.trustbox.benchmarks.growth.GrowthCurves [memory,h2,postgres] [calls]</pre>
 */
public final class GrowthCurves {
    static final int WEEKS = 15;

    private GrowthCurves() {
    }

    public static void main(String[] args) throws Exception {
        List<String> stores = List.of((args.length > 0 ? args[0] : "memory,h2,postgres").split(","));
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        System.out.println("| store | step or read | 1 year (1,040 appeals) | 10 years (10,400 appeals) | ratio |");
        System.out.println("|---|---|---|---|---|");
        for (String store : stores) {
            Map<String, double[]> byYears = new LinkedHashMap<>();
            for (int years : List.of(1, 10)) {
                Map<String, Double> m = measure(store, years, calls);
                m.forEach((k, v) -> byYears.computeIfAbsent(k, x -> new double[2])[years == 1 ? 0 : 1] = v);
            }
            byYears.forEach((k, v) -> System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %.2f× |%n", store, k, time(v[0]), time(v[1]),
                    v[1] / v[0]));
        }
    }

    /** Median milliseconds of each step and read on a history of {@code years} in {@code store}. */
    static Map<String, Double> measure(String store, int years, int calls) throws Exception {
        GrowthBenchmark b = new GrowthBenchmark();
        b.years = years;
        b.store = store;
        SchoolHistory h = SchoolHistory.play(BenchSchools.school("curve-" + years), b.stores(store, years), years);
        try {
            b.refreshStatistics();
            Map<String, Double> out = new LinkedHashMap<>();
            out.put("overdue", median(() -> h.office().overdue(h.today()), calls));
            out.put("register page of 50", median(() -> h.office().appeals(50), calls));
            out.put("tracking", median(() -> h.office().tracking(h.recent()), calls));
            out.put("compliance check of the last year, from the checkpoint",
                    median(() -> h.office().complianceCheck(h.lastYearFrom(), h.lastYearTo(), h.checkpoint()), calls));
            out.put("the same, both chains whole", median(() -> h.office().complianceCheck(h.lastYearFrom(), h.lastYearTo(),
                    ComplianceCheck.Checkpoint.START), calls));
            out.put("a week's opening, sealing, registration, decisions", median(h::week, WEEKS));
            return out;
        } finally {
            b.tearDown();
        }
    }

    private static double median(Supplier<?> call, int calls) {
        for (int i = 0; i < calls; i++) {
            call.get();
        }
        double[] ms = new double[calls];
        for (int i = 0; i < calls; i++) {
            long t0 = System.nanoTime();
            call.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[calls / 2];
    }

    private static String time(double ms) {
        return ms >= 1 ? String.format(Locale.ROOT, "%.2f ms", ms) : String.format(Locale.ROOT, "%.0f µs", ms * 1000);
    }
}
