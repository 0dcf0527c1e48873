package kg.trustbox.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import kg.trustbox.OpeningResult;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.OpenedBox;
import kg.trustbox.box.SealedBox;
import kg.trustbox.commission.PersonId;
import kg.trustbox.outcome.RuleViolationException;
import kg.trustbox.rule.Rule;
import kg.trustbox.school.School;
import kg.trustbox.spring.boot.TrustBoxOffices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The example application's real context, from its own {@code application.properties}, with only the
 * database and the key file given: its {@link CommissionSittings} commits the school system's rows and
 * the opening together, and rolls them back together. Run on every database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SchoolApplicationContract {
    private static final List<PersonId> QUORUM = List.of(ExampleSchool.CHAIR, ExampleSchool.SECRETARY, ExampleSchool.PARENT);

    @TempDir
    Path dir;
    private ConfigurableApplicationContext app;
    private CommissionSittings sittings;
    private TrustBoxOffices offices;

    /** The JDBC URL of an empty database (or schema) for this class. */
    abstract String url();

    @BeforeEach
    void start() {
        if (app == null) {
            Path keys = dir.resolve("keys");
            SchoolApplication.demoKeys(keys);
            app = SpringApplication.run(SchoolApplication.class,
                    "--spring.datasource.url=" + url(), "--spring.sql.init.mode=always", "--trustbox.keys.file=" + keys);
            sittings = app.getBean(CommissionSittings.class);
            offices = app.getBean(TrustBoxOffices.class);
        }
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private TrustBoxOffice ready(School school) {
        TrustBoxOffice office = offices.office(school);
        ExampleSchool.prepare(office);
        return office;
    }

    @Test
    @DisplayName("R-4.3 the school system's sitting and notice, and the opening of the box, commit together")
    void commitTogether() {
        School school = ExampleSchool.school("boot-commit");
        TrustBoxOffice office = ready(school);
        OpeningResult opened = sittings.open(school, QUORUM, ExampleSchool.SEAL, ExampleSchool.papers());
        assertThat(opened.appeals()).hasSize(2);
        assertThat(sittings.sittings(school)).isOne();
        assertThat(sittings.notices(school)).isOne();
        assertThat(office.box()).containsInstanceOf(OpenedBox.class);
        assertThat(office.appeals()).hasSize(2);
    }

    @Test
    @DisplayName("R-4.3 an opening refused for want of a quorum rolls back the sitting the school system noted before it")
    void refusalRollsBackTheHostRow() {
        School school = ExampleSchool.school("boot-refused");
        TrustBoxOffice office = ready(school);
        assertThatThrownBy(() -> sittings.open(school, List.of(ExampleSchool.CHAIR, ExampleSchool.SECRETARY), ExampleSchool.SEAL,
                ExampleSchool.papers()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo(Rule.R_4_3));
        assertThat(sittings.sittings(school)).as("the host's row, written before the refused step").isZero();
        assertThat(sittings.notices(school)).isZero();
        assertThat(office.box()).containsInstanceOf(SealedBox.class);
        assertThat(office.appeals()).isEmpty();
    }

    @Test
    @DisplayName("R-4.3 when the school system's own write after the opening fails, the opening rolls back with it")
    void hostFailureRollsBackTheOpening() {
        School school = ExampleSchool.school("boot-host-fails");
        TrustBoxOffice office = ready(school);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        jdbc.execute("ALTER TABLE director_inbox ADD CONSTRAINT inbox_closed CHECK (school_id <> 'boot-host-fails')");
        try {
            assertThatThrownBy(() -> sittings.open(school, QUORUM, ExampleSchool.SEAL, ExampleSchool.papers()))
                    .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        } finally {
            jdbc.execute("ALTER TABLE director_inbox DROP CONSTRAINT inbox_closed");
        }
        assertThat(sittings.sittings(school)).isZero();
        assertThat(office.box()).containsInstanceOf(SealedBox.class);
        assertThat(office.appeals()).isEmpty();
        OpeningResult again = sittings.open(school, QUORUM, ExampleSchool.SEAL, ExampleSchool.papers());
        assertThat(again.act().orElseThrow().number()).as("gapless: the rolled-back act's number again").isEqualTo(new ActNumber(2026, 1));
    }

    @Test
    @DisplayName("the example tells the refusal and the commit in words, with ids and counts but no appellant's name")
    void tells() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SchoolApplication.tell(app, ExampleSchool.school("boot-told"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String told = bytes.toString(StandardCharsets.UTF_8);
        assertThat(told)
                .contains("refused, R-4.3: 2 of 5 members present is not a quorum")
                .contains("Rolled back together: the school system has 0 sitting(s) and 0 notice(s) for the director;"
                        + " trustbox has 0 appeal(s), the box is sealed.")
                .contains("2 appeals withdrawn")
                .contains("Committed together: the school system has 1 sitting(s) and 1 notice(s) for the director;"
                        + " trustbox has 2 appeal(s), the box is open.")
                .doesNotContain("Ата-эне", "Мугалим", "Exception", "\tat ");
    }
}
