package kg.trustbox.box;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-4.3 the box is opened every Tuesday at 12:00 school time")
class OpeningScheduleTest {
    private final OpeningSchedule schedule = OpeningSchedule.regulation();
    private static final long FROM = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2030-12-31T00:00:00Z").getEpochSecond();

    @Test
    @DisplayName("R-4.3 property: in the slot iff Tuesday and 12:00 <= local time < 13:00, in Bishkek and in zones with daylight saving")
    void slotInAnyZone() {
        for (ZoneId zone : new ZoneId[] {ZoneId.of("Asia/Bishkek"), ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York")}) {
            qt().forAll(longs().between(FROM, TO)).checkAssert(s -> {
                Instant t = Instant.ofEpochSecond(s);
                ZonedDateTime local = t.atZone(zone);
                boolean expected = local.getDayOfWeek() == DayOfWeek.TUESDAY && local.getHour() == 12;
                assertThat(schedule.isInSlot(t, zone)).as("%s in %s", local, zone).isEqualTo(expected);
            });
        }
    }

    @Test
    @DisplayName("R-4.3 property: every Tuesday noon in the slot's hour is accepted, whatever the offset of that day")
    void everyTuesdayNoonAcrossDaylightSaving() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        qt().forAll(longs().between(0, 52L * 7), longs().between(0, 3599)).checkAssert((week, second) -> {
            ZonedDateTime tuesday = LocalDateTime.of(2026, 1, 6, 12, 0).plusWeeks(week).atZone(berlin).plusSeconds(second);
            assertThat(schedule.isInSlot(tuesday.toInstant(), berlin)).isTrue();
            assertThat(schedule.isInSlot(tuesday.toInstant(), ZoneId.of("UTC"))).as("the same instant in UTC is another hour")
                    .isEqualTo(tuesday.withZoneSameInstant(ZoneId.of("UTC")).getHour() == 12);
        });
    }

    @Test
    @DisplayName("R-4.3 the window is configurable")
    void configurableWindow() {
        OpeningSchedule twoHours = new OpeningSchedule(DayOfWeek.TUESDAY, java.time.LocalTime.NOON, java.time.Duration.ofHours(2));
        Instant t = LocalDateTime.of(2026, 9, 1, 13, 30).atZone(ZoneId.of("Asia/Bishkek")).toInstant();
        assertThat(schedule.isInSlot(t, ZoneId.of("Asia/Bishkek"))).isFalse();
        assertThat(twoHours.isInSlot(t, ZoneId.of("Asia/Bishkek"))).isTrue();
    }
}
