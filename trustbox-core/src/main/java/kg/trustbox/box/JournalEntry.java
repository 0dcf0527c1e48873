package kg.trustbox.box;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import kg.trustbox.chain.Chain;
import kg.trustbox.chain.Linked;
import kg.trustbox.chain.internal.Canonical;
import kg.trustbox.commission.PersonId;
import kg.trustbox.school.SchoolId;

/**
 * One entry of the opening journal, written when the box is sealed after an
 * opening. Entries form a hash chain. Immutable.
 *
 * @param school the school
 * @param sequence the entry's number in the school's journal, from 1
 * @param openedAt when the box was opened
 * @param sealedAt when it was sealed again
 * @param present the members present
 * @param sealFound the seal applied last time
 * @param incidents incidents found (box damaged, seal broken or mismatched)
 * @param appealCount appeals withdrawn
 * @param act the withdrawal act, if appeals were found
 * @param newSeal the seal applied now
 * @param deviation why the opening was outside its slot, if it was
 * @param previousHash the hash of the entry before
 * @param hash this entry's hash
 */
public record JournalEntry(
        SchoolId school,
        long sequence,
        Instant openedAt,
        Instant sealedAt,
        List<PersonId> present,
        Seal sealFound,
        Set<Incident> incidents,
        int appealCount,
        Optional<ActNumber> act,
        Seal newSeal,
        Optional<Deviation> deviation,
        String previousHash,
        String hash) implements Linked {

    public JournalEntry {
        present = List.copyOf(present);
        incidents = Set.copyOf(incidents);
    }

    /** The entry that follows {@code previous} (sequence and hash; {@code 0} and {@link Chain#GENESIS} for the first). */
    public static JournalEntry next(Chain.Head previous, SchoolId school, Opening opening, Seal newSeal, Instant sealedAt) {
        JournalEntry unhashed = new JournalEntry(school, previous.sequence() + 1, opening.at(), sealedAt, opening.present(),
                opening.sealFound(), opening.incidents(), opening.appealCount(), opening.act(), newSeal, opening.deviation(),
                previous.hash(), "");
        return unhashed.withHash(Chain.link(unhashed.canonical(), previous.hash()));
    }

    private JournalEntry withHash(String h) {
        return new JournalEntry(school, sequence, openedAt, sealedAt, present, sealFound, incidents, appealCount, act, newSeal,
                deviation, previousHash, h);
    }

    @Override
    public String canonical() {
        return Canonical.of()
                .add("school", school)
                .add("sequence", sequence)
                .add("openedAt", openedAt)
                .add("sealedAt", sealedAt)
                .add("present", present)
                .add("sealFound", sealFound)
                .add("incidents", new TreeSet<>(incidents))
                .add("appealCount", appealCount)
                .add("act", act.map(ActNumber::qualified))
                .add("newSeal", newSeal)
                .add("deviation", deviation.map(Deviation::reason))
                .toString();
    }

    /** This entry as the chain head after it. */
    public Chain.Head head() {
        return new Chain.Head(sequence, hash);
    }
}
