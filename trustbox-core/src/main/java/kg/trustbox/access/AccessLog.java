package kg.trustbox.access;

import java.util.List;
import java.util.Optional;
import kg.trustbox.chain.Chain;
import kg.trustbox.school.SchoolId;

/**
 * The port that keeps each school's access log: append-only, hash-chained, with its head
 * kept apart. Implementations are thread-safe; writes take part in the current transaction.
 * A record always names an appeal that is stored already, so an adapter may enforce it with a foreign key.
 */
public interface AccessLog {

    /** Appends {@code record} if it follows the stored head; false, changing nothing, otherwise. */
    boolean append(AccessRecord record);

    /** The school's records in sequence order. */
    List<AccessRecord> records(SchoolId school);

    /**
     * The school's records from {@code sequence} on (inclusive), in order: what a verification from
     * a checkpoint reads. The default filters {@link #records}; stores that can select should.
     */
    default List<AccessRecord> recordsFrom(SchoolId school, long sequence) {
        return records(school).stream().filter(r -> r.sequence() >= sequence).toList();
    }

    /** The recorded head; empty before the first record. */
    Optional<Chain.Head> head(SchoolId school);

    /** Verifies the school's log against its head. */
    default Chain.Verification verify(SchoolId school) {
        return Chain.verify(records(school), head(school));
    }

    /**
     * Verifies the school's log from {@code checkpoint}, a head verified before, to its head: the
     * checkpoint must still be in it, and nothing before it is read.
     */
    default Chain.Verification verifySince(SchoolId school, Chain.Head checkpoint) {
        return Chain.verifySince(checkpoint, recordsFrom(school, Math.max(1, checkpoint.sequence())), head(school));
    }
}
