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
}
