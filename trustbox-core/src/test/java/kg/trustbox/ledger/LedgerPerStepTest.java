package kg.trustbox.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kg.trustbox.OpeningResult;
import kg.trustbox.Regulation;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.Inspection;
import kg.trustbox.box.OpeningRequest;
import kg.trustbox.box.Paper;
import kg.trustbox.chain.Chain;
import kg.trustbox.ledger.LedgerEntry.Kind;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.school.SchoolId;
import kg.trustbox.store.Stores;
import kg.trustbox.store.memory.InMemoryStores;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.testing.Harness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * a step's ledger entries are written when its work is done, as one batch in the order the
 * records were written, still inside its transaction: one read of the head and one write per step,
 * however many records the step writes; none for a step refused.
 */
class LedgerPerStepTest {
    /** The store's own ledger, counting what the office asks of it. */
    private static final class Counting implements Ledger {
        private final Ledger ledger;
        final List<Integer> batches = new ArrayList<>();
        int heads;

        Counting(Ledger ledger) {
            this.ledger = ledger;
        }

        @Override
        public boolean append(LedgerEntry entry) {
            batches.add(1);
            return ledger.append(entry);
        }

        @Override
        public boolean appendAll(List<LedgerEntry> entries) {
            batches.add(entries.size());
            return ledger.appendAll(entries);
        }

        @Override
        public List<LedgerEntry> entries(SchoolId school) {
            return ledger.entries(school);
        }

        @Override
        public Optional<Chain.Head> head(SchoolId school) {
            heads++;
            return ledger.head(school);
        }
    }

    private static Harness counted(Counting[] out) {
        Stores s = InMemoryStores.create();
        out[0] = new Counting(s.ledger());
        return new Harness(new Stores(s.transactions(), s.commissions(), s.boxes(), s.journal(), s.appeals(), s.accessLog(), s.meetings(),
                s.reports(), s.declarations(), out[0], s.receipts()), Fixtures.school("s1"), Regulation.defaults()).ready();
    }

    private static List<Paper> papers(int n) {
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            papers.add(Paper.from(i % 2 == 0 ? Fixtures.signed("Ата-эне " + i) : Appellant.anonymous()));
        }
        return papers;
    }

    @Test
    @DisplayName("R-6.2 an opening, a sealing and a registration each write the ledger once, whatever the number of papers")
    void oneWritePerStep() {
        for (int n : List.of(2, 30)) {
            Counting[] ledger = new Counting[1];
            Harness h = counted(ledger);
            long before = h.stores.ledger().head(h.school.id()).orElseThrow().sequence();
            ledger[0].batches.clear();
            ledger[0].heads = 0;

            OpeningResult opened = h.openAndSeal(papers(n));
            java.util.Map<kg.trustbox.appeal.AppealId, RegistrationRequest> batch = new java.util.LinkedHashMap<>();
            opened.appeals().forEach(id -> batch.put(id, RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.COMPLAINT,
                    AppealLanguage.KYRGYZ, "Кыскача")));
            h.office.registerAll(batch).orElseThrow();

            int signed = (n + 1) / 2;
            assertThat(ledger[0].batches).as("%d papers: the opening (act counter, act, identities, appeals, box), the sealing"
                    + " (seal, journal entry, box), the registration (counter, appeals)", n)
                    .containsExactly(1 + 1 + signed + n + 1, 3, 1 + n);
            assertThat(ledger[0].heads).as("one read of the head per step").isEqualTo(3);
            List<LedgerEntry> written = h.stores.ledger().entries(h.school.id()).stream().filter(e -> e.sequence() > before).toList();
            List<Kind> kinds = written.stream().map(LedgerEntry::kind).toList();
            List<Kind> expected = new ArrayList<>(List.of(Kind.COUNTER, Kind.ACT));
            for (int i = 0; i < signed; i++) {
                expected.add(Kind.IDENTITY);
            }
            for (int i = 0; i < n; i++) {
                expected.add(Kind.APPEAL);
            }
            expected.addAll(List.of(Kind.BOX, Kind.SEAL, Kind.JOURNAL, Kind.BOX, Kind.COUNTER));
            for (int i = 0; i < n; i++) {
                expected.add(Kind.APPEAL);
            }
            assertThat(kinds).as("in the order the records were written").isEqualTo(expected);
            assertThat(h.office.verifyRecords().discrepancies()).isEmpty();
        }
    }

    @Test
    @DisplayName("R-6.2, R-4.5 a refused opening writes nothing to the ledger")
    void refusedStep() {
        Counting[] ledger = new Counting[1];
        Harness h = counted(ledger);
        List<LedgerEntry> before = h.stores.ledger().entries(h.school.id());
        ledger[0].batches.clear();
        // the seal found is not the one applied: still opened (an incident); a stranger present is refused
        Outcome<OpeningResult> refused = h.office.open(OpeningRequest.of(List.of(Fixtures.CHAIR, kg.trustbox.commission.PersonId.of("stranger"),
                Fixtures.PARENT), Inspection.inOrder(h.currentSeal()), papers(3)));
        assertThat(refused.isAccepted()).isFalse();
        assertThat(ledger[0].batches).isEmpty();
        assertThat(h.stores.ledger().entries(h.school.id())).isEqualTo(before);
    }
}
