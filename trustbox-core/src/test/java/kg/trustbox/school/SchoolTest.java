package kg.trustbox.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.outcome.InvalidInputException;
import kg.trustbox.store.memory.InMemoryStores;
import kg.trustbox.testing.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SchoolTest {
    private final School school = Fixtures.school("s1").withCalendar(WorkingCalendar.mondayToFriday()
            .withHolidays(List.of(LocalDate.of(2026, 8, 31), LocalDate.of(2026, 11, 7))));

    @Test
    @DisplayName("R-1.2 the box has a location text; a school without one is refused")
    void boxLocationRequired() {
        assertThat(school.boxLocation(Language.KYRGYZ)).contains("фойеде");
        assertThat(school.boxLocation(Language.RUSSIAN)).contains("фойе первого этажа");
        School noLocation = School.of(SchoolId.of("s2"), "Мектеп", "Школа", " ");
        assertThatThrownBy(() -> TrustBoxOffice.of(noLocation, InMemoryStores.create(), java.time.Clock.systemUTC()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("boxLocationKy: must not be blank");
    }

    @Test
    @DisplayName("Law No. 67 a school may name who signs its letters; by default nobody is named, and a blank name is refused")
    void letterSignatory() {
        assertThat(school.letterSignatory()).isEmpty();
        LetterSignatory director = new LetterSignatory("Сыдыков Талант", "Мектептин директору", "Директор школы");
        School named = school.withLetterSignatory(director);
        assertThat(named.letterSignatory()).contains(director);
        assertThat(named.withZone(School.BISHKEK).withCalendar(school.calendar()).letterSignatory()).contains(director);
        assertThat(named.nameKy()).isEqualTo(school.nameKy());
        assertThat(named.calendar()).isEqualTo(school.calendar());
        assertThat(director.position(Language.KYRGYZ)).isEqualTo("Мектептин директору");
        assertThat(director.position(Language.RUSSIAN)).isEqualTo("Директор школы");
        assertThatThrownBy(() -> school.withLetterSignatory(null)).isInstanceOf(NullPointerException.class);
        School blank = school.withLetterSignatory(new LetterSignatory(" ", "Мектептин директору", "Директор школы"));
        assertThatThrownBy(() -> TrustBoxOffice.of(blank, InMemoryStores.create(), java.time.Clock.systemUTC()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("fullName: must not be blank");
    }

    @Test
    @DisplayName("R-4.2 the box is accessible on working days from 08:00 to 17:00, school time")
    void accessHoursExamples() {
        assertThat(school.isBoxAccessible(at(2026, 9, 1, 8, 0))).isTrue();
        assertThat(school.isBoxAccessible(at(2026, 9, 1, 16, 59))).isTrue();
        assertThat(school.isBoxAccessible(at(2026, 9, 1, 17, 0))).isFalse();
        assertThat(school.isBoxAccessible(at(2026, 9, 1, 7, 59))).isFalse();
        assertThat(school.isBoxAccessible(at(2026, 9, 5, 10, 0))).as("Saturday").isFalse();
        assertThat(school.isBoxAccessible(at(2026, 8, 31, 10, 0))).as("a holiday").isFalse();
    }

    @Test
    @DisplayName("R-4.2 property: accessible iff a working day and 08:00 <= local time < 17:00")
    void accessHoursProperty() {
        long from = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2029-01-01T00:00:00Z").getEpochSecond();
        qt().forAll(longs().between(from, to)).checkAssert(s -> {
            Instant t = Instant.ofEpochSecond(s);
            ZonedDateTime local = t.atZone(School.BISHKEK);
            boolean working = local.getDayOfWeek().getValue() <= 5 && !school.calendar().holidays().contains(local.toLocalDate());
            boolean expected = working && local.getHour() >= 8 && local.getHour() < 17;
            assertThat(school.isBoxAccessible(t)).isEqualTo(expected);
        });
    }

    @Test
    @DisplayName("the working calendar skips weekends and holidays")
    void calendar() {
        WorkingCalendar c = school.calendar();
        assertThat(c.nextWorkingDay(LocalDate.of(2026, 9, 4))).isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(c.nextWorkingDay(LocalDate.of(2026, 11, 6))).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(c.plusWorkingDays(LocalDate.of(2026, 11, 5), 2)).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(c.isWorkingDay(LocalDate.of(2026, 11, 7))).isFalse();
        assertThat(c.workingDays()).doesNotContain(DayOfWeek.SATURDAY);
    }

    private static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(School.BISHKEK).toInstant();
    }
}
