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

    /**
     * The school's entries from {@code sequence} on (inclusive), in order: what a verification from
     * a checkpoint reads. The default filters {@link #entries}; stores that can select should.
     */
    default List<JournalEntry> entriesFrom(SchoolId school, long sequence) {
        return entries(school).stream().filter(e -> e.sequence() >= sequence).toList();
    }

    /**
     * The school's entries of openings from {@code from} (inclusive) to {@code to} (exclusive), in
     * order: what a compliance check of a period reads. The default filters {@link #entries};
     * stores that can select should.
     */
    default List<JournalEntry> openedBetween(SchoolId school, java.time.Instant from, java.time.Instant to) {
        return entries(school).stream().filter(e -> !e.openedAt().isBefore(from) && e.openedAt().isBefore(to)).toList();
    }

    /** The recorded head of the school's journal; empty before the first entry. */
    Optional<Chain.Head> head(SchoolId school);

    /** Verifies the school's journal against its head. */
    default Chain.Verification verify(SchoolId school) {
        return Chain.verify(entries(school), head(school));
    }

    /**
     * Verifies the school's journal from {@code checkpoint}, a head verified before, to its head:
     * the checkpoint must still be in it, and nothing before it is read.
     */
    default Chain.Verification verifySince(SchoolId school, Chain.Head checkpoint) {
        return Chain.verifySince(checkpoint, entriesFrom(school, Math.max(1, checkpoint.sequence())), head(school));
    }
}
