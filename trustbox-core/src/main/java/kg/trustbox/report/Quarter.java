package kg.trustbox.report;

import java.time.LocalDate;
import kg.trustbox.input.Limits;

/**
 * A calendar quarter: I January–March, II April–June, III July–September, IV October–December.
 *
 * @param year the year
 * @param quarter 1 to 4
 */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {
    public Quarter {
        Limits.periodYear("quarter.year", year);
        if (quarter < 1 || quarter > 4) {
            throw Limits.refused("quarter", "constraint.range", "1", "4", Integer.toString(quarter));
        }
    }

    /** The quarter {@code date} falls in. */
    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** Its first day. */
    public LocalDate first() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    /** Its last day. */
    public LocalDate last() {
        return first().plusMonths(3).minusDays(1);
    }

    /** Whether {@code date} falls in it. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(first()) && !date.isAfter(last());
    }

    /** The quarter before. */
    public Quarter previous() {
        return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
    }

    /** The quarter after. */
    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    /** The day its report is due: the 5th of the month after it (5 April, 5 July, 5 October, 5 January). */
    public LocalDate reportDue() {
        return last().plusDays(5);
    }

    /** Roman numeral, as documents write it: I, II, III, IV. */
    public String roman() {
        return new String[] {"I", "II", "III", "IV"}[quarter - 1];
    }

    @Override
    public int compareTo(Quarter o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
