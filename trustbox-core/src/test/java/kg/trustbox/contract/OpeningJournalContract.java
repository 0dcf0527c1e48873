package kg.trustbox.contract;

import static kg.trustbox.contract.Samples.OTHER;
import static kg.trustbox.contract.Samples.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.JournalEntry;
import kg.trustbox.box.OpeningJournal;
import kg.trustbox.chain.Chain;
import kg.trustbox.store.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The contract of {@link OpeningJournal}, for every store: append-only, chained, head kept apart. */
public abstract class OpeningJournalContract {
    private Stores stores;
    private OpeningJournal journal;

    /** Fresh, empty stores. */
    protected abstract Stores newStores();

    @BeforeEach
    void fresh() {
        stores = newStores();
        journal = stores.journal();
    }

    @Test
    void an_empty_journal_has_no_head_and_verifies() {
        assertThat(journal.entries(SCHOOL)).isEmpty();
        assertThat(journal.head(SCHOOL)).isEmpty();
        assertThat(journal.verify(SCHOOL)).isEqualTo(new Chain.Verification.Intact(0));
    }

    @Test
    @DisplayName("R-4.5, R-6.2 entries read back exactly, in order, and the chain verifies against its head")
    void entries_round_trip_and_verify() {
        ActNumber act = stores.boxes().nextActNumber(SCHOOL, 2026);
        stores.boxes().saveAct(Samples.act(SCHOOL, act, Samples.signed(), Appellant.anonymous()));
        JournalEntry first = Samples.entry(Samples.genesis(), SCHOOL, "A-0002", Optional.of(act));
        assertThat(journal.append(first)).isTrue();
        JournalEntry second = Samples.entry(first.head(), SCHOOL, "A-0003", Optional.empty());
        assertThat(journal.append(second)).isTrue();

        assertThat(journal.entries(SCHOOL)).containsExactly(first, second);
        assertThat(journal.head(SCHOOL)).contains(second.head());
        assertThat(journal.verify(SCHOOL)).isEqualTo(new Chain.Verification.Intact(2));
    }

    @Test
    @DisplayName("R-6.2 an entry that does not follow the head is refused and changes nothing")
    void append_follows_the_head() {
        JournalEntry first = Samples.entry(Samples.genesis(), SCHOOL, "A-0002", Optional.empty());
        assertThat(journal.append(first)).isTrue();
        assertThat(journal.append(first)).isFalse();
        JournalEntry skipping = Samples.entry(new Chain.Head(2, first.hash()), SCHOOL, "A-0003", Optional.empty());
        assertThat(journal.append(skipping)).isFalse();
        JournalEntry wrongLink = Samples.entry(new Chain.Head(1, Chain.GENESIS), SCHOOL, "A-0003", Optional.empty());
        assertThat(journal.append(wrongLink)).isFalse();
        assertThat(journal.entries(SCHOOL)).containsExactly(first);
        assertThat(journal.head(SCHOOL)).contains(first.head());
    }

    @Test
    void schools_have_separate_chains() {
        JournalEntry mine = Samples.entry(Samples.genesis(), SCHOOL, "A-0002", Optional.empty());
        JournalEntry theirs = Samples.entry(Samples.genesis(), OTHER, "A-0002", Optional.empty());
        assertThat(journal.append(mine)).isTrue();
        assertThat(journal.append(theirs)).isTrue();
        assertThat(journal.entries(SCHOOL)).containsExactly(mine);
        assertThat(journal.entries(OTHER)).containsExactly(theirs);
        assertThat(journal.head(OTHER)).contains(theirs.head());
        assertThat(journal.verify(OTHER).isIntact()).isTrue();
    }

    @Test
    @DisplayName("R-6.2 a part of the journal: from a sequence on, and the openings of a period, this school's only")
    void parts_of_the_journal() {
        java.util.List<JournalEntry> mine = appendFour(SCHOOL);
        JournalEntry theirs = Samples.entry(Samples.genesis(), OTHER, "A-0002", Optional.empty());
        assertThat(journal.append(theirs)).isTrue();

        assertThat(journal.entriesFrom(SCHOOL, 1)).isEqualTo(mine);
        assertThat(journal.entriesFrom(SCHOOL, 3)).isEqualTo(mine.subList(2, 4));
        assertThat(journal.entriesFrom(SCHOOL, 5)).isEmpty();
        assertThat(journal.entriesFrom(OTHER, 1)).containsExactly(theirs);
        java.time.Instant second = mine.get(1).openedAt();
        java.time.Instant fourth = mine.get(3).openedAt();
        assertThat(journal.openedBetween(SCHOOL, second, fourth)).isEqualTo(mine.subList(1, 3));
        assertThat(journal.openedBetween(SCHOOL, second.plusNanos(1), fourth.plusNanos(1))).isEqualTo(mine.subList(2, 4));
        assertThat(journal.openedBetween(SCHOOL, fourth.plusNanos(1), fourth.plusSeconds(60))).isEmpty();
        assertThat(journal.openedBetween(OTHER, Samples.at(0), fourth)).containsExactly(theirs);
    }

    @Test
    @DisplayName("R-6.2 the journal verifies from a checkpoint, and not when the checkpoint is no longer in it")
    void verification_from_a_checkpoint() {
        java.util.List<JournalEntry> mine = appendFour(SCHOOL);
        assertThat(journal.verifySince(SCHOOL, Chain.Head.START)).isEqualTo(new Chain.Verification.Intact(4));
        assertThat(journal.verifySince(SCHOOL, mine.get(1).head())).isEqualTo(new Chain.Verification.Intact(4));
        assertThat(journal.verifySince(SCHOOL, mine.get(3).head())).isEqualTo(new Chain.Verification.Intact(4));
        assertThat(journal.verifySince(SCHOOL, new Chain.Head(2, mine.get(0).hash())))
                .isEqualTo(new Chain.Verification.Broken(2, "the checkpoint is no longer in the chain"));
        assertThat(journal.verifySince(SCHOOL, new Chain.Head(9, mine.get(3).hash())).isIntact()).isFalse();
        assertThat(journal.verifySince(OTHER, mine.get(1).head()).isIntact()).isFalse();
    }

    /** Four entries of {@code school}, an hour apart. */
    private java.util.List<JournalEntry> appendFour(kg.trustbox.school.SchoolId school) {
        java.util.List<JournalEntry> all = new java.util.ArrayList<>();
        Chain.Head head = Samples.genesis();
        for (int i = 0; i < 4; i++) {
            kg.trustbox.box.Opening o = Samples.opening(Optional.empty(), 0);
            kg.trustbox.box.Opening opening = new kg.trustbox.box.Opening(Samples.at(60 * i), o.present(), o.sealFound(), o.inspection(),
                    o.incidents(), o.deviation(), o.appealCount(), o.act());
            JournalEntry e = JournalEntry.next(head, school, opening, kg.trustbox.box.Seal.of("A-00" + (10 + i)), Samples.at(60 * i + 5));
            assertThat(journal.append(e)).isTrue();
            all.add(e);
            head = e.head();
        }
        return all;
    }
}
