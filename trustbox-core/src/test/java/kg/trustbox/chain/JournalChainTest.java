package kg.trustbox.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.Incident;
import kg.trustbox.box.Inspection;
import kg.trustbox.box.JournalEntry;
import kg.trustbox.box.Opening;
import kg.trustbox.box.Seal;
import kg.trustbox.commission.PersonId;
import kg.trustbox.school.SchoolId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-6.2 the opening journal is kept tamper-evident")
class JournalChainTest {
    private static final SchoolId SCHOOL = SchoolId.of("s1");

    static List<JournalEntry> journal(int n) {
        List<JournalEntry> list = new ArrayList<>();
        Chain.Head head = new Chain.Head(0, Chain.GENESIS);
        Instant t = Instant.parse("2026-09-01T06:05:00Z");
        for (int i = 0; i < n; i++) {
            Opening o = new Opening(t, List.of(PersonId.of("p1"), PersonId.of("p2")), Seal.of("S" + i),
                    Inspection.inOrder(Seal.of("S" + i)), Set.of(), Optional.empty(), i % 3, i % 3 == 0 ? Optional.empty()
                    : Optional.of(new ActNumber(2026, i + 1)));
            JournalEntry e = JournalEntry.next(head, SCHOOL, o, Seal.of("S" + (i + 1)), t.plusSeconds(600));
            list.add(e);
            head = e.head();
            t = t.plusSeconds(7 * 86400);
        }
        return list;
    }

    private static Optional<Chain.Head> head(List<JournalEntry> entries) {
        return Optional.of(entries.get(entries.size() - 1).head());
    }

    @Test
    @DisplayName("R-6.2 an untouched journal verifies")
    void intact() {
        List<JournalEntry> j = journal(10);
        assertThat(Chain.verify(j, head(j))).isEqualTo(new Chain.Verification.Intact(10));
        assertThat(Chain.verify(List.of(), Optional.empty())).isEqualTo(new Chain.Verification.Intact(0));
    }

    @Test
    @DisplayName("R-6.2 property: every single modified entry is found, at its sequence")
    void modified() {
        qt().forAll(integers().between(1, 12), integers().between(0, 1000)).checkAssert((n, k) -> {
            int i = k % n;
            List<JournalEntry> j = new ArrayList<>(journal(n));
            Optional<Chain.Head> head = head(j);
            JournalEntry e = j.get(i);
            j.set(i, new JournalEntry(e.school(), e.sequence(), e.openedAt(), e.sealedAt(), e.present(), e.sealFound(),
                    Set.of(Incident.SEAL_BROKEN), e.appealCount() + 1, e.act(), e.newSeal(), e.deviation(), e.previousHash(), e.hash()));
            assertThat(Chain.verify(j, head)).isEqualTo(new Chain.Verification.Broken(i + 1, "the content does not match its hash"));
        });
    }

    @Test
    @DisplayName("R-6.2 each field changed alone (who was present, incidents, act, deviation, seals, times) breaks the chain at that entry")
    void eachFieldAlone() {
        List<JournalEntry> base = journal(6);
        Optional<Chain.Head> head = head(base);
        int i = 2; // entry 3: an act, appeals, no incident, no deviation
        JournalEntry e = base.get(i);
        List<JournalEntry> tampered = List.of(
                new JournalEntry(e.school(), e.sequence(), e.openedAt(), e.sealedAt(), List.of(PersonId.of("p1")), e.sealFound(),
                        e.incidents(), e.appealCount(), e.act(), e.newSeal(), e.deviation(), e.previousHash(), e.hash()),
                new JournalEntry(e.school(), e.sequence(), e.openedAt(), e.sealedAt(), e.present(), e.sealFound(),
                        Set.of(Incident.BOX_DAMAGED), e.appealCount(), e.act(), e.newSeal(), e.deviation(), e.previousHash(), e.hash()),
                new JournalEntry(e.school(), e.sequence(), e.openedAt(), e.sealedAt(), e.present(), e.sealFound(),
                        e.incidents(), e.appealCount(), Optional.empty(), e.newSeal(), e.deviation(), e.previousHash(), e.hash()),
                new JournalEntry(e.school(), e.sequence(), e.openedAt(), e.sealedAt(), e.present(), e.sealFound(),
                        e.incidents(), e.appealCount(), e.act(), e.newSeal(), Optional.of(new kg.trustbox.box.Deviation("майрам")),
                        e.previousHash(), e.hash()),
                new JournalEntry(e.school(), e.sequence(), e.openedAt().plusSeconds(3600), e.sealedAt(), e.present(), e.sealFound(),
                        e.incidents(), e.appealCount(), e.act(), e.newSeal(), e.deviation(), e.previousHash(), e.hash()),
                new JournalEntry(e.school(), e.sequence(), e.openedAt(), e.sealedAt(), e.present(), Seal.of("S-X"),
                        e.incidents(), e.appealCount(), e.act(), e.newSeal(), e.deviation(), e.previousHash(), e.hash()),
                new JournalEntry(e.school(), e.sequence(), e.openedAt(), e.sealedAt(), e.present(), e.sealFound(),
                        e.incidents(), e.appealCount(), e.act(), Seal.of("S-Y"), e.deviation(), e.previousHash(), e.hash()));
        for (JournalEntry t : tampered) {
            List<JournalEntry> j = new ArrayList<>(base);
            j.set(i, t);
            assertThat(Chain.verify(j, head)).as("%s", t.canonical())
                    .isEqualTo(new Chain.Verification.Broken(i + 1, "the content does not match its hash"));
        }
    }

