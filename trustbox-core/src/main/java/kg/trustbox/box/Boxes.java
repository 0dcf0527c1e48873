package kg.trustbox.box;

import java.util.Map;
import java.util.Optional;
import kg.trustbox.school.SchoolId;

/**
 * The port that keeps each school's box, its withdrawal acts and the seals it has used.
 * Implementations are thread-safe; writes take part in the current transaction
 * ({@link kg.trustbox.store.Transactions}).
 *
 * <p>The core writes in an order an adapter may enforce with foreign keys: a seal is used
 * ({@link #useSeal}) before a box carries it; an act is saved before its appeals are added and
 * before a box or a journal entry names it.
 */
public interface Boxes {

    /** The school's box, if one was installed. */
    Optional<TrustBox> find(SchoolId school);

    /**
     * Stores {@code next} in place of the box at revision {@code next.revision() - 1} (or as the
     * first box when its revision is 0).
     *
     * @return false, changing nothing, when the stored box is not at that revision (another
     *     clerk moved it first)
     */
    boolean replace(TrustBox next);

    /** Records that the school used {@code seal}; false, changing nothing, if it was used before. */
    boolean useSeal(SchoolId school, Seal seal);

    /** The next act number of the school's year, one after the last stored (1 for the first). */
    ActNumber nextActNumber(SchoolId school, int year);

    /** Stores an act; its number must be the next of its year. */
    void saveAct(WithdrawalAct act);

    /** The act numbered {@code number}. */
    Optional<WithdrawalAct> act(SchoolId school, ActNumber number);

    /**
     * The last act number of {@code year} handed out in {@code school}, as the store's counter
     * stands; empty if the store does not tell (an inspection then skips the comparison) or no act
     * was drawn up.
     */
    default Optional<Integer> lastActNumber(SchoolId school, int year) {
        return Optional.empty();
    }

    /**
     * A commitment to each identity stored for the lines of {@code act}, by line: a digest that
     * reveals nothing about the identity and changes when the stored identity does, such as
     * a digest of its ciphertext. A purged identity has none. The default keeps none: an
     * inspection then cannot tell a replaced identity.
     */
    default Map<Integer, String> identityCommitments(SchoolId school, ActNumber act) {
        return Map.of();
    }

    /**
     * Destroys the name and contacts of the signed appellant on {@code line} of {@code act}:
     * the line and its appeal then read back with {@link kg.trustbox.appellant.Appellant#purged()};
     * act, appeal and ledger stay.
     *
     * @return whether there was an identity to destroy (false for an anonymous line, an unknown
     *     line, or one purged before)
     */
    boolean purgeIdentity(SchoolId school, ActNumber act, int line);
}
