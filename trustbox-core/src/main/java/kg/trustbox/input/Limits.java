package kg.trustbox.input;

import java.time.LocalDate;
import java.util.List;
import kg.trustbox.outcome.InvalidInputException;

/**
 * The limits on dates and counts the library accepts, in one place, so that every store can keep
 * and every document print what the rules let through. A value outside them is refused with an
 * {@link InvalidInputException} naming the field and the limits, never with a
 * {@code DateTimeException} or a loop that does not end.
 */
public final class Limits {
    /** The first year a record may fall in. */
    public static final int FIRST_YEAR = 1900;
    /** The last year a record may fall in. */
    public static final int LAST_YEAR = 2999;
    /** The most members a commission may have: every store keeps and every document prints that many. */
    public static final int MAX_COMMISSION_MEMBERS = 25;
    /** The most days ahead {@code dueSoon} looks. */
    public static final int MAX_DAYS_AHEAD = 366;
    /** The most appeals one page of the register may hold. */
    public static final int MAX_PAGE = 1000;

    private Limits() {
    }

    /** {@code year}, if between {@link #FIRST_YEAR} and {@link #LAST_YEAR}. */
    public static int year(String field, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw refused(field, "constraint.year", Integer.toString(FIRST_YEAR), Integer.toString(LAST_YEAR), Integer.toString(year));
        }
        return year;
    }

    /**
     * {@code year} of a period next to a record's (the quarter before a check's first day, the one
     * after its last), so one year more on each side than {@link #year}.
     */
    public static int periodYear(String field, int year) {
        if (year < FIRST_YEAR - 1 || year > LAST_YEAR + 1) {
            throw refused(field, "constraint.year", Integer.toString(FIRST_YEAR - 1), Integer.toString(LAST_YEAR + 1),
                    Integer.toString(year));
        }
        return year;
    }

    /** {@code date}, if its year is between {@link #FIRST_YEAR} and {@link #LAST_YEAR}. */
    public static LocalDate day(String field, LocalDate date) {
        year(field, date.getYear());
        return date;
    }

    /** Checks that {@code from} and {@code to} are within the limits and {@code to} is not before {@code from}. */
    public static void period(LocalDate from, LocalDate to) {
        day("from", from);
        day("to", to);
        if (to.isBefore(from)) {
            throw refused("to", "constraint.period", from.toString(), to.toString());
        }
    }

    /** {@code n}, if between {@code min} and {@code max}. */
    public static int count(String field, int n, int min, int max) {
        if (n < min || n > max) {
            throw refused(field, "constraint.range", Integer.toString(min), Integer.toString(max), Integer.toString(n));
        }
        return n;
    }

    /** An {@link InvalidInputException} for {@code field}, broken as {@code key} says, with {@code values} (no personal data). */
    public static InvalidInputException refused(String field, String key, String... values) {
        return new InvalidInputException(field, List.of(new InvalidInputException.Violation(field, key, List.of(values))));
    }
}
