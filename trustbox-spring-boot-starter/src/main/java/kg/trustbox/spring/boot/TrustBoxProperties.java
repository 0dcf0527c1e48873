package kg.trustbox.spring.boot;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import kg.trustbox.Regulation;
import kg.trustbox.appeal.DeadlinePolicy;
import kg.trustbox.box.OpeningSchedule;
import kg.trustbox.jdbc.JdbiStores.HostTransactions;
import kg.trustbox.school.Language;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code trustbox.*} properties of a Spring Boot application. Every one has a default: an
 * application that sets none gets the regulation as written, its schema migrated, and stores that
 * join its transactions; only the host keys must come from somewhere.
 *
 * <pre>
 * trustbox.keys.file=/etc/trustbox/keys           # else the environment variable TRUSTBOX_KEYS
 * trustbox.migrate=true                           # false: the host runs the scripts of JdbiStores.MIGRATIONS
 * trustbox.host-transactions=join                 # join | own
 * trustbox.regulation.deadline-policy=law67       # law67 | ten-working-days
 * trustbox.regulation.opening.day=tuesday
 * trustbox.regulation.opening.start=12:00
 * trustbox.regulation.opening.window=1h
 * trustbox.regulation.meetings-per-half-year=2
 * trustbox.regulation.answer-fallback=kyrgyz      # kyrgyz | russian
 * trustbox.health.schools=school-1,school-2       # the schools whose records the health indicator inspects
 * </pre>
 *
 * <p>A school's time zone, calendar and access hours belong to its {@link kg.trustbox.school.School},
 * which the application hands to {@link TrustBoxOffices#office}; the quorum and the access policy
 * are not properties: an application that changes them defines its own {@link Regulation} bean.
 *
 * @param keys where the host keys that encrypt appellants' identities come from
 * @param migrate whether the library brings the schema to its current version at start-up, with
 *     Flyway and its own history table {@value kg.trustbox.jdbc.JdbiStores#HISTORY_TABLE} (default
 *     {@code true}); {@code false} leaves it to the host's own migrations
 * @param hostTransactions how a regulation step meets the application's transactions: {@code join}
 *     (default) takes part in a transaction the application has open ({@code @Transactional},
 *     {@code TransactionTemplate}) and runs in one of its own otherwise; {@code own} always runs in a
 *     transaction of its own, on a connection of its own
 * @param regulation the rules in force, for every school of the application
 * @param health what the health indicator inspects
 */
@ConfigurationProperties("trustbox")
public record TrustBoxProperties(
        @DefaultValue Keys keys,
        @DefaultValue("true") boolean migrate,
        @DefaultValue("join") HostTransactions hostTransactions,
        @DefaultValue RegulationSettings regulation,
        @DefaultValue Health health) {

    /**
     * Where the host keys come from ({@link kg.trustbox.keys.HostKeys}). An application with a KMS
     * defines its own {@link kg.trustbox.keys.KeyProvider} bean instead.
     *
     * @param file a key file, readable by its owner only ({@code HostKeys.fromFile}); when unset, the
     *     keys are read from the environment variable {@value kg.trustbox.keys.HostKeys#VARIABLE}
     */
    public record Keys(Path file) {
    }

    /** The named deadline policies of {@link DeadlinePolicy}. */
    public enum Deadlines {
        /** {@link DeadlinePolicy#law67()}: 14 calendar days, one extension to 30. The default. */
        LAW67,
        /** {@link DeadlinePolicy#tenWorkingDays()}: 10 working days, one extension to 30 calendar days. */
        TEN_WORKING_DAYS;

        /** The policy of this name. */
        public DeadlinePolicy policy() {
            return this == LAW67 ? DeadlinePolicy.law67() : DeadlinePolicy.tenWorkingDays();
        }
    }

    /**
     * The settings of {@link Regulation} that are properties.
     *
     * @param deadlinePolicy the legal deadlines of consideration: {@code law67} (default) or
     *     {@code ten-working-days}
     * @param opening when the commission opens the box
     * @param meetingsPerHalfYear the minimum number of commission meetings per half-year,
     *     0 to 26; 2 by default
     * @param answerFallback the language of an answer to an appeal written in neither Kyrgyz nor
     *     Russian: {@code kyrgyz} (default) or {@code russian}
     */
    public record RegulationSettings(
            @DefaultValue("law67") Deadlines deadlinePolicy,
            @DefaultValue Opening opening,
            @DefaultValue("2") int meetingsPerHalfYear,
            @DefaultValue("kyrgyz") Language answerFallback) {

        /** The regulation these settings give, the rest as {@link Regulation#defaults()}. */
        public Regulation toRegulation() {
            Regulation r = Regulation.defaults()
                    .withDeadlines(deadlinePolicy.policy())
                    .withSchedule(opening.toSchedule())
                    .withMeetingsPerHalfYear(meetingsPerHalfYear);
            return new Regulation(r.schedule(), r.quorum(), r.deadlines(), r.access(), answerFallback, r.meetingsPerHalfYear());
        }
    }

    /**
     * The opening slot, on the school's wall clock.
     *
     * @param day the day of the week ({@code tuesday} by default)
     * @param start the start of the slot ({@code 12:00} by default)
     * @param window how long the slot lasts, at most 12 hours ({@code 1h} by default)
     */
    public record Opening(
            @DefaultValue("TUESDAY") DayOfWeek day,
            @DefaultValue("12:00") LocalTime start,
            @DefaultValue("1h") Duration window) {

        /** The schedule. */
        public OpeningSchedule toSchedule() {
            return new OpeningSchedule(day, start, window);
        }
    }

    /**
     * The health indicator (with Spring Boot's health API on the class path).
     *
     * @param schools the ids of the schools whose records each health check inspects in full
     *     ({@code TrustBoxOffice#verifyRecords()}): DOWN when one finds a discrepancy. Each check
     *     reads those schools' whole records, so list few, or check less often
     */
    public record Health(@DefaultValue List<String> schools) {
    }
}
