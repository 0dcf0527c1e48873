package kg.trustbox.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The demo's command-line options.
 *
 * @param out the folder for the database, its key file and one folder of documents per term
 * @param language the language of the console: Kyrgyz, Russian or English (documents are written in Kyrgyz and Russian)
 * @param jdbcUrl a database to use instead of the embedded H2 file under {@code out}
 * @param seed the seed of the term's random appeals: the same seed plays the same term
 * @param help whether to print the usage and stop
 */
public record DemoOptions(Path out, Locale language, Optional<String> jdbcUrl, long seed, boolean help) {

    /** The usage text. */
    public static final String USAGE = """
            Usage: trustbox demo [options]
              --out DIR         folder for the H2 database, its key file and the documents (default: ./trustbox-demo)
              --lang ky|ru|en   language of the console (default: ky); documents are written in Kyrgyz and Russian
              --jdbc-url URL    use this database instead, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres
              --seed N          seed of the generated appeals (default: 1); the same seed plays the same term
              --help            print this text
            Running it again continues the same school with its next term.
            Each run writes its documents into a folder of its own under DIR, named after the term
            (DIR/2026-2027-1/, DIR/2026-2027-2/, ...; with --jdbc-url the database kind is added:
            DIR/2026-2027-1-postgresql/), with index.html listing them; the console's last line is
            that page's path. A folder already holding files is never written over: the run takes
            the next free name (DIR/2026-2027-1-2/, ...) and says so. The H2 database, trustbox.keys
            and anchor.txt stay in DIR itself.""";

    /** Parses {@code args}. @throws IllegalArgumentException with a message for the user */
    public static DemoOptions parse(List<String> args) {
        Path out = Path.of("trustbox-demo");
        Locale language = DemoWords.KY;
        Optional<String> url = Optional.empty();
        long seed = 1;
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--help", "-h" -> help = true;
                case "--out" -> out = Path.of(value(args, ++i, a));
                case "--lang" -> {
                    String v = value(args, ++i, a);
                    language = switch (v) {
                        case "ky" -> DemoWords.KY;
                        case "ru" -> DemoWords.RU;
                        case "en" -> DemoWords.EN;
                        default -> throw new IllegalArgumentException("--lang takes ky, ru or en, not '" + v + "'");
                    };
                }
                case "--jdbc-url" -> {
                    String v = value(args, ++i, a);
                    if (!v.startsWith("jdbc:")) {
                        throw new IllegalArgumentException("--jdbc-url takes a JDBC URL starting with jdbc:, not '" + v + "'");
                    }
                    url = Optional.of(v);
                }
                case "--seed" -> {
                    String v = value(args, ++i, a);
                    try {
                        seed = Long.parseLong(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--seed takes a whole number, not '" + v + "'");
                    }
                }
                default -> throw new IllegalArgumentException("unknown option '" + a + "'");
            }
        }
        return new DemoOptions(out, language, url, seed, help);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    /** The host key file that protects the appellants' identities: {@code trustbox.keys} under {@link #out}. */
    public Path keyFile() {
        return out.toAbsolutePath().resolve("trustbox.keys");
    }

    /** The JDBC URL to use: the given one, or an H2 file database under {@link #out}. */
    public String effectiveUrl() {
        return jdbcUrl.orElse("jdbc:h2:file:" + out.toAbsolutePath().resolve("trustbox").toString().replace('\\', '/'));
    }
}
