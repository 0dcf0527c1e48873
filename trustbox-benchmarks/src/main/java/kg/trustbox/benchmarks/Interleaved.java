package kg.trustbox.benchmarks;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Measures a figure's sides interleaved in one JVM (issue #17): round after round, each side runs for a short
 * iteration in turn, the order rotating every round (A B, then B A), so that both meet the same JIT state, heap, server
 * and neighbours on the shared machine, and a drift in any of them falls on both. Every side runs the same number of
 * operations per round, as many as the first side (trustbox) runs in one iteration's time, measured in the warm-up: so
 * sides that write (registration) grow their data alike, and each round's ratio compares like with like. Each round gives one ratio per
 * other side (the reference's time per operation over the other's); the result is their mean with the half-width of
 * its 95 % confidence interval (Student's t over the rounds), relative to the mean. Rounds go on until every ratio's
 * relative error is under the target (±10 %) or the time cap is hit, which the result says.
 *
 * <p>The sides are the {@code @Benchmark} methods of a JMH benchmark class, called directly: the class is created, its
 * {@code @Param} field set, its {@code @Setup(Level.Trial)} methods run once, its {@code @Setup(Level.Iteration)}
 * methods before every round (outside the measured time) and its {@code @TearDown(Level.Trial)} methods at the end.
 * {@link Main} runs each figure in a fresh JVM with
 * {@code java -cp benchmarks.jar kg.trustbox.benchmarks.Interleaved CLASS PARAM=VALUE|- quick|full[,MS] METHOD...}
 * ({@code MS}: the first side's time per round, when not the settings'), which
 * prints the result as lines starting {@code interleaved}. Not thread-safe.
 */
public final class Interleaved {

    /**
     * How long to measure: the first side's time per round (the operations per round follow from it), warm-up rounds,
     * rounds at least and at most, the target error and the time cap.
     */
    public record Settings(Duration iteration, int warmupRounds, int minRounds, int maxRounds, double target, Duration cap) {
        /** For the record: 1 s per round for the first side, 5 warm-up rounds, 8 to 100 rounds, ±10 %, 8 minutes. */
        public static Settings full() {
            return new Settings(Duration.ofSeconds(1), 5, 8, 100, 0.10, Duration.ofMinutes(8));
        }

        /** These settings with another time per round for the first side. */
        public Settings withIteration(Duration d) {
            return new Settings(d, warmupRounds, minRounds, maxRounds, target, cap);
        }

        /** For trying it out: 0.3 s per side per round, 2 warm-up rounds, 4 to 8 rounds, 20 s. */
        public static Settings quick() {
            return new Settings(Duration.ofMillis(300), 2, 4, 8, 0.10, Duration.ofSeconds(20));
        }
    }

    /** A ratio over the rounds: its mean and the 95 % confidence half-width relative to the mean. */
    public record Ratio(double mean, double relativeError) {
    }

    /**
     * The measurement: each side's mean time per operation (ms), and for each side after the first its time ratio
     * (first ÷ it) and its inverse (it ÷ first: a throughput ratio), each over the rounds.
     */
    public record Result(List<String> sides, List<Double> msPerOp, List<Ratio> timeRatios, List<Ratio> throughputRatios, int rounds,
                         boolean converged) {
        /** The lines the probe prints. */
        List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add(String.format(Locale.ROOT, "interleaved rounds %d %s", rounds, converged));
            for (int i = 0; i < sides.size(); i++) {
                out.add("interleaved side " + sides.get(i) + " " + msPerOp.get(i));
            }
            for (int i = 0; i < timeRatios.size(); i++) {
                // Double.toString: exact and independent of the locale
                out.add("interleaved ratio " + sides.get(i + 1) + " " + timeRatios.get(i).mean() + " " + timeRatios.get(i).relativeError()
                        + " " + throughputRatios.get(i).mean() + " " + throughputRatios.get(i).relativeError());
            }
            return out;
        }

        /** Reads the lines the probe printed. */
        static Result parse(List<String> lines) {
            int rounds = 0;
            boolean converged = false;
            List<String> sides = new ArrayList<>();
            List<Double> ms = new ArrayList<>();
            List<Ratio> time = new ArrayList<>();
            List<Ratio> throughput = new ArrayList<>();
            for (String line : lines) {
                String[] p = line.split(" ");
                switch (p[1]) {
                    case "rounds" -> {
                        rounds = Integer.parseInt(p[2]);
                        converged = Boolean.parseBoolean(p[3]);
                    }
                    case "side" -> {
                        sides.add(p[2]);
                        ms.add(Double.parseDouble(p[3]));
                    }
                    case "ratio" -> {
                        time.add(new Ratio(Double.parseDouble(p[3]), Double.parseDouble(p[4])));
                        throughput.add(new Ratio(Double.parseDouble(p[5]), Double.parseDouble(p[6])));
                    }
                    default -> throw new IllegalArgumentException(line);
                }
            }
            return new Result(sides, ms, time, throughput, rounds, converged);
        }

        /** Mean time per operation of {@code side}, ms. */
        public double ms(String side) {
            return msPerOp.get(sides.indexOf(side));
        }

        /** The time ratio of the first side to {@code side}. */
        public Ratio time(String side) {
            return timeRatios.get(sides.indexOf(side) - 1);
        }

        /** The throughput ratio of the first side to {@code side}. */
        public Ratio throughput(String side) {
            return throughputRatios.get(sides.indexOf(side) - 1);
        }
    }

    private static volatile Object sink;

    private Interleaved() {
    }

    /** Measures {@code sides} (the first is the reference) of {@code benchmark} under {@code settings}. */
    public static Result measure(Object benchmark, List<String> sides, Settings settings) throws Exception {
        List<Method> bodies = new ArrayList<>();
        for (String side : sides) {
            bodies.add(benchmark.getClass().getMethod(side));
        }
        List<Method> perRound = annotated(benchmark, Setup.class, Level.Iteration);
        int n = sides.size();
        long iterationNs = settings.iteration().toNanos();
        long started = System.nanoTime();
        long ops = 1;
        for (int r = 0; r < settings.warmupRounds(); r++) {
            double[] ns = round(benchmark, bodies, perRound, r, ops);
            ops = Math.max(1, Math.round(iterationNs / ns[0]));
        }
        List<double[]> rounds = new ArrayList<>();
        boolean converged = false;
        while (rounds.size() < settings.maxRounds() && System.nanoTime() - started < settings.cap().toNanos()) {
            rounds.add(round(benchmark, bodies, perRound, rounds.size(), ops));
            if (rounds.size() >= settings.minRounds() && allWithin(rounds, n, settings.target())) {
                converged = true;
                break;
            }
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int side = i;
            ms.add(rounds.stream().mapToDouble(x -> x[side]).average().orElse(Double.NaN) / 1e6);
        }
        List<Ratio> time = new ArrayList<>();
        List<Ratio> throughput = new ArrayList<>();
        for (int k = 1; k < n; k++) {
            time.add(ratio(rounds, 0, k));
            throughput.add(ratio(rounds, k, 0));
        }
        return new Result(List.copyOf(sides), ms, time, throughput, rounds.size(), converged);
    }

    /** One round: each side runs {@code ops} operations, starting with side {@code r mod n}; returns ns per operation by side. */
    private static double[] round(Object benchmark, List<Method> bodies, List<Method> perRound, int r, long ops) throws Exception {
        for (Method m : perRound) {
            m.invoke(benchmark);
        }
        int n = bodies.size();
        double[] ns = new double[n];
        for (int j = 0; j < n; j++) {
            int side = (r + j) % n;
            Method body = bodies.get(side);
            long start = System.nanoTime();
            for (long i = 0; i < ops; i++) {
                sink = body.invoke(benchmark);
            }
            ns[side] = (double) (System.nanoTime() - start) / ops;
        }
        return ns;
    }

    private static boolean allWithin(List<double[]> rounds, int n, double target) {
        for (int k = 1; k < n; k++) {
            if (!(ratio(rounds, 0, k).relativeError() <= target)) {
                return false;
            }
        }
        return true;
    }

    /** The mean over the rounds of side {@code a}'s time over side {@code b}'s, with its relative 95 % half-width. */
    static Ratio ratio(List<double[]> rounds, int a, int b) {
        int n = rounds.size();
        double sum = 0;
        for (double[] x : rounds) {
            sum += x[a] / x[b];
        }
        double mean = sum / n;
        if (n < 2) {
            return new Ratio(mean, Double.NaN);
        }
        double squares = 0;
        for (double[] x : rounds) {
            double d = x[a] / x[b] - mean;
            squares += d * d;
        }
        double sd = Math.sqrt(squares / (n - 1));
        return new Ratio(mean, t975(n - 1) * sd / Math.sqrt(n) / mean);
    }

    /** Student's t, 97.5th percentile, for {@code df} degrees of freedom. */
    static double t975(int df) {
        double[] table = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
            2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};
        if (df <= table.length) {
            return table[df - 1];
        }
        return df <= 60 ? 2.000 : df <= 120 ? 1.980 : 1.960;
    }

    private static List<Method> annotated(Object benchmark, Class<?> annotation, Level level) {
        List<Method> out = new ArrayList<>();
        for (Method m : benchmark.getClass().getMethods()) {
            Level l = null;
            if (annotation == Setup.class && m.isAnnotationPresent(Setup.class)) {
                l = m.getAnnotation(Setup.class).value();
            } else if (annotation == TearDown.class && m.isAnnotationPresent(TearDown.class)) {
                l = m.getAnnotation(TearDown.class).value();
            }
            if (l == level) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The probe: {@code CLASS PARAM=VALUE|- quick|full[,MS] METHOD...}. Creates the benchmark, sets its parameter, runs its
     * trial set-up, measures the methods (the first is the reference) and prints the result.
     */
    public static void main(String[] args) throws Exception {
        Object benchmark = Class.forName(args[0]).getDeclaredConstructor().newInstance();
        if (!args[1].equals("-")) {
            String[] kv = args[1].split("=", 2);
            Field f = benchmark.getClass().getField(kv[0]);
            if (!f.isAnnotationPresent(Param.class)) {
                throw new IllegalArgumentException(kv[0] + " is no @Param");
            }
            f.set(benchmark, f.getType() == int.class ? (Object) Integer.parseInt(kv[1]) : kv[1]);
        }
        String[] mode = args[2].split(",");
        Settings settings = mode[0].equals("quick") ? Settings.quick() : Settings.full();
        if (mode.length > 1) {
            settings = settings.withIteration(Duration.ofMillis(Long.parseLong(mode[1])));
        }
        for (Method m : annotated(benchmark, Setup.class, Level.Trial)) {
            m.invoke(benchmark);
        }
        try {
            Result result = measure(benchmark, List.of(args).subList(3, args.length), settings);
            result.lines().forEach(System.out::println);
        } finally {
            for (Method m : annotated(benchmark, TearDown.class, Level.Trial)) {
                m.invoke(benchmark);
            }
        }
        System.exit(0);
    }
}
