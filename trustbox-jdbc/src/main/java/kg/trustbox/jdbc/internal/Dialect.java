package kg.trustbox.jdbc.internal;

import java.util.Locale;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * What differs between the two supported databases at run time: how a row is inserted only if
 * its key is new, how a date becomes a day number. The schema itself is portable. Internal.
 */
public enum Dialect {
    /** PostgreSQL (and PostgreSQL-compatible servers such as Citus). */
    POSTGRESQL,
    /** H2 2.x, in any compatibility mode. */
    H2;

    static Dialect of(String productName) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        if (name.equals("h2")) {
            return H2;
        }
        throw new IllegalStateException("trustbox-jdbc supports PostgreSQL and H2, not " + productName);
    }

    /** An SQL expression for the days from 1970-01-01 to the {@code DATE} expression {@code date}. */
    public String epochDay(String date) {
        return this == POSTGRESQL ? "(" + date + " - DATE '1970-01-01')" : "DATEDIFF(DAY, DATE '1970-01-01', " + date + ")";
    }

    /**
     * A statement that runs {@code update} and reads {@code column} of the rows it changed, as they
     * are after it: one round trip instead of a locking read and a write.
     */
    public String returning(String update, String column) {
        String u = update.strip();
        return this == POSTGRESQL ? u + " RETURNING " + column : "SELECT " + column + " FROM FINAL TABLE (" + u + ")";
    }

    /**
     * Inserts a row unless one with the same key exists (or is being inserted by a concurrent
     * transaction that then commits): true if this call inserted it.
     *
     * @param insert an {@code INSERT INTO ... VALUES (...)} statement with named parameters, which {@code bind} binds
     */
    public boolean insertIfAbsent(Handle handle, String insert, Consumer<Update> bind) {
        Update update = handle.createUpdate(this == POSTGRESQL ? insert.strip() + " ON CONFLICT DO NOTHING" : insert);
        bind.accept(update);
        if (this == POSTGRESQL) {
            return update.execute() == 1;
        }
        // H2 rolls back only the failed statement, so the transaction goes on.
        try {
            return update.execute() == 1;
        } catch (RuntimeException e) {
            if (Db.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }
}
