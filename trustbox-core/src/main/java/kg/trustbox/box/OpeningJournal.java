package kg.trustbox.box;

import java.util.List;
import java.util.Optional;
import kg.trustbox.chain.Chain;
import kg.trustbox.school.SchoolId;

/**
 * The port that keeps each school's opening journal: append-only, with the chain's
 * head kept apart from the entries so that removing entries is detected.
 * Implementations are thread-safe; writes take part in the current transaction.
 */
public interface OpeningJournal {

    /**
     * Appends {@code entry} if it follows the stored head.
     *
     * @return false, changing nothing, if the head moved (a concurrent append)
     */
    boolean append(JournalEntry entry);

    /** The school's entries in sequence order, as stored. */
    List<JournalEntry> entries(SchoolId school);

    /** The recorded head of the school's journal; empty before the first entry. */
    Optional<Chain.Head> head(SchoolId school);

    /** Verifies the school's journal against its head. */
    default Chain.Verification verify(SchoolId school) {
        return Chain.verify(entries(school), head(school));
    }
}
