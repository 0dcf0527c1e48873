package kg.trustbox.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.appeal.AppealTracking;
import kg.trustbox.benchmarks.compliance.Compliance;
import kg.trustbox.benchmarks.documents.Acts;
import kg.trustbox.benchmarks.documents.BareAct;
import kg.trustbox.benchmarks.ministry.MinistryData;
import kg.trustbox.benchmarks.ministry.Rollups;
import kg.trustbox.benchmarks.ministry.Scale;
import kg.trustbox.benchmarks.registration.Registrations;
import kg.trustbox.jdbc.JdbiStores;
import kg.trustbox.pdf.PdfDocuments;
import kg.trustbox.report.Figures;
import kg.trustbox.school.School;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks' smoke test: each benchmark body runs once or twice on small data, so the benchmarks keep compiling
 * and running, and each baseline is checked to do the same work as trustbox (same rows, same figures). No timing is
 * asserted: the numbers come from {@code java -jar trustbox-benchmarks/target/benchmarks.jar}.
 */
class SmokeTest {

    @Test
    void verificationHistoryIsCleanAndIncrementalChecksOneWeek() {
        kg.trustbox.benchmarks.ledger.LedgerHistory h = kg.trustbox.benchmarks.ledger.LedgerHistory.play(BenchSchools.school("verify-s"),
                kg.trustbox.store.memory.InMemoryStores.create(), 3);
        kg.trustbox.ledger.RecordsVerification full = h.office().verifyRecords();
        assertThat(full.discrepancies()).isEmpty();
        kg.trustbox.ledger.RecordsVerification since = h.office().verifyRecordsSince(h.checkpoint());
        assertThat(since.discrepancies()).isEmpty();
        assertThat(since.entries()).isEqualTo(full.head().sequence() - h.checkpoint().sequence())
                .isGreaterThan(2L * kg.trustbox.benchmarks.ledger.LedgerHistory.APPEALS);
        assertThat(h.entries()).isEqualTo(full.entries());
    }

    @Test
    void growthHistoryChecksTheLastYearFromItsCheckpointAsWhole() {
        kg.trustbox.benchmarks.growth.GrowthBenchmark b = new kg.trustbox.benchmarks.growth.GrowthBenchmark();
        b.years = 2;
        b.store = "memory";
        b.setUp();
        kg.trustbox.benchmarks.growth.SchoolHistory h = b.history();
        assertThat(h.checkpoint()).isNotEqualTo(kg.trustbox.report.ComplianceCheck.Checkpoint.START);
        var fromCheckpoint = b.complianceFromCheckpoint();
        var whole = b.complianceWhole();
        assertThat(fromCheckpoint.findings()).isEqualTo(whole.findings());
        assertThat(fromCheckpoint.checkpoint()).isEqualTo(whole.checkpoint());
        // the school opened, registered and decided in time: only the meetings and reports it did not play are found
        assertThat(whole.findings()).allSatisfy(f -> assertThat(f.rule().name()).isIn("R_5_3", "R_5_5"));
        assertThat(b.page()).hasSize(50);
        assertThat(b.tracking().status()).isEqualTo(kg.trustbox.appeal.Status.REGISTERED);
        assertThat(b.overdue()).isEmpty();
        assertThat(h.office().overdue(h.today().plusDays(60))).hasSize(kg.trustbox.benchmarks.growth.SchoolHistory.APPEALS);
        int appeals = h.office().appeals().size();
        assertThat(b.week()).isEqualTo(kg.trustbox.benchmarks.growth.SchoolHistory.APPEALS);
        assertThat(h.office().appeals()).hasSize(appeals + kg.trustbox.benchmarks.growth.SchoolHistory.APPEALS);
    }

    @Test
    void registrationOnH2() throws Exception {
        registration("h2");
    }

    @Test
    void registrationWorkIsCounted() throws Exception {
        Registrations.Work w = Registrations.work();
        assertThat(w.trustboxCommits()).isEqualTo(3); // open, seal, register the appeals: three steps
        assertThat(w.baselineCommits()).isEqualTo(1);
        assertThat(w.trustboxStatements()).isGreaterThan(w.baselineStatements());
    }

    @Test
    void registrationOnPostgres() throws Exception {
        requirePostgres();
        registration("postgresql");
    }

    private static void registration(String db) throws Exception {
        try (Registrations r = Registrations.open(db)) {
            Map<String, Long> trustboxBefore = r.rows(BenchSchools.school("tb-1"));
            assertThat(r.rows(BenchSchools.school("base-1"))).isEqualTo(trustboxBefore);
            for (int i = 0; i < 2; i++) {
                r.refreshStatistics();
                assertThat(r.trustboxOpening()).isEqualTo(Registrations.APPEALS);
                assertThat(r.baselineOpening()).isEqualTo(Registrations.APPEALS);
            }
            Map<String, Long> trustbox = r.rows(BenchSchools.school("tb-1"));
            // the baseline writes exactly the rows trustbox writes ...
            assertThat(r.rows(BenchSchools.school("base-1"))).isEqualTo(trustbox);
            long added = trustbox.entrySet().stream()
                    .filter(e -> !List.of("trustbox_counter", "trustbox_chain_head", "trustbox_box").contains(e.getKey()))
                    .mapToLong(e -> e.getValue() - trustboxBefore.get(e.getKey())).sum();
            assertThat(added).isEqualTo(2L * Registrations.ROWS_PER_OPENING);
            // ... and the library reads them back as its own: chain intact, appeals registered and numbered
            TrustBoxOffice base = r.baselineOffice();
            assertThat(base.verifyJournal().isIntact()).isTrue();
            List<AppealTracking> appeals = base.appeals();
            assertThat(appeals).hasSize(2 * Registrations.APPEALS);
            assertThat(appeals).allMatch(a -> a.number().isPresent());
            assertThat(appeals.stream().map(a -> a.number().orElseThrow().sequence()).distinct().count())
                    .isEqualTo(2L * Registrations.APPEALS);
            assertThat(r.trustboxOffice().verifyJournal().isIntact()).isTrue();
        }
    }

