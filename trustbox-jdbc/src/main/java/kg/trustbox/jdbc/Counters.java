package kg.trustbox.jdbc;

import kg.trustbox.jdbc.internal.Dialect;
import kg.trustbox.jdbc.internal.Sql;
import org.jdbi.v3.core.Handle;

/**
 * The per-school, per-year counters of act and registration numbers: a row locked for the rest of
 * the transaction while a number is taken, so concurrent clerks queue instead of colliding.
 */
final class Counters {
    static final String LOCK = "SELECT last_value FROM trustbox_counter WHERE school_id = ? AND kind = ? AND counter_year = ? FOR UPDATE";
    static final String INSERT = "INSERT INTO trustbox_counter (school_id, kind, counter_year, last_value) VALUES (?, ?, ?, 0)";
    static final String SET = "UPDATE trustbox_counter SET last_value = ? WHERE school_id = ? AND kind = ? AND counter_year = ?";

    static final String ACT = "ACT";
    static final String REGISTRATION = "REGISTRATION";

    private Counters() {
    }

    /**
     * Locks the counter (creating it at 0 the first time) and returns the last number taken. The
     * usual case, an existing counter, is one statement.
     */
    static int lockLast(Handle h, Dialect d, String school, String kind, int year) {
        java.util.Optional<Integer> last = Sql.one(h, LOCK, (rs, ctx) -> rs.getInt(1), school, kind, year);
        if (last.isPresent()) {
            return last.get();
        }
        d.insertIfAbsent(h, INSERT, school, kind, year);
        return Sql.one(h, LOCK, (rs, ctx) -> rs.getInt(1), school, kind, year).orElseThrow();
    }

    /** Sets the last number taken; the counter must be locked. */
    static void set(Handle h, String school, String kind, int year, int last) {
        Sql.update(h, SET, last, school, kind, year);
    }
}
