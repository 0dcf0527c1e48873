package kg.trustbox.report;

import java.time.LocalDate;
import kg.trustbox.input.Limits;

/**
 * A half-year: January–June or July–December.
 *
 * @param year the year
 * @param half 1 or 2
 */
public record HalfYear(int year, int half) implements Comparable<HalfYear> {
    public HalfYear {
        Limits.periodYear("halfYear.year", year);
        if (half < 1 || half > 2) {
            throw Limits.refused("halfYear", "constraint.range", "1", "2", Integer.toString(half));
        }
    }

    /** The half-year {@code date} falls in. */
    public static HalfYear of(LocalDate date) {
        return new HalfYear(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
    }

    /** Its first day. */
    public LocalDate first() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    /** Its last day. */
    public LocalDate last() {
        return first().plusMonths(6).minusDays(1);
    }

    /** Whether {@code date} falls in it. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(first()) && !date.isAfter(last());
    }

    /** The half-year after. */
    public HalfYear next() {
        return half == 2 ? new HalfYear(year + 1, 1) : new HalfYear(year, 2);
    }

    @Override
    public int compareTo(HalfYear o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(half, o.half);
    }

    @Override
    public String toString() {
        return year + "-H" + half;
    }
}
