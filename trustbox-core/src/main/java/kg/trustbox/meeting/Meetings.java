package kg.trustbox.meeting;

import java.util.List;
import java.util.Optional;
import kg.trustbox.school.SchoolId;

/**
 * The port that keeps each school's meeting protocols. Implementations are
 * thread-safe; writes take part in the current transaction.
 */
public interface Meetings {

    /** Stores {@code protocol}, replacing the school's protocol of the same number. */
    void save(Protocol protocol);

    /** The school's protocol numbered {@code number}. */
    Optional<Protocol> find(SchoolId school, int number);

    /** The school's protocols, by number. */
    List<Protocol> list(SchoolId school);

    /** The school's next protocol number: one after the highest stored, 1 for the first. */
    default int nextNumber(SchoolId school) {
        return list(school).stream().mapToInt(Protocol::number).max().orElse(0) + 1;
    }
}
