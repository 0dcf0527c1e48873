package kg.trustbox.box;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.util.List;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.rule.Rule;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.testing.Harness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-4.5 after every opening the box is sealed in front of those present and the journal is written")
class SealingTest {

    @Test
    @DisplayName("R-4.5 property: any sequence of open/seal commands keeps the box alternating; refused steps change nothing")
    void alternation() {
        qt().withExamples(kg.trustbox.testing.Examples.of(60)).forAll(lists().of(booleans().all()).ofSizeBetween(1, 12)).checkAssert(commands -> {
            Harness h = Harness.inMemory().ready();
            int journalSize = 0;
            for (boolean open : commands) {
                TrustBox before = h.office.box().orElseThrow();
                int appealsBefore = h.office.appeals().size();
                if (open) {
                    Seal seal = before instanceof SealedBox s ? s.seal() : Seal.of("whatever");
                    Outcome<?> o = h.office.open(OpeningRequest.of(Fixtures.quorum(), Inspection.inOrder(seal),
                            List.of(Paper.from(kg.trustbox.appellant.Appellant.anonymous()))));
                    assertThat(o.isAccepted()).isEqualTo(before instanceof SealedBox);
                    if (!o.isAccepted()) {
                        assertThat(o.rejectionIfAny().orElseThrow().rule()).isEqualTo(Rule.R_4_5);
                        assertThat(h.office.box().orElseThrow()).isEqualTo(before);
                        assertThat(h.office.appeals()).hasSize(appealsBefore);
                    } else {
                        assertThat(h.office.box().orElseThrow()).isInstanceOf(OpenedBox.class);
                    }
                } else {
                    Outcome<JournalEntry> o = h.office.seal(h.nextSeal());
                    assertThat(o.isAccepted()).isEqualTo(before instanceof OpenedBox);
                    if (o.isAccepted()) {
                        journalSize++;
                        assertThat(h.office.box().orElseThrow()).isInstanceOf(SealedBox.class);
                    } else {
                        assertThat(o.rejectionIfAny().orElseThrow().rule()).isEqualTo(Rule.R_4_5);
                        assertThat(h.office.box().orElseThrow()).isEqualTo(before);
                    }
                }
                h.clock.advance(Duration.ofSeconds(30));
                assertThat(h.office.journal()).hasSize(journalSize);
            }
            assertThat(h.office.verifyJournal().isIntact()).isTrue();
        });
    }

    @Test
    @DisplayName("R-4.5 a seal number is never used twice in a school")
    void sealNeverReused() {
        Harness h = Harness.inMemory().ready();
        Seal first = h.currentSeal();
        h.office.open(OpeningRequest.of(Fixtures.quorum(), Inspection.inOrder(first), List.of())).orElseThrow();
        Outcome<JournalEntry> reuse = h.office.seal(first);
        assertThat(reuse.rejectionIfAny().orElseThrow()).satisfies(r -> {
            assertThat(r.rule()).isEqualTo(Rule.R_4_5);
            assertThat(r.values()).containsExactly(first.number());
        });
        assertThat(h.office.box().orElseThrow()).isInstanceOf(OpenedBox.class);
        assertThat(h.office.seal(h.nextSeal()).isAccepted()).isTrue();
    }

    @Test
    @DisplayName("R-4.5 the journal entry names the seal found, its state, the new seal and who was present")
    void entryContent() {
        Harness h = Harness.inMemory().ready();
        Seal found = h.currentSeal();
        h.office.open(OpeningRequest.of(Fixtures.quorum(), Inspection.inOrder(found), List.of())).orElseThrow();
        Seal next = h.nextSeal();
        JournalEntry e = h.office.seal(next).orElseThrow();
        assertThat(e.sealFound()).isEqualTo(found);
        assertThat(e.newSeal()).isEqualTo(next);
        assertThat(e.incidents()).isEmpty();
        assertThat(e.present()).containsExactlyElementsOf(Fixtures.quorum());
        assertThat(e.sequence()).isEqualTo(1);
        assertThat(((SealedBox) h.office.box().orElseThrow()).seal()).isEqualTo(next);
    }

    @Test
    @DisplayName("R-4.5 a box can be installed once; sealing a sealed box is refused")
    void installOnce() {
        Harness h = Harness.inMemory().ready();
        assertThat(h.office.installBox(h.nextSeal()).rejectionIfAny().orElseThrow().key()).isEqualTo("box.installed");
        assertThat(h.office.seal(h.nextSeal()).rejectionIfAny().orElseThrow().key()).isEqualTo("box.notOpen");
    }
}
