package kg.trustbox.access;

import java.time.Instant;
import java.util.List;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.chain.Chain;
import kg.trustbox.chain.Linked;
import kg.trustbox.chain.internal.Canonical;
import kg.trustbox.commission.PersonId;
import kg.trustbox.school.SchoolId;

/**
 * One read of appeals, allowed or refused: who, when, which appeals, what, why. A read of
 * one appeal names it and whether it was allowed; a document that lists many appeals (an act) is
 * one read naming all of them and those withheld from it. Records form a hash chain per school.
 * Immutable.
 *
 * @param school the school
 * @param sequence the record's place in the school's chain, from 1
 * @param at when the read happened
 * @param official who read
 * @param appeals the appeals concerned, at least one, in the order the read named them
 * @param subject what was read: content or identity
 * @param purpose why
 * @param withheld those of {@code appeals} the policy refused (all of them, for a refused one-appeal read)
 * @param previousHash the hash of the record before, or the chain's genesis
 * @param hash this record's hash
 */
public record AccessRecord(
        SchoolId school,
        long sequence,
        Instant at,
        PersonId official,
        List<AppealId> appeals,
        Subject subject,
        Purpose purpose,
        List<AppealId> withheld,
        String previousHash,
        String hash) implements Linked {

    public AccessRecord {
        appeals = List.copyOf(appeals);
        withheld = List.copyOf(withheld);
        if (appeals.isEmpty()) {
            throw new IllegalStateException("an access record names at least one appeal");
        }
    }

    /** The record after {@code previous}, of a read of one appeal. */
    public static AccessRecord next(Chain.Head previous, SchoolId school, Instant at, PersonId official, AppealId appeal,
                                    Subject subject, Purpose purpose, boolean allowed) {
        return next(previous, school, at, official, List.of(appeal), subject, purpose, allowed ? List.of() : List.of(appeal));
    }

    /** The record after {@code previous}, of one read of {@code appeals} with {@code withheld} refused. */
    public static AccessRecord next(Chain.Head previous, SchoolId school, Instant at, PersonId official, List<AppealId> appeals,
                                    Subject subject, Purpose purpose, List<AppealId> withheld) {
        AccessRecord r = new AccessRecord(school, previous.sequence() + 1, at, official, appeals, subject, purpose, withheld,
                previous.hash(), "");
        return new AccessRecord(school, r.sequence, at, official, r.appeals, subject, purpose, r.withheld, previous.hash(),
                Chain.link(r.canonical(), previous.hash()));
    }

    /** The appeal read, or the first a document lists. */
    public AppealId appeal() {
        return appeals.get(0);
    }

    /** Whether nothing was withheld: the read was allowed for every appeal it names. */
    public boolean allowed() {
        return withheld.isEmpty();
    }

    /** Whether this is a read of a single appeal. */
    public boolean isSingle() {
        return appeals.size() == 1;
    }

    /**
     * The canonical text: a read of one appeal as it has always been written ({@code appeal},
     * {@code allowed}), so that chains recorded before documents were one read still verify; a read
     * of many with {@code appeals} and {@code withheld}.
     */
    @Override
    public String canonical() {
        Canonical c = Canonical.of().add("school", school).add("sequence", sequence).add("at", at).add("official", official);
        if (isSingle()) {
            return c.add("appeal", appeal()).add("subject", subject).add("purpose", purpose).add("allowed", allowed()).toString();
        }
        return c.add("appeals", appeals).add("subject", subject).add("purpose", purpose).add("withheld", withheld).toString();
    }

    /** The head of the chain after this record. */
    public Chain.Head head() {
        return new Chain.Head(sequence, hash);
    }
}