    @Test
    @DisplayName("R-6.2 an entry hashed onto another previous hash is found as a broken link, at its sequence")
    void brokenLink() {
        List<JournalEntry> j = new ArrayList<>(journal(3));
        JournalEntry e = j.get(1);
        Opening o = new Opening(e.openedAt(), e.present(), e.sealFound(), Inspection.inOrder(e.sealFound()), e.incidents(), e.deviation(),
                e.appealCount(), e.act());
        JournalEntry relinked = JournalEntry.next(new Chain.Head(1, "f".repeat(64)), SCHOOL, o, e.newSeal(), e.sealedAt());
        j.set(1, relinked);
        assertThat(Chain.verify(j, head(j))).isEqualTo(new Chain.Verification.Broken(2, "the link to the previous entry does not match"));
    }

    @Test
    @DisplayName("R-6.2 an entry's hash covers the previous hash: the same content after another entry hashes differently")
    void hashCoversThePrevious() {
        JournalEntry e = journal(3).get(1);
        assertThat(Chain.link(e.canonical(), e.previousHash())).isEqualTo(e.hash());
        assertThat(Chain.link(e.canonical(), Chain.GENESIS)).isNotEqualTo(e.hash());
    }

    @Test
    @DisplayName("R-6.2 a known entry has a known hash: the chain's encoding does not change unnoticed")
    void knownAnswer() {
        JournalEntry first = journal(1).get(0);
        assertThat(first.canonical()).contains("2026-09-01T06:05:00Z", "p1", "p2", "S0", "S1");
        assertThat(first.hash()).isEqualTo(KNOWN_FIRST_HASH);
    }

    /** The hash of {@code journal(1)}'s entry, computed once and pinned. */
    private static final String KNOWN_FIRST_HASH = "060a334a7a8b612fe7ea9bf5d23a431496cb80238576ef2bd21548cc54ff8055";

    @Test
    @DisplayName("R-6.2 property: every single removed entry is found, the last one too")
    void removed() {
        qt().forAll(integers().between(1, 12), integers().between(0, 1000)).checkAssert((n, k) -> {
            int i = k % n;
            List<JournalEntry> j = new ArrayList<>(journal(n));
            Optional<Chain.Head> head = head(j);
            j.remove(i);
            assertThat(Chain.verify(j, head).isIntact()).isFalse();
        });
    }

    @Test
    @DisplayName("R-6.2 property: every inserted entry is found, even one rehashed to fit")
    void inserted() {
        qt().forAll(integers().between(1, 12), integers().between(0, 1000)).checkAssert((n, k) -> {
            int i = k % (n + 1);
            List<JournalEntry> j = new ArrayList<>(journal(n));
            Optional<Chain.Head> head = head(j);
            Chain.Head before = i == 0 ? new Chain.Head(0, Chain.GENESIS) : j.get(i - 1).head();
            JournalEntry forged = JournalEntry.next(before, SCHOOL, new Opening(Instant.parse("2026-09-02T06:00:00Z"), List.of(),
                    Seal.of("X"), Inspection.inOrder(Seal.of("X")), Set.of(), Optional.empty(), 0, Optional.empty()), Seal.of("Y"),
                    Instant.parse("2026-09-02T06:10:00Z"));
            j.add(i, forged);
            assertThat(Chain.verify(j, head).isIntact()).isFalse();
        });
    }

    @Test
    @DisplayName("R-6.2 property: every swap of two entries is found")
    void reordered() {
        qt().forAll(integers().between(2, 12), integers().between(0, 1000), integers().between(1, 1000))
                .checkAssert((n, x, y) -> {
                    int a = x % n;
                    int b = (a + 1 + y % (n - 1)) % n;
                    List<JournalEntry> j = new ArrayList<>(journal(n));
                    Optional<Chain.Head> head = head(j);
                    java.util.Collections.swap(j, a, b);
                    assertThat(Chain.verify(j, head).isIntact()).isFalse();
                });
    }

    @Test
    @DisplayName("R-6.2 the office's journal verifies after real openings")
    void officeJournal() {
        kg.trustbox.testing.Harness h = kg.trustbox.testing.Harness.inMemory().ready();
        for (int i = 0; i < 4; i++) {
            h.openAndSeal(List.of());
            h.nextTuesday();
        }
        assertThat(h.office.verifyJournal()).isEqualTo(new Chain.Verification.Intact(4));
    }
}
