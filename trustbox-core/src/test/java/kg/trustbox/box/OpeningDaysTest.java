package kg.trustbox.box;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kg.trustbox.school.School;
import kg.trustbox.school.WorkingCalendar;
import kg.trustbox.testing.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-4.3 which Tuesdays were owed an opening, and which of them were missed")
class OpeningDaysTest {
    private static final LocalDate TUE = LocalDate.of(2026, 9, 8);
    private static final School SCHOOL = Fixtures.school("d1");
    private static final OpeningDays DAYS = new OpeningDays(SCHOOL, OpeningSchedule.regulation());
    private static final Readiness ALWAYS = new Readiness(List.of(new Readiness.Period(LocalDate.of(2026, 1, 1), Optional.empty())));
    private static final LocalDate LATE = LocalDate.of(2027, 1, 1);

    @Test
    @DisplayName("R-4.3 ready from the day after the later of election and installation; each composition until the next order")
    void readiness() {
        Readiness r = Readiness.of(List.of(
                new Readiness.Composition(LocalDate.of(2026, 8, 24), Optional.of(LocalDate.of(2026, 8, 28))),
                new Readiness.Composition(LocalDate.of(2026, 10, 5), Optional.empty()),
                new Readiness.Composition(LocalDate.of(2026, 11, 2), Optional.of(LocalDate.of(2026, 11, 10)))),
                Optional.of(LocalDate.of(2026, 9, 1)));
        assertThat(r.since()).contains(LocalDate.of(2026, 9, 2));
        assertThat(r.on(LocalDate.of(2026, 9, 1))).as("installation day").isFalse();
        assertThat(r.on(LocalDate.of(2026, 9, 2))).isTrue();
        assertThat(r.on(LocalDate.of(2026, 10, 4))).isTrue();
        assertThat(r.on(LocalDate.of(2026, 10, 5))).as("the new order's commission is not constituted").isFalse();
        assertThat(r.on(LocalDate.of(2026, 11, 10))).as("election day").isFalse();
        assertThat(r.on(LocalDate.of(2026, 11, 11))).isTrue();
        assertThat(r.periods()).hasSize(2);
        assertThat(Readiness.of(List.of(new Readiness.Composition(LocalDate.of(2026, 8, 24), Optional.of(LocalDate.of(2026, 8, 28)))),
                Optional.empty())).as("no box").isEqualTo(Readiness.never());
        assertThat(Readiness.never().since()).isEmpty();
        assertThat(Readiness.of(List.of(new Readiness.Composition(LocalDate.of(2026, 8, 24), Optional.of(LocalDate.of(2026, 8, 28))),
                new Readiness.Composition(LocalDate.of(2026, 8, 29), Optional.of(LocalDate.of(2026, 8, 28)))),
                Optional.of(LocalDate.of(2026, 9, 1))).periods()).as("a composition replaced before the box came adds no day")
                .containsExactly(new Readiness.Period(LocalDate.of(2026, 9, 2), Optional.empty()));
    }

    @Test
    @DisplayName("R-4.3 a Tuesday is missed with no opening on it and no deviation within six days; judged once those days passed")
    void missedAndHeld() {
        assertThat(DAYS.missed(ALWAYS, Set.of(), Set.of(), TUE, TUE, LATE)).containsExactly(TUE);
        assertThat(DAYS.missed(ALWAYS, Set.of(TUE), Set.of(), TUE, TUE, LATE)).isEmpty();
        assertThat(DAYS.missed(ALWAYS, Set.of(TUE.plusDays(1)), Set.of(), TUE, TUE, LATE)).as("an opening elsewhere without deviation")
                .containsExactly(TUE);
        assertThat(DAYS.missed(ALWAYS, Set.of(TUE.plusDays(6)), Set.of(TUE.plusDays(6)), TUE, TUE, LATE)).isEmpty();
        assertThat(DAYS.missed(ALWAYS, Set.of(TUE.minusDays(6)), Set.of(TUE.minusDays(6)), TUE, TUE, LATE)).isEmpty();
        assertThat(DAYS.missed(ALWAYS, Set.of(TUE.plusDays(7)), Set.of(TUE.plusDays(7)), TUE, TUE, LATE)).containsExactly(TUE);
        assertThat(DAYS.missed(ALWAYS, Set.of(), Set.of(), TUE, TUE, TUE.plusDays(6))).as("window still open").isEmpty();
        assertThat(DAYS.missed(ALWAYS, Set.of(), Set.of(), TUE, TUE, TUE.plusDays(7))).containsExactly(TUE);
        assertThat(OpeningDays.isJudged(TUE, TUE.plusDays(7))).isTrue();
        assertThat(OpeningDays.isJudged(TUE, TUE.plusDays(6))).isFalse();
        assertThat(DAYS.missed(ALWAYS, Set.of(), Set.of(), TUE.minusDays(1), TUE.plusDays(14), LATE))
                .as("from a Monday: the Tuesdays of the period").containsExactly(TUE, TUE.plusWeeks(1), TUE.plusWeeks(2));
        assertThat(DAYS.missed(Readiness.never(), Set.of(), Set.of(), TUE, TUE, LATE)).as("not ready").isEmpty();
    }

    @Test
    @DisplayName("R-4.3 a holiday Tuesday is still owed (the opening moves); a Tuesday in a week-long vacation is not")
    void holidaysAndVacations() {
        OpeningDays holiday = new OpeningDays(SCHOOL.withCalendar(WorkingCalendar.mondayToFriday().withHolidays(List.of(TUE))),
                OpeningSchedule.regulation());
        assertThat(holiday.isOwed(TUE, ALWAYS)).isTrue();
        OpeningDays vacation = new OpeningDays(SCHOOL.withCalendar(WorkingCalendar.mondayToFriday()
                .withHolidays(TUE.datesUntil(TUE.plusDays(7)).toList())), OpeningSchedule.regulation());
        assertThat(vacation.isOwed(TUE, ALWAYS)).isFalse();
        OpeningDays almost = new OpeningDays(SCHOOL.withCalendar(WorkingCalendar.mondayToFriday()
                .withHolidays(TUE.datesUntil(TUE.plusDays(6)).toList())), OpeningSchedule.regulation());
        assertThat(almost.isOwed(TUE, ALWAYS)).as("the Monday after is a working day").isTrue();
        assertThat(DAYS.isOwed(TUE, Readiness.never())).isFalse();
    }
}
