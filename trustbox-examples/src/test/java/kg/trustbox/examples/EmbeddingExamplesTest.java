package kg.trustbox.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.appeal.AppealTracking;
import kg.trustbox.box.ActNumber;
import kg.trustbox.jdbc.JdbiStores;
import kg.trustbox.report.Figures;
import kg.trustbox.report.Quarter;
import kg.trustbox.report.QuarterlyReport;
import kg.trustbox.report.Rollup;
import kg.trustbox.school.SchoolId;
import kg.trustbox.store.Stores;
import kg.trustbox.store.memory.InMemoryStores;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("each embedding example runs")
class EmbeddingExamplesTest {
    private static final kg.trustbox.keys.HostKeys KEYS = kg.trustbox.keys.HostKeys.generate();

    private static JdbcDataSource h2(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    @Test
    @DisplayName("R-4.4 register the appeals of one opening against your own DataSource")
    void register() {
        List<AppealTracking> registered = RegisterAppealsExample.run(h2("ex-register"), KEYS);
        assertThat(registered).hasSize(2).allSatisfy(t -> assertThat(t.number()).isPresent());
        assertThat(registered.get(0).number().orElseThrow()).hasToString("2026-0001");
    }

    @Test
    @DisplayName("R-4.3 print the act of an opening")
    void printAct(@TempDir Path dir) throws Exception {
        JdbcDataSource ds = h2("ex-act");
        RegisterAppealsExample.run(ds, KEYS);
        TrustBoxOffice office = TrustBoxOffice.of(DemoSchool.school(), JdbiStores.create(ds, KEYS).stores(), Clock.systemUTC());
        Path pdf = PrintActExample.print(office, new ActNumber(2026, 1), dir.resolve("act.pdf"));
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(office.accessLog()).as("the names were read for the document, and recorded").isNotEmpty();
    }

    @Test
    @DisplayName("R-1.5.2 plug in your own deadline policy and list overdue appeals")
    void policyAndOverdue() {
        Stores stores = InMemoryStores.create();
        Clock tuesday = Clock.fixed(LocalDateTime.of(2026, 9, 1, 12, 10).atZone(DemoSchool.school().zone()).toInstant(), ZoneOffset.UTC);
        TrustBoxOffice office = CustomDeadlinePolicyExample.withOwnPolicy(DemoSchool.school(), stores, tuesday);
        assertThat(office.regulation().deadlines().name()).contains("7 working days");
        JdbcDataSource ds = h2("ex-overdue");
        RegisterAppealsExample.run(ds, KEYS);
        TrustBoxOffice onDb = CustomDeadlinePolicyExample.withOwnPolicy(DemoSchool.school(), JdbiStores.create(ds, KEYS).stores(), tuesday);
        assertThat(OverdueAppealsExample.overdue(onDb, LocalDate.of(2026, 9, 10))).isEmpty();
        assertThat(OverdueAppealsExample.overdue(onDb, LocalDate.of(2026, 9, 11))).hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("due 2026-09-10").doesNotContain("Асанов"));
        assertThat(OverdueAppealsExample.dueSoon(onDb, LocalDate.of(2026, 9, 2), 10)).hasSize(2);
        TrustBoxOffice lawOffice = CustomDeadlinePolicyExample.withTenWorkingDays(DemoSchool.school(), JdbiStores.create(ds, KEYS).stores(), tuesday);
        assertThat(OverdueAppealsExample.overdue(lawOffice, LocalDate.of(2026, 9, 11))).isEmpty();
    }

    @Test
    @DisplayName("R-1.5.3 a ministry rolls up the reports of many schools")
    void rollup() {
        Stores stores = InMemoryStores.create();
        Quarter q3 = new Quarter(2026, 3);
        for (int i = 1; i <= 3; i++) {
            stores.reports().save(new QuarterlyReport(SchoolId.of("s" + i), q3, Figures.empty(), Figures.empty(), "",
                    DemoSchool.RESPONSIBLE, LocalDate.of(2026, 10, 2), java.util.Optional.empty()));
        }
        Rollup r = MinistryRollupExample.rollup(stores, List.of(SchoolId.of("s1"), SchoolId.of("s2"), SchoolId.of("s3"), SchoolId.of("s4")), q3);
        assertThat(r.schools()).isEqualTo(3);
    }

    @Test
    @DisplayName("R-5.5 a ministry counts the schools' figures in the database, reports prepared or not")
    void rollupAsTheDataStand() {
        JdbcDataSource ds = h2("ex-rollup");
        RegisterAppealsExample.run(ds, KEYS);
        JdbiStores db = JdbiStores.create(ds, KEYS);
        Quarter q3 = new Quarter(2026, 3);
        LocalDate asOf = LocalDate.of(2026, 10, 5);
        Rollup r = MinistryRollupExample.asTheDataStand(db, List.of(DemoSchool.school()), q3, asOf);
        assertThat(r.schools()).isEqualTo(1);
        assertThat(r.total().received()).isEqualTo(2);
        assertThat(r.total()).isEqualTo(TrustBoxOffice.of(DemoSchool.school(), db.stores(), Clock.systemUTC()).figures(q3, asOf));
    }

    @Test
    @DisplayName("R-6.2 a ministry keeps the schools' anchors in its own database and finds a school whose ledger was cut short")
    void anchorsKeptByTheMinistry() throws Exception {
        JdbcDataSource ds = h2("ex-anchors");
        RegisterAppealsExample.run(ds, KEYS);
        JdbiStores db = JdbiStores.create(ds, KEYS);
        JdbcDataSource ministry = h2("ex-ministry");
        Rollup r = MinistryRollupExample.asTheDataStand(db, List.of(DemoSchool.school()), new Quarter(2026, 3), LocalDate.of(2026, 10, 5));
        assertThat(r.anchors()).containsOnlyKeys(DemoSchool.school().id());
        MinistryRollupExample.keepAnchors(ministry, r, LocalDate.of(2026, 10, 5));
        assertThat(MinistryRollupExample.checkAgainstAnchors(ministry, db, List.of(DemoSchool.school()))).isEmpty();

        try (java.sql.Connection c = ds.getConnection(); java.sql.Statement s = c.createStatement()) {
            // someone with SQL access removes the last ledger entry and moves the head back: the chain alone still verifies
            s.execute("DELETE FROM trustbox_ledger_entry WHERE seq = (SELECT MAX(seq) FROM trustbox_ledger_entry)");
            s.execute("UPDATE trustbox_chain_head SET seq = seq - 1, head_hash = (SELECT entry_hash FROM trustbox_ledger_entry e"
                    + " WHERE e.school_id = trustbox_chain_head.school_id AND e.seq = trustbox_chain_head.seq - 1) WHERE chain = 'LEDGER'");
        }
        assertThat(MinistryRollupExample.checkAgainstAnchors(ministry, db, List.of(DemoSchool.school())))
                .hasEntrySatisfying(DemoSchool.school().id(), found -> assertThat(found)
                        .extracting(kg.trustbox.ledger.Discrepancy::reason).contains("records.anchorAhead"));
    }
}
