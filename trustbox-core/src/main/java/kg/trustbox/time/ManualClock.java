package kg.trustbox.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock set by hand, for tests, demos and benchmarks that play weeks of the regulation in
 * seconds: the library reads time only through the {@link Clock} it is given. Thread-safe.
 */
public final class ManualClock extends Clock {
    private volatile Instant now;

    /** A clock showing {@code start}. */
    public ManualClock(Instant start) {
        this.now = start;
    }

    /** Sets the time. */
    public ManualClock set(Instant instant) {
        now = instant;
        return this;
    }

    /** Sets the time to {@code date} at {@code time} on the wall clock of {@code zone}. */
    public ManualClock set(LocalDate date, LocalTime time, ZoneId zone) {
        return set(date.atTime(time).atZone(zone).toInstant());
    }

    /** Moves the time forward by {@code duration}. */
    public ManualClock advance(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    /** UTC: the library converts to each school's zone itself. */
    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** This clock: its instant does not depend on a zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
