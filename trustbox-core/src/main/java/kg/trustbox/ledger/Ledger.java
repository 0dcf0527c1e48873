package kg.trustbox.ledger;

import java.util.List;
import java.util.Optional;
import kg.trustbox.chain.Chain;
import kg.trustbox.school.SchoolId;

/**
 * The port that keeps each school's ledger: an append-only, hash-chained list of every
 * regulated record as it was written, with its head kept apart. Implementations are thread-safe
 * and join the current transaction; inside one, reading the head locks it until the end.
 */
public interface Ledger {

    /** Appends {@code entry} if it follows the school's head; false, changing nothing, otherwise. */
    boolean append(LedgerEntry entry);

    /** The school's entries, in order. */
    List<LedgerEntry> entries(SchoolId school);

    /** The school's head as recorded; empty while the ledger is. */
    Optional<Chain.Head> head(SchoolId school);
}
