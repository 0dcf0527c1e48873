package kg.trustbox.commission;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kg.trustbox.school.SchoolId;

/**
 * The port that keeps each school's commission and its history: every composition a director's
 * order set, with the responsible person and officers as they were.
 *
 * <p>Implementations are thread-safe.
 */
public interface Commissions {

    /**
     * Stores {@code commission}: replaces the stored version set by the same order (same number
     * and date), or adds a new version to the history.
     */
    void save(Commission commission);

    /** Every version, oldest order first. */
    List<Commission> history(SchoolId school);

    /** The version in force now (the latest order). */
    default Optional<Commission> current(SchoolId school) {
        List<Commission> all = history(school);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The version in force on {@code date}: the latest whose order is dated on or before it. */
    default Optional<Commission> asOf(SchoolId school, LocalDate date) {
        Commission found = null;
        for (Commission c : history(school)) {
            if (c.inForceOn(date)) {
                found = c;
            }
        }
        return Optional.ofNullable(found);
    }
}
