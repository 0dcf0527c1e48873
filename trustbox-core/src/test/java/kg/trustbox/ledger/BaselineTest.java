package kg.trustbox.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.ledger.LedgerEntry.Kind;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.store.Stores;
import kg.trustbox.store.memory.InMemoryStores;
import kg.trustbox.testing.Harness;
import kg.trustbox.testing.RecordedTerm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * records kept before the ledger existed are taken into it once, as they stand, after one
 * baseline entry; from then on every change is found.
 */
class BaselineTest {
    private Harness h;
    private RecordedTerm term;
    private Stores withoutLedger;
    private TrustBoxOffice office;

    @BeforeEach
    void recordsOlderThanTheLedger() {
        h = Harness.inMemory();
        term = RecordedTerm.write(h);
        Stores s = h.stores;
        // the same records beside an empty ledger: a school upgraded from a version without one
        withoutLedger = new Stores(s.transactions(), s.commissions(), s.boxes(), s.journal(), s.appeals(), s.accessLog(), s.meetings(),
                s.reports(), s.declarations(), InMemoryStores.create().ledger(), s.receipts());
        office = TrustBoxOffice.of(h.school, withoutLedger, h.clock);
    }

    @Test
    @DisplayName("R-6.2 before the baseline every record is reported as not in the ledger, after it none is")
    void baseline() {
        List<Discrepancy> before = office.verifyRecords().discrepancies();
        assertThat(before).isNotEmpty().allSatisfy(d -> assertThat(d.reason()).isEqualTo("records.unrecorded"));
        assertThat(before).extracting(Discrepancy::kind).contains(Kind.APPEAL, Kind.ACT, Kind.IDENTITY, Kind.JOURNAL, Kind.ACCESS,
                Kind.COMMISSION, Kind.PROTOCOL, Kind.REPORT, Kind.BOX, Kind.COUNTER);

        int taken = office.takeBaseline().orElseThrow();
        assertThat(taken).isEqualTo(before.size());
        List<LedgerEntry> entries = withoutLedger.ledger().entries(h.school.id());
        assertThat(entries).hasSize(taken + 1);
        assertThat(entries.get(0)).satisfies(e -> assertThat(e.kind() + " " + e.key() + " " + e.digest())
                .isEqualTo("BASELINE baseline " + taken));
        RecordsVerification after = office.verifyRecords();
        assertThat(after.discrepancies()).isEmpty();
        assertThat(after.entries()).isEqualTo(taken + 1L);
    }

    @Test
    @DisplayName("R-6.2 a baseline is taken once: a second is refused, naming the first, and changes nothing")
    void once() {
        office.takeBaseline().orElseThrow();
        List<LedgerEntry> entries = withoutLedger.ledger().entries(h.school.id());
        Outcome<Integer> again = office.takeBaseline();
        assertThat(again.isAccepted()).isFalse();
        assertThat(again.rejectionIfAny().orElseThrow().message(java.util.Locale.ROOT)).startsWith("R-6.2: ")
                .contains(h.school.id().value(), "entry 1");
        assertThat(withoutLedger.ledger().entries(h.school.id())).isEqualTo(entries);
    }

    @Test
    @DisplayName("R-6.2 after the baseline, a record changed behind the office's back is found")
    void changeAfterBaseline() {
        office.takeBaseline().orElseThrow();
        Appeal a = withoutLedger.appeals().find(h.school.id(), term.appeals.get(1)).orElseThrow();
        assertThat(withoutLedger.appeals().replace(Appeal.restore(a.school(), a.id(), a.withdrawal(), a.appellant(), a.status(),
                a.registration(), a.assignee(), a.forwardings(), a.extension(), a.decision(), a.decidedAt(), a.answer(), a.closure(),
                List.of("forged"), a.revision() + 1))).isTrue();
        assertThat(office.verifyRecords().discrepancies()).extracting(d -> d.kind() + " " + d.key() + " " + d.reason())
                .containsExactly("APPEAL " + a.id() + " records.changed");
    }

    @Test
    @DisplayName("R-6.2 a school whose ledger is complete takes an empty baseline")
    void nothingToTake() {
        assertThat(h.office.takeBaseline().orElseThrow()).isZero();
        assertThat(h.office.verifyRecords().discrepancies()).isEmpty();
    }
}
