package kg.trustbox.examples;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The demo's clock: it plays a whole term in seconds, so it is set to each step's time. */
final class DemoClock extends Clock {
    private final ZoneId schoolZone;
    private volatile Instant now;

    DemoClock(ZoneId schoolZone, Instant start) {
        this.schoolZone = schoolZone;
        this.now = start;
    }

    /** Sets the clock to {@code time} on {@code date}, school time. */
    void set(LocalDate date, LocalTime time) {
        now = date.atTime(time).atZone(schoolZone).toInstant();
    }

    LocalDate today() {
        return now.atZone(schoolZone).toLocalDate();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
