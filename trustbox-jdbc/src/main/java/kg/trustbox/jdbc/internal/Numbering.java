package kg.trustbox.jdbc.internal;

import java.util.Optional;
import kg.trustbox.school.SchoolId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * Numbers acts and registrations per school and year from counter rows in {@code trustbox_counter}:
 * the row is locked for the rest of the transaction while a number is taken, so numbers are
 * consecutive and concurrent clerks queue instead of colliding. Internal.
 */
public final class Numbering {
    private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.removingComments();
    /** Locks a counter and reads the last number taken. */
    public static final String LOCK = SQL.locate(Numbering.class, "lock");
    /** Creates a counter at 0. */
    public static final String CREATE = SQL.locate(Numbering.class, "create");
    /** Reads the last number taken, locking nothing. */
    public static final String LAST = SQL.locate(Numbering.class, "last");
    /** Moves a counter on by {@code :count}, locking it for the rest of the transaction. */
    public static final String ADVANCE = SQL.locate(Numbering.class, "advance");

    /** The numbered things, each with a counter per school and year. */
    public enum Counter {
        /** withdrawal acts */
        ACT,
        /** registrations of appeals */
        REGISTRATION
    }

    private Numbering() {
    }

    /**
     * Locks the counter (creating it at 0 the first time) and returns the last number taken. The
     * usual case, an existing counter, is one statement.
     */
    public static int lockLast(Handle h, Dialect d, SchoolId school, Counter counter, int year) {
        Optional<Integer> last = locked(h, school, counter, year);
        if (last.isPresent()) {
            return last.get();
        }
        d.insertIfAbsent(h, CREATE, u -> u.bind("school", school).bind("counter", counter).bind("year", year));
        return locked(h, school, counter, year).orElseThrow();
    }

    /**
     * Takes the next {@code count} numbers: moves the counter on (creating it at 0 the first time)
     * and returns the last number taken before, the counter locked for the rest of the transaction.
     * The usual case, an existing counter, is one statement.
     */
    public static int take(Handle h, Dialect d, SchoolId school, Counter counter, int year, int count) {
        Optional<Integer> after = advanced(h, d, school, counter, year, count);
        if (after.isEmpty()) {
            d.insertIfAbsent(h, CREATE, u -> u.bind("school", school).bind("counter", counter).bind("year", year));
            after = advanced(h, d, school, counter, year, count);
        }
        return after.orElseThrow() - count;
    }

    private static Optional<Integer> advanced(Handle h, Dialect d, SchoolId school, Counter counter, int year, int count) {
        return h.createQuery(d.returning(ADVANCE, "last_value")).bind("count", count).bind("school", school).bind("counter", counter)
                .bind("year", year).mapTo(Integer.class).findFirst();
    }

    private static Optional<Integer> locked(Handle h, SchoolId school, Counter counter, int year) {
        return h.createQuery(LOCK).bind("school", school).bind("counter", counter).bind("year", year).mapTo(Integer.class).findFirst();
    }

    /** The last number taken, as the counter stands; empty if none was. Locks nothing. */
    public static Optional<Integer> last(Handle h, SchoolId school, Counter counter, int year) {
        return h.createQuery(LAST).bind("school", school).bind("counter", counter).bind("year", year).mapTo(Integer.class).findFirst();
    }
}
