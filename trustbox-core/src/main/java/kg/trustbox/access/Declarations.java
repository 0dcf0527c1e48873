package kg.trustbox.access;

import java.util.List;
import kg.trustbox.school.SchoolId;

/**
 * The port that keeps each school's {@link Declaration}s: who the host declared as director or
 * auditor, and by which order. Implementations are thread-safe and join the current transaction.
 */
public interface Declarations {

    /** Records {@code declaration} for {@code school}; false, with nothing changed, if the same one is recorded already. */
    boolean add(SchoolId school, Declaration declaration);

    /** Every declaration of {@code school}, oldest order first (then by person and role). */
    List<Declaration> list(SchoolId school);
}
