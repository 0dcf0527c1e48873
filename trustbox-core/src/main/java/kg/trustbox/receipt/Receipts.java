package kg.trustbox.receipt;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.school.SchoolId;

/**
 * The port that keeps each school's receipts: the digests of the codes it issued, by
 * batch; which digest is attached to which appeal; the outcomes the commission published; and
 * how many lookups were answered each day. It never sees a code, only {@link ReceiptDigest}s, and
 * the key they are computed under is kept wrapped by the host's keys where it is kept at all.
 * Implementations are thread-safe and join the current transaction.
 */
public interface Receipts {

    /**
     * The school's receipt key: created at the first call, then always the same. A store that
     * keeps data beyond the JVM keeps it only wrapped by the host's
     * {@link kg.trustbox.keys.KeyProvider} ({@link ReceiptKey#newWrapped}).
     */
    ReceiptKey key(SchoolId school);

    /** The school's batches, by number. */
    List<IssuedBatch> batches(SchoolId school);

    /**
     * Records {@code batch} with the digests of its codes, as many as it counts.
     *
     * @throws kg.trustbox.outcome.StorageException {@code storage.conflict} if the school has a
     *     batch of that number, or one of the digests was issued before
     */
    void issue(IssuedBatch batch, List<ReceiptDigest> digests);

    /** The digests of batch {@code number}, sorted; empty if there is none. */
    List<ReceiptDigest> issued(SchoolId school, int number);

    /** Whether the school issued {@code digest}. */
    boolean isIssued(SchoolId school, ReceiptDigest digest);

    /**
     * Attaches {@code digest}, which the school issued, to its appeal {@code appeal}: false, with
     * nothing changed, if the digest is attached already (to any appeal) or the appeal has one.
     */
    boolean attach(SchoolId school, ReceiptDigest digest, AppealId appeal);

    /** The appeal {@code digest} is attached to. */
    Optional<AppealId> appealOf(SchoolId school, ReceiptDigest digest);

    /** The digest attached to {@code appeal}. */
    Optional<ReceiptDigest> receiptOf(SchoolId school, AppealId appeal);

    /** Every attached digest of the school, by appeal. */
    Map<AppealId, ReceiptDigest> attached(SchoolId school);

    /**
     * The digests attached to those of {@code appeals} that have one, by appeal: what a period's
     * counts, an act or a register page read, so that the read follows them and not the school's
     * history. The default filters {@link #attached}; stores that can select should.
     */
    default Map<AppealId, ReceiptDigest> attachedTo(SchoolId school, java.util.Collection<AppealId> appeals) {
        return only(attached(school), appeals);
    }

    /** Sets the outcome published for the school's appeal {@code appeal}, replacing an earlier one. */
    void publish(SchoolId school, AppealId appeal, String outcome);

    /** The outcome published for {@code appeal}. */
    Optional<String> outcome(SchoolId school, AppealId appeal);

    /** Every published outcome of the school, by appeal. */
    Map<AppealId, String> outcomes(SchoolId school);

    /**
     * The outcomes published for those of {@code appeals} that have one, by appeal. The default
     * filters {@link #outcomes}; stores that can select should.
     */
    default Map<AppealId, String> outcomesOf(SchoolId school, java.util.Collection<AppealId> appeals) {
        return only(outcomes(school), appeals);
    }

    /** The entries of {@code all} for {@code appeals}. */
    private static <V> Map<AppealId, V> only(Map<AppealId, V> all, java.util.Collection<AppealId> appeals) {
        java.util.Set<AppealId> wanted = java.util.Set.copyOf(appeals);
        Map<AppealId, V> out = new java.util.LinkedHashMap<>();
        all.forEach((appeal, value) -> {
            if (wanted.contains(appeal)) {
                out.put(appeal, value);
            }
        });
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Counts one lookup answered on {@code day} that ended as {@code result}. */
    void count(SchoolId school, LocalDate day, LookupCounts.Result result);

    /** The lookups answered on {@code day}; none if there was none. */
    LookupCounts counts(SchoolId school, LocalDate day);
}
