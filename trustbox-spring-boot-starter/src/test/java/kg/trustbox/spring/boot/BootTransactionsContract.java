package kg.trustbox.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.Inspection;
import kg.trustbox.box.OpeningRequest;
import kg.trustbox.box.Paper;
import kg.trustbox.box.Seal;
import kg.trustbox.box.WithdrawalAct;
import kg.trustbox.keys.HostKeys;
import kg.trustbox.keys.KeyProvider;
import kg.trustbox.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.annotation.Transactional;

/**
 * A real Spring Boot application, auto-configured from the class path (the trustbox starter found
 * through its {@code AutoConfiguration.imports}), whose {@code @Transactional} method writes its own
 * table and opens the box: both commit together, and both roll back together. Run on every database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BootTransactionsContract {
    private ConfigurableApplicationContext app;
    private JdbcTemplate jdbc;
    private HostService host;
    private TrustBoxOffices offices;

    /** The JDBC URL of an empty database (or schema) for this class. */
    abstract String url();

    /** The application: its own clock and keys, and a service of its own. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @EnableTransactionManagement
    static class HostApplication {
        @Bean
        Clock clock() {
            return Clock.fixed(Fixtures.FIRST_TUESDAY_NOON, ZoneOffset.UTC);
        }

        @Bean
        KeyProvider keys() {
            return HostKeys.generate();
        }

        @Bean
        HostService hostService(JdbcTemplate jdbc) {
            return new HostService(jdbc);
        }
    }

    /** The host's own service: a write to its own table and a trustbox step, in one transaction. */
    public static class HostService {
        private final JdbcTemplate jdbc;

        public HostService(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        /** Notes the opening in the host's table and opens the box; fails afterwards if told to. */
        @Transactional
        public void noteAndOpen(int note, TrustBoxOffice office, Seal seal, boolean failAfter) {
            jdbc.update("INSERT INTO host_note (id, note) VALUES (?, 'opened')", note);
            office.open(OpeningRequest.of(Fixtures.quorum(), Inspection.inOrder(seal),
                    List.of(Paper.from(Fixtures.signed("Асанов Бакыт")), Paper.from(Appellant.anonymous())))).orElseThrow();
            if (failAfter) {
                throw new IllegalStateException("the host fails after the step");
            }
        }
    }

    @BeforeEach
    void start() {
        if (app == null) {
            SpringApplication application = new SpringApplication(HostApplication.class);
            application.setWebApplicationType(org.springframework.boot.WebApplicationType.NONE);
            application.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
            application.setLogStartupInfo(false);
            app = application.run("--spring.datasource.url=" + url());
            jdbc = app.getBean(JdbcTemplate.class);
            host = app.getBean(HostService.class);
            offices = app.getBean(TrustBoxOffices.class);
            jdbc.execute("CREATE TABLE host_note (id INT PRIMARY KEY, note VARCHAR(100))");
        }
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    /** A school whose commission is constituted and whose box is installed under seal S-0. */
    private TrustBoxOffice ready(String school) {
        TrustBoxOffice office = offices.office(Fixtures.school(school));
        Fixtures.constitute(office);
        office.installBox(Seal.of("S-0")).orElseThrow();
        return office;
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    @DisplayName("R-4.3 a @Transactional method's own write and the opening of the box commit together")
    void commitTogether() {
        TrustBoxOffice office = ready("boot-commit");
        host.noteAndOpen(1, office, Seal.of("S-0"), false);
        assertThat(count("SELECT COUNT(*) FROM host_note WHERE id = 1")).isOne();
        assertThat(count("SELECT COUNT(*) FROM trustbox_appeal WHERE school_id = 'boot-commit'")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM trustbox_act WHERE school_id = 'boot-commit'")).isOne();
    }

    @Test
    @DisplayName("R-4.3 when the @Transactional method fails after the step, both roll back, and the act number is given again")
    void rollBackTogether() {
        TrustBoxOffice office = ready("boot-rollback");
        assertThatThrownBy(() -> host.noteAndOpen(2, office, Seal.of("S-0"), true)).isInstanceOf(IllegalStateException.class);
        assertThat(count("SELECT COUNT(*) FROM host_note WHERE id = 2")).isZero();
        assertThat(count("SELECT COUNT(*) FROM trustbox_appeal WHERE school_id = 'boot-rollback'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM trustbox_act WHERE school_id = 'boot-rollback'")).isZero();
        WithdrawalAct act = office.open(OpeningRequest.of(Fixtures.quorum(), Inspection.inOrder(Seal.of("S-0")),
                List.of(Paper.from(Appellant.anonymous())))).orElseThrow().act().orElseThrow();
        assertThat(act.number()).as("gapless: the rolled-back act's number again").isEqualTo(new ActNumber(2026, 1));
    }
}
