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
import kg.trustbox.benchmarks.registration.ThreeSteps;
import kg.trustbox.outcome.Outcome;
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
        assertThat(w.trustbox().commits()).isEqualTo(3); // open, seal, register the appeals: three steps
        assertThat(w.fair().commits()).isEqualTo(3); // the same three steps by hand
        assertThat(w.floor().commits()).isEqualTo(1);
        assertThat(w.fair().statements()).isGreaterThan(w.floor().statements());
        // the ledger is written once per step, and what a step wrote is not read back (issue 17): 31 statements in all
        assertThat(w.trustbox().statements()).isLessThanOrEqualTo(w.fair().statements() + 8);
    }

    @Test
    void registrationOnPostgres() throws Exception {
        requirePostgres();
        registration("postgresql");
    }

    @Test
    void fairRegistrationBaselineRefusesWhatTheLibraryRefusesOnH2() throws Exception {
        refusals("h2");
    }

    @Test
    void fairRegistrationBaselineRefusesWhatTheLibraryRefusesOnPostgres() throws Exception {
        requirePostgres();
        refusals("postgresql");
    }

    private static void registration(String db) throws Exception {
        try (Registrations r = Registrations.open(db)) {
            School tb = BenchSchools.school("tb-1");
            Map<String, Long> trustboxBefore = r.rows(tb);
            assertThat(r.rows(BenchSchools.school("fair-1"))).isEqualTo(trustboxBefore);
            assertThat(r.rows(BenchSchools.school("floor-1"))).isEqualTo(trustboxBefore);
            for (int i = 0; i < 2; i++) {
                r.refreshStatistics();
                assertThat(r.trustboxOpening()).isEqualTo(Registrations.APPEALS);
                assertThat(r.fairOpening()).isEqualTo(Registrations.APPEALS);
                assertThat(r.floorOpening()).isEqualTo(Registrations.APPEALS);
            }
            Map<String, Long> trustbox = r.rows(tb);
            // the baselines write exactly the rows trustbox writes, ledger entries included ...
            assertThat(r.rows(BenchSchools.school("fair-1"))).isEqualTo(trustbox);
            assertThat(r.rows(BenchSchools.school("floor-1"))).isEqualTo(trustbox);
            long added = trustbox.entrySet().stream()
                    .filter(e -> !List.of("trustbox_counter", "trustbox_chain_head", "trustbox_box").contains(e.getKey()))
                    .mapToLong(e -> e.getValue() - trustboxBefore.get(e.getKey())).sum();
            assertThat(added).isEqualTo(2L * Registrations.ROWS_PER_OPENING);
            // ... and the library inspects them as its own: journal and ledger chains intact, every record matching its
            // ledger digest, the counters, acts, lines and register consistent
            for (TrustBoxOffice office : List.of(r.trustboxOffice(), r.fairOffice(), r.floorOffice())) {
                assertThat(office.verifyJournal().isIntact()).isTrue();
                kg.trustbox.ledger.RecordsVerification records = office.verifyRecords();
                assertThat(records.discrepancies()).as(office.school().id().value()).isEmpty();
                assertThat(records.head().sequence()).isEqualTo(r.trustboxOffice().verifyRecords().head().sequence());
                List<AppealTracking> appeals = office.appeals();
                assertThat(appeals).hasSize(2 * Registrations.APPEALS);
                assertThat(appeals).allMatch(a -> a.number().isPresent());
                assertThat(appeals.stream().map(a -> a.number().orElseThrow().sequence()).distinct().count())
                        .isEqualTo(2L * Registrations.APPEALS);
                assertThat(office.box().orElseThrow()).isInstanceOf(kg.trustbox.box.SealedBox.class);
            }
            // the identities the baselines encrypted decrypt through the library
            for (School school : List.of(r.fairSchool(), BenchSchools.school("floor-1"))) {
                kg.trustbox.box.WithdrawalAct act = r.stores().stores().boxes().act(school.id(), new kg.trustbox.box.ActNumber(2027, 1))
                        .orElseThrow();
                assertThat(act.lines().get(0).from()).isInstanceOfSatisfying(kg.trustbox.appellant.Appellant.Signed.class,
                        signed -> assertThat(signed.fullName()).isEqualTo("Ата-эне 1 Асанов"));
            }
        }
    }

    /** The fair baseline refuses where trustbox refuses, with the same message key, and writes nothing when it does. */
    private static void refusals(String db) throws Exception {
        try (Registrations r = Registrations.open(db)) {
            r.trustboxOpening();
            r.fairOpening();
            ThreeSteps fair = r.fair();
            TrustBoxOffice tb = r.trustboxOffice();
            Map<String, Long> before = r.rows(r.fairSchool());
            java.time.Instant tuesday = java.time.LocalDate.of(2027, 1, 12).atTime(12, 5).atZone(r.fairSchool().zone()).toInstant();
            List<kg.trustbox.box.Paper> papers = List.of(kg.trustbox.box.Paper.from(kg.trustbox.appellant.Appellant.anonymous()));
            kg.trustbox.box.Inspection inspection = kg.trustbox.box.Inspection.inOrder(kg.trustbox.box.Seal.of("FA-000001"));
            kg.trustbox.box.Inspection tbInspection = kg.trustbox.box.Inspection.inOrder(kg.trustbox.box.Seal.of("TB-000001"));
            kg.trustbox.time.ManualClock clock = new kg.trustbox.time.ManualClock(tuesday);
            TrustBoxOffice office = TrustBoxOffice.of(tb.school(), r.stores().stores(), clock);

            // no quorum: two of five
            List<kg.trustbox.commission.PersonId> two = List.of(BenchSchools.CHAIR, BenchSchools.SECRETARY);
            assertRefused(office.open(kg.trustbox.box.OpeningRequest.of(two, tbInspection, papers)),
                    fair.open(tuesday, two, inspection, papers), "opening.noQuorum");
            // someone present who is no member
            List<kg.trustbox.commission.PersonId> stranger = List.of(BenchSchools.CHAIR, BenchSchools.SECRETARY,
                    kg.trustbox.commission.PersonId.of("p9"));
            assertRefused(office.open(kg.trustbox.box.OpeningRequest.of(stranger, tbInspection, papers)),
                    fair.open(tuesday, stranger, inspection, papers), "opening.notMember");
            // outside the Tuesday slot
            clock.set(java.time.LocalDate.of(2027, 1, 13), java.time.LocalTime.of(12, 5), tb.school().zone());
            assertRefused(office.open(kg.trustbox.box.OpeningRequest.of(BenchSchools.quorum(), tbInspection, papers)),
                    fair.open(clock.instant(), BenchSchools.quorum(), inspection, papers), "opening.outsideSlot");
            // sealing a box that is not open
            assertRefused(office.seal(kg.trustbox.box.Seal.of("TB-999999")), fair.seal(tuesday, kg.trustbox.box.Seal.of("FA-999999")),
                    "box.notOpen");
            assertThat(r.rows(r.fairSchool())).isEqualTo(before);

            // a seal found that is not the one applied last time is no refusal: both open, and both record the incident
            clock.set(java.time.LocalDate.of(2027, 1, 12), java.time.LocalTime.of(12, 5), tb.school().zone());
            List<kg.trustbox.appeal.AppealId> tbIds = office.open(kg.trustbox.box.OpeningRequest.of(BenchSchools.quorum(),
                    kg.trustbox.box.Inspection.inOrder(kg.trustbox.box.Seal.of("XX-000001")), papers)).orElseThrow().appeals();
            ThreeSteps.Opened opened = fair.open(tuesday, BenchSchools.quorum(),
                    kg.trustbox.box.Inspection.inOrder(kg.trustbox.box.Seal.of("XX-000001")), papers).orElseThrow();
            kg.trustbox.box.ActNumber second = new kg.trustbox.box.ActNumber(2027, 2);
            assertThat(opened.act()).contains(second);
            for (School school : List.of(tb.school(), r.fairSchool())) {
                assertThat(r.stores().stores().boxes().act(school.id(), second).orElseThrow().incidents())
                        .containsExactly(kg.trustbox.box.Incident.SEAL_MISMATCH);
            }
            // a seal used before: seal each open box with its first seal again
            // opening an open box
            assertRefused(office.open(kg.trustbox.box.OpeningRequest.of(BenchSchools.quorum(), tbInspection, papers)),
                    fair.open(tuesday, BenchSchools.quorum(), inspection, papers), "box.alreadyOpen");
            Map<String, Long> opened1 = r.rows(r.fairSchool());
            assertRefused(office.seal(kg.trustbox.box.Seal.of("TB-000000")), fair.seal(tuesday, kg.trustbox.box.Seal.of("FA-000000")),
                    "seal.reused");
            assertThat(r.rows(r.fairSchool())).isEqualTo(opened1);
            office.seal(kg.trustbox.box.Seal.of("TB-000100")).orElseThrow();
            fair.seal(tuesday.plusSeconds(600), kg.trustbox.box.Seal.of("FA-000100")).orElseThrow();
            // registering an appeal twice
            Map<kg.trustbox.appeal.AppealId, kg.trustbox.appeal.RegistrationRequest> once = Map.of(tbIds.get(0), REQUEST);
            office.registerAll(once).orElseThrow();
            fair.register(tuesday.plusSeconds(3600), opened.appeals(), REQUEST).orElseThrow();
            Map<String, Long> registered = r.rows(r.fairSchool());
            assertRefused(office.registerAll(once), fair.register(tuesday.plusSeconds(3700), opened.appeals(), REQUEST), "appeal.illegalMove");
            assertThat(r.rows(r.fairSchool())).isEqualTo(registered);
            assertThat(r.fairOffice().verifyRecords().discrepancies()).isEmpty();
        }
    }

    private static final kg.trustbox.appeal.RegistrationRequest REQUEST = kg.trustbox.appeal.RegistrationRequest.of(BenchSchools.RESPONSIBLE,
            kg.trustbox.appeal.Category.COMPLAINT, kg.trustbox.appeal.AppealLanguage.KYRGYZ, "мазмуну");

    private static void assertRefused(Outcome<?> library, ThreeSteps.Result<?> baseline, String key) {
        assertThat(library).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected<?>) library).rejection().key()).isEqualTo(key);
        assertThat(baseline).isEqualTo(new ThreeSteps.Refused<>(key));
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
    void actLengthsRenderBothSidesAtEachLengthOnceTimedNothing() {
        List<kg.trustbox.benchmarks.documents.ActLengths.Row> rows = kg.trustbox.benchmarks.documents.ActLengths.measure(List.of(3, 60), 1);
        assertThat(rows).extracting(kg.trustbox.benchmarks.documents.ActLengths.Row::lines).containsExactly(3, 60);
        for (var row : rows) {
            assertThat(row.trustboxBytes()).isPositive();
            assertThat(row.baselineBytes()).isPositive();
        }
        assertThat(rows.get(1).trustboxBytes()).as("a longer act is a larger document").isGreaterThan(rows.get(0).trustboxBytes());
        assertThat(rows.get(1).baselineBytes()).isGreaterThan(rows.get(0).baselineBytes());
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
        assertThat(compliance.firstSchoolFoundByHand()).isEmpty();
        assertThat(compliance.trustbox()).isZero();
        assertThat(compliance.baseline()).isZero();
        assertThat(compliance.reads()).isPositive();
    }

    @Test
    void handWrittenComplianceCheckFindsWhatTrustboxFinds() {
        Compliance compliance = new Compliance(1, true);
        List<kg.trustbox.benchmarks.compliance.HandCheck.Found> library = compliance.firstSchoolFindings().stream()
                .map(f -> new kg.trustbox.benchmarks.compliance.HandCheck.Found(f.rule(), f.date(), f.key()))
                .sorted(java.util.Comparator.comparing(kg.trustbox.benchmarks.compliance.HandCheck.Found::date)
                        .thenComparing(f -> f.rule().ordinal()).thenComparing(kg.trustbox.benchmarks.compliance.HandCheck.Found::key))
                .toList();
        // the seeded breaches are found ...
        assertThat(library).extracting(kg.trustbox.benchmarks.compliance.HandCheck.Found::key).contains("compliance.missedOpening",
                "compliance.sealedLate", "compliance.incident.SEAL_BROKEN", "compliance.fewMeetings", "compliance.reportLate",
                "compliance.registeredLate", "compliance.overdue");
        // ... by both, the same findings, rule and date
        assertThat(compliance.firstSchoolFoundByHand()).isEqualTo(library);
        assertThat(compliance.baseline()).isEqualTo(compliance.trustbox());
    }

    /** A stand-in benchmark for the interleaved measurement: counts its calls and its per-round set-ups. */
    public static final class Counting {
        @org.openjdk.jmh.annotations.Param({"1"})
        public int size;
        int rounds;
        int a;
        int b;

        @org.openjdk.jmh.annotations.Setup(org.openjdk.jmh.annotations.Level.Iteration)
        public void round() {
            rounds++;
        }

        public int a() {
            return ++a;
        }

        public int b() {
            return ++b;
        }
    }

    @Test
    void interleavedMeasurementRunsBothSidesEveryRoundAndReportsTheRatioError() throws Exception {
        Counting c = new Counting();
        Interleaved.Settings settings = new Interleaved.Settings(java.time.Duration.ofMillis(5), 1, 3, 4, 0.0, java.time.Duration.ofSeconds(10));
        Interleaved.Result r = Interleaved.measure(c, List.of("a", "b"), settings);
        // the target of 0 % is never met: every round up to the maximum ran, each side in each, after the warm-up round
        assertThat(r.rounds()).isEqualTo(4);
        assertThat(r.converged()).isFalse();
        assertThat(c.rounds).isEqualTo(5);
        assertThat(c.a).isPositive();
        assertThat(c.b).isPositive();
        assertThat(r.time("b").mean()).isPositive();
        assertThat(r.time("b").relativeError()).isNotNaN();
        // what the probe prints reads back the same
        assertThat(Interleaved.Result.parse(r.lines())).isEqualTo(r);
        assertThat(Main.ratio(r, new Interleaved.Ratio(0.5, 0.061))).isEqualTo("0.500× ±6.10% (4 rounds, capped)");
    }

    @Test
    void ratioErrorIsTheConfidenceHalfWidthOverTheRounds() {
        // ratios 1.9, 2.0, 2.1: mean 2, sd 0.1, half-width t(2) · 0.1 / √3
        List<double[]> rounds = List.of(new double[] {1.9, 1}, new double[] {2.0, 1}, new double[] {2.1, 1});
        Interleaved.Ratio r = Interleaved.ratio(rounds, 0, 1);
        assertThat(r.mean()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(r.relativeError()).isCloseTo(4.303 * 0.1 / Math.sqrt(3) / 2, org.assertj.core.data.Offset.offset(1e-9));
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
