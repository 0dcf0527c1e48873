package kg.trustbox.benchmarks.ministry;

/**
 * The size of the ministry's database: {@code full} (2,500 schools in 25 districts, 1,000,000 appeals), or small ones
 * for the quick run and the smoke test. Chosen with {@code -Dtrustbox.bench.scale}.
 *
 * @param name the name, also the schema's suffix
 * @param districts districts, numbered {@code d01}, {@code d02}, ...
 * @param schoolsPerDistrict schools per district, numbered {@code s001}, ...
 * @param appealsPerSchool appeals per school over the year 2027
 */
public record Scale(String name, int districts, int schoolsPerDistrict, int appealsPerSchool) {
    public static final Scale FULL = new Scale("full", 25, 100, 400);
    public static final Scale QUICK = new Scale("quick", 5, 20, 200);
    public static final Scale SMOKE = new Scale("smoke", 2, 4, 60);

    public int schools() {
        return districts * schoolsPerDistrict;
    }

    public long appeals() {
        return (long) schools() * appealsPerSchool;
    }

    /** The schema holding this scale's data in the benchmark database. */
    public String schema() {
        return "ministry_" + name;
    }

    public static Scale named(String name) {
        return switch (name) {
            case "full" -> FULL;
            case "quick" -> QUICK;
            case "smoke" -> SMOKE;
            default -> throw new IllegalArgumentException("scale is full, quick or smoke, not " + name);
        };
    }

    /** The scale the JVM was told to use (full by default). */
    public static Scale current() {
        return named(System.getProperty("trustbox.bench.scale", "full"));
    }

    /** The school id of school {@code s} (1-based) of district {@code d} (1-based), e.g. {@code d07-s042}. */
    public static String schoolId(int d, int s) {
        return String.format("d%02d-s%03d", d, s);
    }

    /** The prefix of district {@code d}'s school ids, e.g. {@code d07-}. */
    public static String district(int d) {
        return String.format("d%02d-", d);
    }

    /** The district the benchmark rolls up: the 7th, or the last when there are fewer. */
    public String benchDistrict() {
        return district(Math.min(7, districts));
    }

    /** The school whose report the benchmark computes. */
    public String benchSchool() {
        return schoolId(Math.min(7, districts), Math.min(42, schoolsPerDistrict));
    }
}
