package kg.trustbox.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import kg.trustbox.Regulation;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.appeal.DeadlinePolicy;
import kg.trustbox.box.OpeningSchedule;
import kg.trustbox.document.Documents;
import kg.trustbox.jdbc.JdbiStores;
import kg.trustbox.keys.HostKeys;
import kg.trustbox.keys.KeyProvider;
import kg.trustbox.pdf.PdfDocuments;
import kg.trustbox.school.Language;
import kg.trustbox.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The auto-configuration on an in-memory H2 database: the beans and their defaults, the properties,
 * backing off before the application's own beans, migration turned off, and the optional parts.
 */
class BootAutoConfigurationTest {
    @TempDir
    static Path dir;
    private static Path keyFile;

    @BeforeAll
    static void keys() {
        keyFile = dir.resolve("trustbox-keys");
        HostKeys.createFile(keyFile);
    }

    private static ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, TrustBoxAutoConfiguration.class))
                .withPropertyValues(
                        "spring.datasource.url=jdbc:h2:mem:boot-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "trustbox.keys.file=" + keyFile);
    }

    private static boolean hasTable(DataSource ds, String table) {
        return new JdbcTemplate(ds).queryForObject(
                "SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = ?", Integer.class, table) > 0;
    }

    @Test
    @DisplayName("with a DataSource: keys from the file, the schema migrated, stores, a UTC clock, the regulation as written, offices, PDF, health")
    void defaults() {
        runner().run(context -> {
            assertThat(context).hasNotFailed()
                    .hasSingleBean(KeyProvider.class)
                    .hasSingleBean(TrustBoxMigration.class)
                    .hasSingleBean(JdbiStores.class)
                    .hasSingleBean(TrustBoxOffices.class)
                    .hasSingleBean(PdfDocuments.class)
                    .hasSingleBean(TrustBoxHealthIndicator.class);
            assertThat(context.getBean(KeyProvider.class).currentKeyId()).isEqualTo(HostKeys.fromFile(keyFile).currentKeyId());
            assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneOffset.UTC);
            assertThat(context.getBean(Regulation.class)).isEqualTo(Regulation.defaults());
            assertThat(hasTable(context.getBean(DataSource.class), JdbiStores.HISTORY_TABLE)).isTrue();
            TrustBoxOffice office = context.getBean(TrustBoxOffices.class).office(Fixtures.school("boot-1"));
            assertThat(office).isSameAs(context.getBean(TrustBoxOffices.class).office(Fixtures.school("boot-1")));
            assertThat(office.commission()).isEmpty();
            assertThat(office.regulation()).isEqualTo(Regulation.defaults());
        });
    }

    @Test
    @DisplayName("trustbox.regulation.* sets the deadline policy, the opening slot, the meetings per half-year and the answer's fallback language")
    void regulationProperties() {
        runner().withPropertyValues(
                "trustbox.regulation.deadline-policy=ten-working-days",
                "trustbox.regulation.opening.day=friday",
                "trustbox.regulation.opening.start=09:30",
                "trustbox.regulation.opening.window=45m",
                "trustbox.regulation.meetings-per-half-year=3",
                "trustbox.regulation.answer-fallback=russian").run(context -> {
                    Regulation r = context.getBean(Regulation.class);
                    assertThat(r.deadlines()).isEqualTo(DeadlinePolicy.tenWorkingDays());
                    assertThat(r.schedule()).isEqualTo(new OpeningSchedule(DayOfWeek.FRIDAY, LocalTime.of(9, 30), Duration.ofMinutes(45)));
                    assertThat(r.meetingsPerHalfYear()).isEqualTo(3);
                    assertThat(r.answerFallback()).isEqualTo(Language.RUSSIAN);
                    assertThat(r.quorum()).isEqualTo(Regulation.defaults().quorum());
                    assertThat(context.getBean(TrustBoxOffices.class).office(Fixtures.school("boot-2")).regulation()).isEqualTo(r);
                });
    }

    @Test
    @DisplayName("each bean backs off before the application's own")
    void backsOff() {
        KeyProvider keys = HostKeys.generate();
        Clock clock = Clock.fixed(Instant.parse("2026-09-01T06:10:00Z"), ZoneOffset.UTC);
        Regulation regulation = Regulation.defaults().withMeetingsPerHalfYear(5);
        Documents documents = (view, out) -> { };
        HealthIndicator health = () -> Health.up().build();
        runner().withBean(KeyProvider.class, () -> keys)
                .withBean(Clock.class, () -> clock)
                .withBean(Regulation.class, () -> regulation)
                .withBean(Documents.class, () -> documents)
                .withBean("trustboxHealthIndicator", HealthIndicator.class, () -> health)
                .withBean(JdbiStores.class, () -> JdbiStores.h2("jdbc:h2:mem:own-" + UUID.randomUUID(), keys))
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(PdfDocuments.class).doesNotHaveBean(TrustBoxHealthIndicator.class);
                    assertThat(context.getBean(KeyProvider.class)).isSameAs(keys);
                    assertThat(context.getBean(Clock.class)).isSameAs(clock);
                    assertThat(context.getBean(Regulation.class)).isSameAs(regulation);
                    assertThat(context.getBean(Documents.class)).isSameAs(documents);
                    assertThat(context.getBean(HealthIndicator.class)).isSameAs(health);
                    assertThat(context.getBean(TrustBoxOffices.class).regulation()).isSameAs(regulation);
                    assertThat(context.getBean(TrustBoxOffices.class).office(Fixtures.school("boot-3")).regulation()).isSameAs(regulation);
                });
        TrustBoxOffices offices = new TrustBoxOffices(JdbiStores.h2("jdbc:h2:mem:own-" + UUID.randomUUID(), keys).stores(), clock, regulation);
        runner().withBean(TrustBoxOffices.class, () -> offices)
                .run(context -> assertThat(context.getBean(TrustBoxOffices.class)).isSameAs(offices));
    }

    @Test
    @DisplayName("trustbox.migrate=false leaves the schema to the host: no migration, no trustbox table, the stores still there")
    void migrationOff() {
        runner().withPropertyValues("trustbox.migrate=false").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(TrustBoxMigration.class).hasSingleBean(JdbiStores.class);
            DataSource ds = context.getBean(DataSource.class);
            assertThat(hasTable(ds, JdbiStores.HISTORY_TABLE)).isFalse();
            assertThat(hasTable(ds, "trustbox_appeal")).isFalse();
        });
    }

    @Test
    @DisplayName("nothing of trustbox without a DataSource; no PDF renderer without trustbox-pdf; no health indicator without Boot's health API")
    void conditions() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(TrustBoxAutoConfiguration.class))
                .withPropertyValues("trustbox.keys.file=" + keyFile)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(JdbiStores.class).doesNotHaveBean(TrustBoxOffices.class));
        runner().withClassLoader(new FilteredClassLoader(PdfDocuments.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Documents.class).hasSingleBean(TrustBoxOffices.class));
        runner().withClassLoader(new FilteredClassLoader("org.springframework.boot.health"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(TrustBoxHealthIndicator.class)
                        .hasSingleBean(TrustBoxOffices.class));
        runner().withPropertyValues("management.health.trustbox.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(TrustBoxHealthIndicator.class));
    }

    @Test
    @DisplayName("a key file that cannot be read stops the start-up, naming the property, the variable and the bean to define")
    void noKeys() {
        runner().withPropertyValues("trustbox.keys.file=" + dir.resolve("absent")).run(context -> assertThat(context.getStartupFailure())
                .hasStackTraceContaining("trustbox.keys.file").hasStackTraceContaining(HostKeys.VARIABLE)
                .hasStackTraceContaining("KeyProvider bean"));
    }

    @Test
    @DisplayName("R-6.2 the health indicator is UP while the listed schools' records are intact, DOWN once one was changed behind the library")
    void health() {
        runner().withPropertyValues("trustbox.health.schools=boot-h1,boot-h2")
                .withBean(Clock.class, () -> Clock.fixed(Fixtures.FIRST_TUESDAY_NOON, ZoneOffset.UTC))
                .run(context -> {
                    TrustBoxOffices offices = context.getBean(TrustBoxOffices.class);
                    Fixtures.constitute(offices.office(Fixtures.school("boot-h1")));
                    Fixtures.constitute(offices.office(Fixtures.school("boot-h2")));
                    HealthIndicator indicator = context.getBean(TrustBoxHealthIndicator.class);
                    Health up = indicator.health(true);
                    assertThat(up.getStatus()).isEqualTo(Status.UP);
                    assertThat(up.getDetails()).containsOnlyKeys("boot-h1", "boot-h2");
                    new JdbcTemplate(context.getBean(DataSource.class))
                            .update("UPDATE trustbox_commission SET responsible_person = 'p5' WHERE school_id = 'boot-h2'");
                    Health down = indicator.health(true);
                    assertThat(down.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(down.getDetails().get("boot-h2").toString()).contains("records.changed");
                    assertThat(down.getDetails().get("boot-h1").toString()).contains("discrepancies=0");
                });
    }
}
