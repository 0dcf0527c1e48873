package kg.trustbox.box;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import kg.trustbox.input.Limits;

/**
 * When the commission opens the box: every {@code day} at {@code start}, school time,
 * within {@code window}. Tuesday 12:00–13:00 by default. Immutable.
 */
public record OpeningSchedule(DayOfWeek day, LocalTime start, Duration window) {
    public OpeningSchedule {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero() || window.compareTo(Duration.ofHours(12)) > 0) {
            throw Limits.refused("window", "constraint.openingWindow");
        }
    }

    /** Tuesday, 12:00 to 13:00. */
    public static OpeningSchedule regulation() {
        return new OpeningSchedule(DayOfWeek.TUESDAY, LocalTime.NOON, Duration.ofHours(1));
    }

    /** Whether {@code instant} falls in a slot, on the wall clock of {@code zone}. */
    public boolean isInSlot(Instant instant, ZoneId zone) {
        ZonedDateTime t = instant.atZone(zone);
        if (t.getDayOfWeek() != day) {
            return false;
        }
        ZonedDateTime from = t.toLocalDate().atTime(start).atZone(zone);
        return !t.isBefore(from) && t.isBefore(from.plus(window));
    }
}
