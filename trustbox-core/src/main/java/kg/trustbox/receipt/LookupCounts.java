package kg.trustbox.receipt;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How many receipt lookups a school answered on one day, by how they ended: counted, never
 * recorded one by one, so that no row says when a given appeal's status was looked up.
 * Immutable.
 *
 * @param day the day, on the school's calendar
 * @param found lookups that found a status
 * @param notFound lookups that found nothing: a wrong, unknown or other school's code
 * @param refused lookups the {@link LookupPolicy} refused
 */
public record LookupCounts(LocalDate day, long found, long notFound, long refused) {
    /** How a lookup ended. */
    public enum Result {
        /** A status was found. */
        FOUND,
        /** Nothing was found. */
        NOT_FOUND,
        /** The policy refused it: the code was not even read. */
        REFUSED
    }

    public LookupCounts {
        Objects.requireNonNull(day, "day");
        if (found < 0 || notFound < 0 || refused < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
    }

    /** No lookups on {@code day}. */
    public static LookupCounts none(LocalDate day) {
        return new LookupCounts(day, 0, 0, 0);
    }

    /** These counts with one more lookup that ended as {@code result}. */
    public LookupCounts plus(Result result) {
        return new LookupCounts(day, found + (result == Result.FOUND ? 1 : 0), notFound + (result == Result.NOT_FOUND ? 1 : 0),
                refused + (result == Result.REFUSED ? 1 : 0));
    }

    /** Every lookup answered, refused ones included. */
    public long total() {
        return found + notFound + refused;
    }
}
