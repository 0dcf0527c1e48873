package kg.trustbox.jdbc;

import java.util.function.Supplier;
import kg.trustbox.jdbc.internal.Db;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.store.Transactions;

/**
 * {@link Transactions} on a Jdbi handle bound to the calling thread: every port call the step
 * makes shares one database transaction, committed on an accepted outcome and rolled back on a
 * rejection or an exception. A nested call joins the transaction in progress. Thread-safe.
 */
final class JdbiTransactions implements Transactions {
    private final Db db;

    JdbiTransactions(Db db) {
        this.db = db;
    }

    @Override
    public <T> Outcome<T> inTransaction(Supplier<Outcome<T>> step) {
        return db.inTransaction(step);
    }
}
