package kg.trustbox.examples.boot;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import kg.trustbox.OpeningResult;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.box.OpenedBox;
import kg.trustbox.keys.HostKeys;
import kg.trustbox.outcome.RuleViolationException;
import kg.trustbox.school.School;
import kg.trustbox.spring.boot.TrustBoxOffices;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A school system's Spring Boot application with trustbox: the starter configures everything from
 * {@code application.properties}; {@link CommissionSittings} writes the school system's own tables
 * and opens the box in one transaction. {@link #main} tells, in a few lines, that a refused opening
 * leaves nothing behind in either, and that an accepted one commits both.
 */
@SpringBootApplication
public class SchoolApplication {
    /** The key file of the demo when {@code trustbox.keys.file} is not given otherwise. */
    static final String DEMO_KEYS = "target/example-trustbox.keys";

    /** For Spring. */
    public SchoolApplication() {
    }

    /**
     * The example's clock, in the opening slot ({@link ExampleSchool#TUESDAY_NOON}). A real system
     * defines none and gets the starter's {@code Clock.systemUTC()}.
     */
    @Bean
    public Clock clock() {
        return Clock.fixed(ExampleSchool.TUESDAY_NOON.toInstant(), ZoneOffset.UTC);
    }

    /** Runs the application on H2 in memory and tells what happened. */
    public static void main(String[] args) {
        demoKeys(Path.of(System.getProperty("trustbox.keys.file", DEMO_KEYS)));
        try (ConfigurableApplicationContext app = SpringApplication.run(SchoolApplication.class, args)) {
            tell(app, ExampleSchool.school("school-7"), System.out);
        }
    }

    /** The demo's host key file, created on the first run (readable by its owner only). */
    static void demoKeys(Path file) {
        if (Files.exists(file)) {
            return;
        }
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HostKeys.createFile(file);
    }

    /**
     * The example's story at {@code school}: an opening refused for want of a quorum, then one with a
     * quorum; after each, what the school system's table and trustbox hold. Prints ids and counts only.
     */
    static void tell(ConfigurableApplicationContext app, School school, PrintStream out) {
        CommissionSittings sittings = app.getBean(CommissionSittings.class);
        TrustBoxOffice office = app.getBean(TrustBoxOffices.class).office(school);
        ExampleSchool.prepare(office);
        out.println("A school system and trustbox in one transaction (school " + school.id().value() + ").");

        out.println("1. Two of the five commission members came. The school system notes the sitting, trustbox is asked to open the box:");
        try {
            sittings.open(school, List.of(ExampleSchool.CHAIR, ExampleSchool.SECRETARY), ExampleSchool.SEAL, ExampleSchool.papers());
            out.println("   opened (not expected)");
        } catch (RuleViolationException refused) {
            out.println("   refused, " + refused.rejection().message(Locale.ROOT));
        }
        out.println("   Rolled back together: " + state(sittings, office, school));

        out.println("2. Three members came, the parents' representative among them:");
        OpeningResult opened = sittings.open(school, List.of(ExampleSchool.CHAIR, ExampleSchool.SECRETARY, ExampleSchool.PARENT),
                ExampleSchool.SEAL, ExampleSchool.papers());
        out.println("   opened: act " + opened.act().map(a -> a.number().toString()).orElse("none") + ", "
                + opened.appeals().size() + " appeals withdrawn");
        out.println("   Committed together: " + state(sittings, office, school));
    }

    private static String state(CommissionSittings sittings, TrustBoxOffice office, School school) {
        boolean open = office.box().filter(OpenedBox.class::isInstance).isPresent();
        return "the school system has " + sittings.sittings(school) + " sitting(s) and " + sittings.notices(school)
                + " notice(s) for the director; trustbox has " + office.appeals().size() + " appeal(s), the box is "
                + (open ? "open" : "sealed") + ".";
    }
}
