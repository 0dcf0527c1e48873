package kg.trustbox.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kg.trustbox.Regulation;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Decision;
import kg.trustbox.appeal.Extension;
import kg.trustbox.appeal.Forwarding;
import kg.trustbox.appeal.Registration;
import kg.trustbox.appeal.RegistrationNumber;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.appeal.Withdrawal;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.Deviation;
import kg.trustbox.box.Incident;
import kg.trustbox.box.Inspection;
import kg.trustbox.box.JournalEntry;
import kg.trustbox.box.Opening;
import kg.trustbox.box.Readiness;
import kg.trustbox.box.Seal;
import kg.trustbox.chain.Chain;
import kg.trustbox.school.School;
import kg.trustbox.testing.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A quarter's figures for a term written out by hand, with the expected figures counted by hand
 * (in the comments), not by the code under test.
 */
@DisplayName("R-5.5 R-1.5.3 a known quarter's figures, counted by hand")
class FiguresByHandTest {
    private static final School SCHOOL = Fixtures.school("h1");
    private static final Quarter Q4 = new Quarter(2026, 4);
    private static final Readiness READY = new Readiness(List.of(new Readiness.Period(LocalDate.of(2026, 9, 2), Optional.empty())));
    private static int line;

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(SCHOOL.zone()).toInstant();
    }

    private static Appeal appeal(LocalDate withdrawn, Appellant who) {
        line++;
        return Appeal.withdrawn(SCHOOL.id(), new Withdrawal(new ActNumber(2026, 1), line, at(withdrawn, 12)), who);
    }

    private static Appeal registered(LocalDate withdrawn, Appellant who, LocalDate on, Category c, AppealLanguage l) {
        return appeal(withdrawn, who).register(new Registration(new RegistrationNumber(2026, line), at(on, 15), Fixtures.RESPONSIBLE, c, l,
                "мазмуну", Optional.empty())).orElseThrow().assign(Fixtures.RESPONSIBLE).orElseThrow();
    }

    private static Appeal decided(Appeal a, LocalDate on, Verdict v) {
        return a.decide(Decision.of(v, v == Verdict.NOT_JUSTIFIED ? "" : "чаралар"), at(on, 10)).orElseThrow();
    }

    private static List<JournalEntry> journal() {
        List<JournalEntry> entries = new ArrayList<>();
        Chain.Head head = new Chain.Head(0, Chain.GENESIS);
        for (LocalDate tuesday = LocalDate.of(2026, 9, 29); tuesday.isBefore(LocalDate.of(2027, 1, 1)); tuesday = tuesday.plusWeeks(1)) {
            if (tuesday.equals(LocalDate.of(2026, 10, 13))) {
                continue; // missed
            }
            boolean moved = tuesday.equals(LocalDate.of(2026, 11, 10));
            LocalDate day = moved ? tuesday.plusDays(1) : tuesday;
            Set<Incident> incidents = tuesday.equals(LocalDate.of(2026, 10, 20)) ? Set.of(Incident.SEAL_BROKEN, Incident.SEAL_MISMATCH)
                    : Set.of();
            Opening o = new Opening(at(day, 12), Fixtures.quorum(), Seal.of("S"), Inspection.inOrder(Seal.of("S")), incidents,
                    moved ? Optional.of(new Deviation("майрам")) : Optional.empty(), 0, Optional.empty());
            JournalEntry e = JournalEntry.next(head, SCHOOL.id(), o, Seal.of("S"), at(day, 13));
            entries.add(e);
            head = e.head();
        }
        return entries;
    }

    @Test
    @DisplayName("R-5.5 R-1.5.3 R-4.3 Law No. 67 every figure of a hand-written quarter")
    void everyFigure() {
        Appellant signed = Fixtures.signed("Ата-эне");
        Appellant anonymous = Appellant.anonymous();
        // a1: registered 6 Oct, decided 10 Oct: on time, 4 days; forwarded twice to the same body; tagged
        Appeal a1 = decided(registered(LocalDate.of(2026, 10, 6), signed, LocalDate.of(2026, 10, 6), Category.COMPLAINT,
                AppealLanguage.KYRGYZ).forward(new Forwarding("A бөлүмү", LocalDate.of(2026, 10, 7), "1")).orElseThrow()
                .forward(new Forwarding("A бөлүмү", LocalDate.of(2026, 10, 8), "2")).orElseThrow()
                .tag(List.of("ашкана")).orElseThrow(), LocalDate.of(2026, 10, 10), Verdict.JUSTIFIED);
        // a2: registered 7 Oct (due 21 Oct), decided 30 Oct: late, 23 days; forwarded once
        Appeal a2 = decided(registered(LocalDate.of(2026, 10, 6), anonymous, LocalDate.of(2026, 10, 7), Category.CORRUPTION,
                AppealLanguage.RUSSIAN).forward(new Forwarding("B органы", LocalDate.of(2026, 10, 8), "3")).orElseThrow(),
                LocalDate.of(2026, 10, 30), Verdict.PARTLY_JUSTIFIED);
        // a3: registered 20 Oct (due 3 Nov), extended on 30 Oct to 15 Nov, decided 12 Nov: on time, 23 days
        Appeal a3 = decided(registered(LocalDate.of(2026, 10, 20), anonymous, LocalDate.of(2026, 10, 20), Category.SUGGESTION,
                AppealLanguage.OTHER).extend(new Extension(at(LocalDate.of(2026, 10, 30), 9), "текшерүү", LocalDate.of(2026, 11, 15)))
                .orElseThrow().tag(List.of("ашкана", "коопсуздук")).orElseThrow(), LocalDate.of(2026, 11, 12), Verdict.JUSTIFIED);
        // a4: registered 20 Oct (due 3 Nov), "extended" on 5 Nov, after the term: decided 10 Nov is late, 21 days
        Appeal a4 = decided(registered(LocalDate.of(2026, 10, 20), signed, LocalDate.of(2026, 10, 20), Category.CHILD_RIGHTS,
                AppealLanguage.KYRGYZ).extend(new Extension(at(LocalDate.of(2026, 11, 5), 9), "кеч", LocalDate.of(2026, 11, 19)))
                .orElseThrow(), LocalDate.of(2026, 11, 10), Verdict.NOT_JUSTIFIED);
        // a5: registered 22 Dec, due 5 Jan: not overdue at the quarter's end
        Appeal a5 = registered(LocalDate.of(2026, 12, 22), signed, LocalDate.of(2026, 12, 22), Category.OTHER, AppealLanguage.KYRGYZ);
        // a6: registered 8 Dec, due 22 Dec, undecided: overdue
        Appeal a6 = registered(LocalDate.of(2026, 12, 8), signed, LocalDate.of(2026, 12, 8), Category.COMPLAINT, AppealLanguage.KYRGYZ);
        // a7: withdrawn 24 Nov, never registered: received, nothing else
        Appeal a7 = appeal(LocalDate.of(2026, 11, 24), anonymous);
        // a8: withdrawn in Q3: not this quarter's
        Appeal a8 = registered(LocalDate.of(2026, 9, 29), signed, LocalDate.of(2026, 9, 29), Category.COMPLAINT, AppealLanguage.KYRGYZ);

        Figures f = new Analysis(SCHOOL, Regulation.defaults().schedule(), Regulation.defaults().deadlines())
                .figures(Q4, List.of(a1, a2, a3, a4, a5, a6, a7, a8), journal(), READY, LocalDate.of(2027, 1, 5));

        assertThat(f.received()).isEqualTo(7);
        assertThat(f.signed()).isEqualTo(4);
        assertThat(f.anonymous()).isEqualTo(3);
        assertThat(f.byCategory()).containsExactlyInAnyOrderEntriesOf(Map.of(Category.COMPLAINT, 2, Category.CORRUPTION, 1,
                Category.SUGGESTION, 1, Category.CHILD_RIGHTS, 1, Category.OTHER, 1));
        assertThat(f.kyrgyz()).isEqualTo(4);
        assertThat(f.russian()).isEqualTo(1);
        assertThat(f.otherLanguage()).isEqualTo(1);
        assertThat(f.byVerdict()).containsExactlyInAnyOrderEntriesOf(Map.of(Verdict.JUSTIFIED, 2, Verdict.PARTLY_JUSTIFIED, 1,
                Verdict.NOT_JUSTIFIED, 1, Verdict.LEFT_UNCONSIDERED, 0));
        assertThat(f.decidedOnTime()).isEqualTo(2);
        assertThat(f.decidedLate()).isEqualTo(2);
        assertThat(f.overdue()).isEqualTo(1);
        assertThat(f.daysToDecision()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(4, 1, 21, 1, 23, 2)));
        assertThat(f.decided()).isEqualTo(4);
        assertThat(f.medianDaysToDecision()).isEqualTo(22.0);
        assertThat(f.longestDaysToDecision()).isEqualTo(23);
        assertThat(f.forwardedTo()).containsExactlyInAnyOrderEntriesOf(Map.of("A бөлүмү", 1, "B органы", 1));
        assertThat(f.tags()).containsExactlyInAnyOrderEntriesOf(Map.of("ашкана", 2, "коопсуздук", 1));
        // 13 Tuesdays from 6 Oct to 29 Dec; 13 Oct missed; 10 Nov moved to the 11th with a deviation; 29 Sep is Q3's
        assertThat(f.openings()).isEqualTo(12);
        assertThat(f.deviations()).isEqualTo(1);
        assertThat(f.missedTuesdays()).isEqualTo(1);
        assertThat(f.incidents()).isEqualTo(2);
    }

    @Test
    @DisplayName("R-5.5 figures add up school by school; no decision has no median; the empty figures are all zero")
    void sums() {
        Figures one = new Figures(1, Map.of(Category.OTHER, 1), 1, 0, 1, 0, 0, Map.of(), Map.of("A", 1), 1, 0, 0,
                new java.util.TreeMap<>(Map.of(3, 1)), 2, 0, 1, 0, Map.of("t", 1));
        Figures two = one.plus(one);
        assertThat(two.received()).isEqualTo(2);
        assertThat(two.forwardedTo()).containsEntry("A", 2);
        assertThat(two.daysToDecision()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(3, 2)));
        assertThat(two.daysToDecision()).isInstanceOf(java.util.SortedMap.class);
        assertThat(two.missedTuesdays()).isEqualTo(2);
        assertThat(Figures.sum(List.of(one, one, one)).openings()).isEqualTo(6);
        assertThat(Figures.empty().medianDaysToDecision()).isNaN();
        assertThat(Figures.empty().longestDaysToDecision()).isZero();
        assertThat(one.medianDaysToDecision()).isEqualTo(3.0);
    }
}
