package kg.trustbox.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.appeal.AppealTracking;
import kg.trustbox.box.SealedBox;
import kg.trustbox.chain.Chain;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.time.ManualClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's H2 file database keeps everything across a restart. */
class H2FileRestartTest {

    @Test
    @DisplayName("R-6.2 an H2 file database survives a restart: commission, box, journal, act and register read back")
    void survives_a_restart(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("trustbox").toAbsolutePath();
        List<AppealTracking> register;
        List<kg.trustbox.box.JournalEntry> journal;
        try (JdbiStores db = JdbiStores.h2(url, Keys.TEST)) {
            Scenario school = new Scenario(db.stores(), "school-a").ready();
            school.week(Scenario.papers(3));
            school.register(school.appeals.get(0));
            register = school.office.appeals();
            journal = school.office.journal();
        }
        try (JdbiStores db = JdbiStores.h2(url, Keys.TEST)) {
            TrustBoxOffice office = TrustBoxOffice.of(Fixtures.school("school-a"), db.stores(),
                    new ManualClock(Fixtures.FIRST_TUESDAY_NOON));
            assertThat(office.commission().orElseThrow().isConstituted()).isTrue();
            assertThat(office.box().orElseThrow()).isInstanceOf(SealedBox.class);
            assertThat(office.journal()).isEqualTo(journal);
            assertThat(office.verifyJournal()).isEqualTo(new Chain.Verification.Intact(1));
            assertThat(office.appeals()).isEqualTo(register);
            assertThat(db.stores().boxes().act(office.school().id(), new kg.trustbox.box.ActNumber(2026, 1)).orElseThrow().lines()).hasSize(3);
        }
    }

    @Test
    @DisplayName("R-6.1 R-3.2 the embedded database writes no trace file: a failing statement and its values stay out of .trace.db")
    void noTraceFile(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("trustbox").toAbsolutePath();
        try (JdbiStores db = JdbiStores.h2(url, Keys.TEST)) {
            new Scenario(db.stores(), "school-t").ready();
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(url); java.sql.Statement s = c.createStatement()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute(
                        "INSERT INTO trustbox_no_such_table VALUES ('Асанов Бакыт')")).isInstanceOf(java.sql.SQLException.class);
            }
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".trace.db"));
        }
    }
}
