package kg.trustbox.box;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import kg.trustbox.OpeningResult;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.commission.PersonId;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.rule.Rule;
import kg.trustbox.school.School;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.testing.Harness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-4.3 opening: the commission opens the box on Tuesday and draws up a withdrawal act")
class OpeningTest {
    private final Harness h = Harness.inMemory().ready();

    private OpeningRequest request(List<Paper> papers) {
        return OpeningRequest.of(Fixtures.quorum(), Inspection.inOrder(h.currentSeal()), papers);
    }

    @Test
    @DisplayName("R-4.3 an opening outside the slot is refused naming the rule and the instant, and changes nothing")
    void outsideSlotRefused() {
        h.clock.set(LocalDateTime.of(2026, 9, 2, 12, 10).atZone(School.BISHKEK).toInstant());
        Outcome<OpeningResult> o = h.office.open(request(List.of(Paper.from(Appellant.anonymous()))));
        assertThat(o.rejectionIfAny().orElseThrow()).satisfies(r -> {
            assertThat(r.rule()).isEqualTo(Rule.R_4_3);
            assertThat(r.values()).contains("2026-09-02T12:10", "Asia/Bishkek");
            assertThat(r.message(java.util.Locale.ROOT)).startsWith("R-4.3: 2026-09-02T12:10 (Asia/Bishkek) is outside the opening slot");
        });
        assertThat(h.office.box().orElseThrow()).isInstanceOf(SealedBox.class);
        assertThat(h.office.appeals()).isEmpty();
    }

    @Test
    @DisplayName("R-4.3 an opening outside the slot is accepted when recorded as a deviation with its reason")
    void deviationAccepted() {
        h.clock.set(LocalDateTime.of(2026, 9, 2, 9, 0).atZone(School.BISHKEK).toInstant());
        OpeningResult r = h.office.open(request(List.of()).withDeviation("Tuesday was a public holiday")).orElseThrow();
        assertThat(r.box().opening().deviation()).contains(new Deviation("Tuesday was a public holiday"));
        JournalEntry e = h.office.seal(h.nextSeal()).orElseThrow();
        assertThat(e.deviation()).isPresent();
    }

    @Test
    @DisplayName("R-4.3 a box with appeals gets a withdrawal act with one line per appeal; acts are numbered per year")
    void actDrawnUp() {
        OpeningResult first = h.openAndSeal(List.of(Paper.from(Fixtures.signed("Асанов Бакыт")), Paper.from(Appellant.anonymous())));
        WithdrawalAct act = first.act().orElseThrow();
        assertThat(act.number()).isEqualTo(new ActNumber(2026, 1));
        assertThat(act.lines()).extracting(ActLine::number).containsExactly(1, 2);
        assertThat(act.lines().get(0).returnAddress()).isPresent();
        assertThat(act.lines().get(1).from()).isInstanceOf(Appellant.Anonymous.class);
        assertThat(act.present()).containsExactlyElementsOf(Fixtures.quorum());
        assertThat(first.appeals()).hasSize(2);

        h.nextTuesday();
        OpeningResult second = h.openAndSeal(List.of(Paper.from(Appellant.anonymous())));
        assertThat(second.act().orElseThrow().number()).isEqualTo(new ActNumber(2026, 2));
        assertThat(h.stores.boxes().act(h.school.id(), new ActNumber(2026, 1))).contains(act);
    }

    @Test
    @DisplayName("R-4.3 an empty box gets a journal entry and no act")
    void emptyBox() {
        OpeningResult r = h.openAndSeal(List.of());
        assertThat(r.act()).isEmpty();
        assertThat(h.office.journal()).singleElement().satisfies(e -> {
            assertThat(e.appealCount()).isZero();
            assertThat(e.act()).isEmpty();
        });
    }

    @Test
    @DisplayName("R-4.3 damage, a broken or mismatched seal do not stop the opening but raise incidents in act and journal")
    void incidents() {
        Seal expected = h.currentSeal();
        OpeningResult r = h.office.open(OpeningRequest.of(Fixtures.quorum(), new Inspection(true, false, "FORGED-1"),
                List.of(Paper.from(Appellant.anonymous())))).orElseThrow();
        assertThat(r.box().opening().incidents()).containsExactlyInAnyOrder(Incident.BOX_DAMAGED, Incident.SEAL_BROKEN,
                Incident.SEAL_MISMATCH);
        assertThat(r.act().orElseThrow().incidents()).hasSize(3);
        JournalEntry e = h.office.seal(h.nextSeal()).orElseThrow();
        assertThat(e.incidents()).hasSize(3);
        assertThat(e.sealFound()).isEqualTo(expected);
    }

