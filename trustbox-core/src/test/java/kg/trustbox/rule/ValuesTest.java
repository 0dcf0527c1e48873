package kg.trustbox.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import kg.trustbox.appeal.DeadlinePolicy;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.OpeningSchedule;
import kg.trustbox.commission.Quorum;
import kg.trustbox.outcome.InvalidInputException;
import kg.trustbox.report.Quarter;
import kg.trustbox.school.WorkingCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the regulation's configurable values accept exactly their range")
class ValuesTest {

    @Test
    @DisplayName("R-4.3 R-5.3 a quorum is more than the fraction: 3 of 5 and 3 of 4 are a majority, 2 of 4 is not")
    void quorum() {
        Quorum majority = Quorum.majority();
        assertThat(majority.isMet(3, 5)).isTrue();
        assertThat(majority.isMet(2, 5)).isFalse();
        assertThat(majority.isMet(2, 4)).isFalse();
        assertThat(majority.isMet(3, 4)).isTrue();
        assertThat(new Quorum(0, 1).isMet(1, 5)).isTrue();
        assertThat(new Quorum(0, 1).isMet(0, 5)).isFalse();
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> new Quorum(1, 1));
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> new Quorum(-1, 2));
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> new Quorum(0, 0));
        assertThat(new Quorum(2, 3).isMet(4, 6)).isFalse();
        assertThat(new Quorum(2, 3).isMet(5, 6)).isTrue();
    }

    @Test
    @DisplayName("Law No. 67 a deadline policy needs at least one day and a limit no shorter than its term")
    void deadlinePolicies() {
        assertThat(new DeadlinePolicy.CalendarDays("one", 1, 1).days()).isEqualTo(1);
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> new DeadlinePolicy.CalendarDays("zero", 0, 30));
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> new DeadlinePolicy.CalendarDays("short", 14, 13));
        assertThat(new DeadlinePolicy.WorkingDays("one", 1, 1).days()).isEqualTo(1);
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> new DeadlinePolicy.WorkingDays("zero", 0, 30));
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> new DeadlinePolicy.WorkingDays("short", 10, 9));
    }

    @Test
    @DisplayName("R-4.3 an opening window lasts more than nothing and at most twelve hours")
    void openingWindow() {
        assertThat(new OpeningSchedule(DayOfWeek.TUESDAY, LocalTime.NOON, Duration.ofHours(12)).window()).isEqualTo(Duration.ofHours(12));
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> new OpeningSchedule(DayOfWeek.TUESDAY, LocalTime.NOON,
                Duration.ofHours(12).plusMinutes(1)));
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> new OpeningSchedule(DayOfWeek.TUESDAY, LocalTime.NOON, Duration.ZERO));
    }

    @Test
    @DisplayName("Law No. 67 zero working days after a day is the day itself; a negative count is refused")
    void workingDays() {
        LocalDate saturday = LocalDate.of(2026, 9, 5);
        assertThat(WorkingCalendar.mondayToFriday().plusWorkingDays(saturday, 0)).isEqualTo(saturday);
        assertThat(WorkingCalendar.mondayToFriday().plusWorkingDays(saturday, 1)).isEqualTo(LocalDate.of(2026, 9, 7));
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> WorkingCalendar.mondayToFriday().plusWorkingDays(saturday, -1));
    }

    @Test
    @DisplayName("numbers print as documents show them: act 17, act 2026/17, quarter 2026-Q3")
    void printedForms() {
        assertThat(new ActNumber(2026, 17).toString()).isEqualTo("17");
        assertThat(new ActNumber(2026, 17).qualified()).isEqualTo("2026/17");
        assertThat(new Quarter(2026, 3).toString()).isEqualTo("2026-Q3");
    }
}
