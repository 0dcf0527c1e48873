package kg.trustbox.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Decision;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.Paper;
import kg.trustbox.document.QuarterlyReportView;
import kg.trustbox.meeting.AgendaItem;
import kg.trustbox.meeting.MeetingRecord;
import kg.trustbox.rule.Rule;
import kg.trustbox.school.Language;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.testing.Harness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-5.5 R-1.5.3 the quarterly analytical report")
class QuarterlyReportTest {
    private static final Quarter Q3 = new Quarter(2026, 3);

    /** One appeal as the generator describes it: signed?, category, language, verdict (-1 undecided), tag. */
    private record Spec(boolean signed, int category, int language, int verdict, int tag) {
    }

    private static List<Spec> specs(List<Integer> raw) {
        List<Spec> specs = new ArrayList<>();
        for (int r : raw) {
            specs.add(new Spec(r % 2 == 0, (r / 2) % 5, (r / 10) % 3, (r / 30) % 5 - 1, (r / 150) % 3));
        }
        return specs;
    }

    private static Harness playQ3(List<Spec> specs, List<String> names) {
        Harness h = Harness.inMemory().ready();
        h.clock.set(LocalDateTime.of(2026, 9, 8, 12, 5).atZone(h.school.zone()).toInstant());
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            String name = "Ата-эне " + Character.toString('А' + i % 30) + i;
            names.add(name);
            papers.add(Paper.from(specs.get(i).signed() ? new Appellant.Signed(name, Appellant.Contacts.email("p" + i + "@mail.kg"))
                    : Appellant.anonymous()));
        }
        List<AppealId> ids = h.openAndSeal(papers).appeals();
        for (int i = 0; i < ids.size(); i++) {
            Spec s = specs.get(i);
            h.office.register(ids.get(i), RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.values()[s.category()],
                    AppealLanguage.values()[s.language()], "Мазмуну: " + names.get(i))).orElseThrow();
            h.office.tag(ids.get(i), List.of("тег" + s.tag())).orElseThrow();
            h.office.assign(ids.get(i), Fixtures.RESPONSIBLE).orElseThrow();
            if (s.verdict() >= 0) {
                h.office.decide(ids.get(i), s.verdict() == 3 ? Decision.leftUnconsidered("Art. 6")
                        : Decision.of(Verdict.values()[s.verdict()], "")).orElseThrow();
            }
        }
        h.clock.set(LocalDateTime.of(2026, 10, 3, 10, 0).atZone(h.school.zone()).toInstant());
        return h;
    }

    @Test
    @DisplayName("R-1.5.3 property: report counts equal the counts of the generated appeals they cover")
    void countsMatch() {
        qt().withExamples(kg.trustbox.testing.Examples.of(25)).forAll(lists().of(integers().between(0, 449)).ofSizeBetween(0, 25)).checkAssert(raw -> {
            List<Spec> specs = specs(raw);
            Harness h = playQ3(specs, new ArrayList<>());
            QuarterlyReport r = h.office.prepareQuarterlyReport(Q3, "", Fixtures.RESPONSIBLE).orElseThrow();
            Figures f = r.current();
            assertThat(f.received()).isEqualTo(specs.size());
            assertThat(f.signed()).isEqualTo(specs.stream().filter(Spec::signed).count());
            assertThat(f.anonymous()).isEqualTo(specs.stream().filter(s -> !s.signed()).count());
            for (Category c : Category.values()) {
                assertThat(f.byCategory().get(c)).isEqualTo(specs.stream().filter(s -> s.category() == c.ordinal()).count());
            }
            assertThat(f.kyrgyz() + f.russian() + f.otherLanguage()).isEqualTo(specs.size());
            assertThat(f.russian()).isEqualTo(specs.stream().filter(s -> s.language() == 1).count());
            for (Verdict v : Verdict.values()) {
                assertThat(f.byVerdict().get(v)).isEqualTo(specs.stream().filter(s -> s.verdict() == v.ordinal()).count());
            }
            assertThat(f.decided()).isEqualTo(specs.stream().filter(s -> s.verdict() >= 0).count());
            assertThat(f.decidedOnTime() + f.decidedLate()).isEqualTo(f.decided());
            Map<String, Long> tags = specs.stream().collect(Collectors.groupingBy(s -> "тег" + s.tag(), Collectors.counting()));
            assertThat(f.tags()).hasSize(tags.size());
            tags.forEach((t, n) -> assertThat(f.tags().get(t)).isEqualTo(n.intValue()));
            assertThat(f.openings()).isEqualTo(1);
            assertThat(r.previous().received()).isZero();
            assertThat(r.wasOnTime()).isTrue();
        });
    }

    @Test
    @DisplayName("R-1.5.3 R-3.2 property: no generated name, contact or summary appears in a report, its view or a roll-up")
    void noPersonalData() {
        qt().withExamples(kg.trustbox.testing.Examples.of(10)).forAll(lists().of(integers().between(0, 449)).ofSizeBetween(1, 12)).checkAssert(raw -> {
            List<String> names = new ArrayList<>();
            Harness h = playQ3(specs(raw), names);
            QuarterlyReport r = h.office.prepareQuarterlyReport(Q3, "Ашкана боюнча даттануулар кайталанат", Fixtures.RESPONSIBLE).orElseThrow();
            QuarterlyReportView view = h.office.documents().quarterlyReport(Q3, Language.RUSSIAN);
            String text = r + "\n" + view + "\n" + Rollup.of(Q3, List.of(r, r));
            for (int i = 0; i < names.size(); i++) {
                assertThat(text).doesNotContain(names.get(i), "p" + i + "@mail.kg", "Мазмуну");
            }
        });
    }

    @Test
    @DisplayName("R-5.5 only the responsible person prepares it, after the quarter; late is recorded; a meeting discusses it")
    void preparationAndDiscussion() {
        Harness h = playQ3(List.of(new Spec(true, 0, 0, 0, 0)), new ArrayList<>());
        assertThat(h.office.prepareQuarterlyReport(Q3, "", Fixtures.CHAIR).rejectionIfAny().orElseThrow().rule()).isEqualTo(Rule.R_5_5);
        assertThat(h.office.prepareQuarterlyReport(new Quarter(2026, 4), "", Fixtures.RESPONSIBLE).rejectionIfAny().orElseThrow().key())
                .isEqualTo("report.quarterNotOver");
        h.clock.advance(Duration.ofDays(5));
        QuarterlyReport late = h.office.prepareQuarterlyReport(Q3, "", Fixtures.RESPONSIBLE).orElseThrow();
        assertThat(late.wasOnTime()).isFalse();
        assertThat(h.office.prepareQuarterlyReport(Q3, "", Fixtures.RESPONSIBLE).rejectionIfAny().orElseThrow().key()).isEqualTo("report.exists");
        h.office.holdMeeting(new MeetingRecord(LocalDate.of(2026, 10, 20), Fixtures.quorum(),
                List.of(new AgendaItem.ReportDiscussion(2026, 3)), List.of("Отчет кабыл алынсын"))).orElseThrow();
        assertThat(h.office.quarterlyReport(Q3).orElseThrow().discussedAt()).contains(1);
    }

    @Test
    @DisplayName("R-1.5.3 reports of many schools roll up into one; the median comes from the merged histogram")
    void rollup() {
        Figures a = new Figures(3, Map.of(Category.CORRUPTION, 3), 1, 2, 3, 0, 0, Map.of(Verdict.JUSTIFIED, 3), Map.of("ОБ", 1), 3, 0, 0,
                new java.util.TreeMap<>(Map.of(2, 2, 10, 1)), 13, 1, 0, 0, Map.of("тамак", 2));
        Figures b = new Figures(2, Map.of(Category.SUGGESTION, 2), 2, 0, 0, 2, 0, Map.of(Verdict.NOT_JUSTIFIED, 1), Map.of("ОБ", 2), 0, 1, 1,
                new java.util.TreeMap<>(Map.of(20, 1)), 12, 0, 1, 2, Map.of("тамак", 1, "коопсуздук", 1));
        QuarterlyReport ra = new QuarterlyReport(kg.trustbox.school.SchoolId.of("a"), Q3, a, Figures.empty(), "", Fixtures.RESPONSIBLE,
                LocalDate.of(2026, 10, 3), java.util.Optional.empty());
        QuarterlyReport rb = new QuarterlyReport(kg.trustbox.school.SchoolId.of("b"), Q3, b, Figures.empty(), "", Fixtures.RESPONSIBLE,
                LocalDate.of(2026, 10, 3), java.util.Optional.empty());
        Rollup r = Rollup.of(Q3, List.of(ra, rb));
        assertThat(r.schools()).isEqualTo(2);
        assertThat(r.total().received()).isEqualTo(5);
        assertThat(r.total().byCategory()).containsEntry(Category.CORRUPTION, 3).containsEntry(Category.SUGGESTION, 2);
        assertThat(r.total().forwardedTo()).containsEntry("ОБ", 3);
        assertThat(r.total().tags()).containsEntry("тамак", 3);
        assertThat(r.total().medianDaysToDecision()).isEqualTo(6.0);
        assertThat(r.total().longestDaysToDecision()).isEqualTo(20);
        assertThat(r.total().openings()).isEqualTo(25);
    }
}