    @Test
    @DisplayName("R-4.3 those present must be members and a quorum")
    void presence() {
        Outcome<OpeningResult> outsider = h.office.open(OpeningRequest.of(List.of(Fixtures.CHAIR, Fixtures.SECRETARY,
                PersonId.of("stranger")), Inspection.inOrder(h.currentSeal()), List.of()));
        assertThat(outsider.rejectionIfAny().orElseThrow().key()).isEqualTo("opening.notMember");
        Outcome<OpeningResult> two = h.office.open(OpeningRequest.of(List.of(Fixtures.CHAIR, Fixtures.SECRETARY),
                Inspection.inOrder(h.currentSeal()), List.of()));
        assertThat(two.rejectionIfAny().orElseThrow()).satisfies(r -> {
            assertThat(r.rule()).isEqualTo(Rule.R_4_3);
            assertThat(r.key()).isEqualTo("opening.noQuorum");
        });
        assertThat(h.office.box().orElseThrow()).isInstanceOf(SealedBox.class);
        Outcome<OpeningResult> twice = h.office.open(OpeningRequest.of(List.of(Fixtures.CHAIR, Fixtures.SECRETARY, Fixtures.CHAIR),
                Inspection.inOrder(h.currentSeal()), List.of()));
        assertThat(twice.rejectionIfAny().orElseThrow()).satisfies(r -> {
            assertThat(r.rule()).isEqualTo(Rule.R_4_3);
            assertThat(r.key()).isEqualTo("opening.presentTwice");
            assertThat(r.values()).containsExactly(Fixtures.CHAIR.value());
        });
        assertThat(h.office.box().orElseThrow()).isInstanceOf(SealedBox.class);
    }

    @Test
    @DisplayName("R-4.3 property: the office accepts an opening without deviation iff it falls in the Tuesday slot, in a zone with daylight saving too")
    void officeAcceptsExactlyTheSlot() {
        java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
        // from the day the fixture commission is in force
        long from = java.time.Instant.parse("2026-09-01T00:00:00Z").getEpochSecond();
        long to = java.time.Instant.parse("2030-12-31T00:00:00Z").getEpochSecond();
        org.quicktheories.QuickTheory.qt().withExamples(kg.trustbox.testing.Examples.of(150))
                .forAll(org.quicktheories.generators.SourceDSL.longs().between(from, to), org.quicktheories.generators.SourceDSL.booleans().all(),
                        org.quicktheories.generators.SourceDSL.integers().between(-4 * 3600, 2 * 3600))
                .checkAssert((second, inBerlin, nearNoon) -> {
                    Harness z = new Harness(kg.trustbox.store.memory.InMemoryStores.create(),
                            inBerlin ? Fixtures.school("s1").withZone(berlin) : Fixtures.school("s1"), kg.trustbox.Regulation.defaults());
                    z.ready();
                    java.time.Instant t = java.time.Instant.ofEpochSecond(second);
                    if (second % 2 == 0) {
                        // half the examples fall within hours of a Tuesday noon, where the slot's edges are
                        java.time.LocalDate day = t.atZone(z.school.zone()).toLocalDate()
                                .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.TUESDAY));
                        t = day.atTime(12, 0).atZone(z.school.zone()).toInstant().plusSeconds(nearNoon);
                    }
                    z.clock.set(t);
                    java.time.ZonedDateTime local = t.atZone(z.school.zone());
                    boolean inSlot = local.getDayOfWeek() == java.time.DayOfWeek.TUESDAY && local.getHour() == 12;
                    Outcome<OpeningResult> o = z.office.open(OpeningRequest.of(Fixtures.quorum(), Inspection.inOrder(z.currentSeal()), List.of()));
                    assertThat(o.isAccepted()).as("%s", local).isEqualTo(inSlot);
                    if (!inSlot) {
                        assertThat(o.rejectionIfAny().orElseThrow().rule()).isEqualTo(Rule.R_4_3);
                        assertThat(z.office.box().orElseThrow()).isInstanceOf(SealedBox.class);
                    }
                });
    }

    @Test
    @DisplayName("R-4.3 act numbers restart at 1 in a new year")
    void newYear() {
        h.openAndSeal(List.of(Paper.from(Appellant.anonymous())));
        h.clock.set(LocalDateTime.of(2027, 1, 5, 12, 5).atZone(School.BISHKEK).toInstant());
        assertThat(h.openAndSeal(List.of(Paper.from(Appellant.anonymous()))).act().orElseThrow().number())
                .isEqualTo(new ActNumber(2027, 1));
        h.clock.advance(Duration.ofDays(7));
        assertThat(h.openAndSeal(List.of(Paper.from(Appellant.anonymous()))).act().orElseThrow().number())
                .isEqualTo(new ActNumber(2027, 2));
    }
}
