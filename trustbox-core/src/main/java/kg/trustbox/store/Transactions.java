package kg.trustbox.store;

import java.util.function.Supplier;
import kg.trustbox.outcome.Outcome;

/**
 * The port that runs one regulation step as one transaction: every write the step makes through
 * the other ports commits together, or none does. Implementations are thread-safe.
 */
@FunctionalInterface
public interface Transactions {

    /**
     * Runs {@code step} in a transaction. Commits when it returns an accepted outcome; rolls back
     * when it returns a rejected one or throws.
     */
    <T> Outcome<T> inTransaction(Supplier<Outcome<T>> step);
}
