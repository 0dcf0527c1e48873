package kg.trustbox.access;

import java.time.Instant;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.chain.Chain;
import kg.trustbox.chain.Linked;
import kg.trustbox.chain.internal.Canonical;
import kg.trustbox.commission.PersonId;
import kg.trustbox.school.SchoolId;

/**
 * One read of an appeal, allowed or refused: who, when, which appeal, what, why.
 * Records form a hash chain per school. Immutable.
 */
public record AccessRecord(
        SchoolId school,
        long sequence,
        Instant at,
        PersonId official,
        AppealId appeal,
        Subject subject,
        Purpose purpose,
        boolean allowed,
        String previousHash,
        String hash) implements Linked {

    /** The record after {@code previous}. */
    public static AccessRecord next(Chain.Head previous, SchoolId school, Instant at, PersonId official, AppealId appeal,
                                    Subject subject, Purpose purpose, boolean allowed) {
        AccessRecord r = new AccessRecord(school, previous.sequence() + 1, at, official, appeal, subject, purpose, allowed,
                previous.hash(), "");
        return new AccessRecord(school, r.sequence, at, official, appeal, subject, purpose, allowed, previous.hash(),
                Chain.link(r.canonical(), previous.hash()));
    }

    @Override
    public String canonical() {
        return Canonical.of()
                .add("school", school)
                .add("sequence", sequence)
                .add("at", at)
                .add("official", official)
                .add("appeal", appeal)
                .add("subject", subject)
                .add("purpose", purpose)
                .add("allowed", allowed)
                .toString();
    }

    /** The head of the chain after this record. */
    public Chain.Head head() {
        return new Chain.Head(sequence, hash);
    }
}
