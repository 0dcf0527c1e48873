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

    /** The recorded head; empty before the first record. */
    Optional<Chain.Head> head(SchoolId school);

    /** Verifies the school's log against its head. */
    default Chain.Verification verify(SchoolId school) {
        return Chain.verify(records(school), head(school));
    }
}