    @Test
    void identityKeys() {
        var benchmark = new kg.trustbox.benchmarks.registration.IdentityKeysBenchmark();
        assertThat(benchmark.encryptAndDecrypt().fullName()).isEqualTo("Асанов Бакыт Токтогулович");
    }

    @Test
    void documents() {
        ByteArrayOutputStream trustbox = new ByteArrayOutputStream();
        PdfDocuments.create().render(Acts.act(), trustbox);
        ByteArrayOutputStream bare = new ByteArrayOutputStream();
        BareAct.create().render(Acts.act(), bare);
        for (ByteArrayOutputStream pdf : List.of(trustbox, bare)) {
            assertThat(new String(pdf.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(pdf.size()).isBetween(5_000, 500_000);
        }
    }

    @Test
    void ministry() throws Exception {
        requirePostgres();
        Scale scale = Scale.SMOKE;
        MinistryData.ensure(scale);
        try (var ds = MinistryData.pool(scale)) {
            JdbiStores stores = JdbiStores.create(ds, kg.trustbox.benchmarks.BenchKeys.KEYS);
            List<School> all = MinistryData.schools(scale);
            assertThat(all).hasSize(scale.schools());
            Figures trustbox = Rollups.trustbox(stores, all, MinistryData.QUARTER, MinistryData.AS_OF).total();
            Figures baseline = Rollups.baseline(ds, Optional.empty(), MinistryData.QUARTER, MinistryData.AS_OF);
            assertThat(trustbox.received()).isPositive();
            assertThat(trustbox.decided()).isPositive();
            assertThat(baseline).isEqualTo(trustbox);
            List<School> district = all.stream().filter(s -> s.id().value().startsWith(scale.benchDistrict())).toList();
            assertThat(Rollups.baseline(ds, Optional.of(district.stream().map(s -> s.id().value()).toList()), MinistryData.QUARTER,
                    MinistryData.AS_OF)).isEqualTo(Rollups.trustbox(stores, district, MinistryData.QUARTER, MinistryData.AS_OF).total());
            School one = all.stream().filter(s -> s.id().value().equals(scale.benchSchool())).findFirst().orElseThrow();
            assertThat(Rollups.baseline(ds, Optional.of(List.of(one.id().value())), MinistryData.QUARTER, MinistryData.AS_OF))
                    .isEqualTo(Rollups.trustbox(stores, List.of(one), MinistryData.QUARTER, MinistryData.AS_OF).total())
                    .isEqualTo(Rollups.schoolReport(stores.stores(), one, MinistryData.QUARTER, MinistryData.AS_OF));
            // the generated rows are valid for the library: the chain verifies, every appeal reads back
            TrustBoxOffice office = TrustBoxOffice.of(one, stores.stores(), java.time.Clock.systemUTC());
            assertThat(office.verifyJournal().isIntact()).isTrue();
            assertThat(office.appeals()).hasSize(scale.appealsPerSchool());
            Object[] report = Rollups.libraryReportStatement(one.id().value(), MinistryData.QUARTER);
            assertThat(Rollups.explain(ds, (String) report[0], java.util.Arrays.copyOfRange(report, 1, report.length)))
                    .contains("trustbox_appeal_withdrawn_ix");
        }
    }

    @Test
    void compliance() {
        Compliance compliance = new Compliance(2);
        assertThat(compliance.firstSchoolFindings()).isEmpty();
        assertThat(compliance.trustbox()).isZero();
        assertThat(compliance.baseline()).isPositive();
    }

    @Test
    void tablePrintsEachFigureBesideItsBaseline() {
        String rendered = new Table().add(new Table.Row("1 registration", "10 rows/s", "20 rows/s", Table.ratio(0.5), "≥ 0.8×",
                Main.atLeast(0.5, 0.8))).render();
        assertThat(rendered).contains("| figure").contains("0.500×").contains("missed: needs 1.60× the throughput");
        assertThat(Main.atMost(1.1, 1.2)).isEqualTo("met");
    }

    private static void requirePostgres() {
        Optional<String> why = Postgres.unavailable();
        boolean required = "required".equals(System.getenv("TRUSTBOX_TEST_POSTGRES"))
                || "required".equals(System.getProperty("trustbox.test.postgres"));
        if (why.isPresent() && required) {
            throw new AssertionError("PostgreSQL is required: " + why.get());
        }
        Assumptions.assumeTrue(why.isEmpty(), () -> "skipped: " + why.orElse(""));
    }
}
