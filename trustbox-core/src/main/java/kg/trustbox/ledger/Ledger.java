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

    /**
     * Appends {@code entries}, one school's, each following the one before and the first the head:
     * all or, returning false, none as far as the current transaction goes. Stores that can write
     * them in one batch override this.
     */
    default boolean appendAll(List<LedgerEntry> entries) {
        for (LedgerEntry e : entries) {
            if (!append(e)) {
                return false;
            }
        }
        return true;
    }

    /** The school's entries, in order. */
    List<LedgerEntry> entries(SchoolId school);

    /**
     * The school's entries from {@code sequence} on (inclusive), in order: what an incremental
     * inspection reads. The default filters {@link #entries}; stores that can select should.
     */
    default List<LedgerEntry> entriesFrom(SchoolId school, long sequence) {
        return entries(school).stream().filter(e -> e.sequence() >= sequence).toList();
    }

    /** The school's head as recorded; empty while the ledger is. */
    Optional<Chain.Head> head(SchoolId school);
}
