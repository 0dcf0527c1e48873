package kg.trustbox.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the benchmark moves by hand: the library reads time only through its {@link Clock}. */
public final class BenchClock extends Clock {
    private volatile Instant now;

    public BenchClock(Instant start) {
        this.now = start;
    }

    /** Sets the time to {@code date} at {@code time} in {@code zone}. */
    public BenchClock at(LocalDate date, LocalTime time, ZoneId zone) {
        now = LocalDateTime.of(date, time).atZone(zone).toInstant();
        return this;
    }

    public BenchClock advance(Duration d) {
        now = now.plus(d);
        return this;
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
