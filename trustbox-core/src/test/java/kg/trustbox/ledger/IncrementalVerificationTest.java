package kg.trustbox.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.Paper;
import kg.trustbox.chain.Chain;
import kg.trustbox.school.SchoolId;
import kg.trustbox.store.Stores;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.testing.Harness;
import kg.trustbox.testing.RecordedTerm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * an inspection from a checkpoint checks what was written after it, reads nothing older, and
 * still finds a ledger rewritten or cut back across the checkpoint.
 */
class IncrementalVerificationTest {
    private Harness h;
    private RecordedTerm term;
    private SchoolId school;
    private Chain.Head checkpoint;
    private List<AppealId> later;

    @BeforeEach
    void termThenAWeek() {
        h = Harness.inMemory();
        term = RecordedTerm.write(h);
        school = h.school.id();
        RecordsVerification full = h.office.verifyRecords();
        assertThat(full.isIntact()).isTrue();
        checkpoint = full.head();
        h.nextTuesday();
        later = h.openAndSeal(List.of(Paper.from(Fixtures.signed("Жаңы Жазуучу")), Paper.from(Appellant.anonymous()))).appeals();
        h.office.register(later.get(0), RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.COMPLAINT, AppealLanguage.KYRGYZ, "Жаңы"))
                .orElseThrow();
    }

    /** The stores as they are, except that reading the whole ledger or the whole register fails the test. */
    private TrustBoxOffice nothingOlderRead() {
        Stores s = h.stores;
        Ledger ledger = new Ledger() {
            @Override
            public boolean append(LedgerEntry entry) {
                return s.ledger().append(entry);
            }

            @Override
            public List<LedgerEntry> entries(SchoolId id) {
                throw new AssertionError("the whole ledger was read");
            }

            @Override
            public List<LedgerEntry> entriesFrom(SchoolId id, long sequence) {
                assertThat(sequence).isEqualTo(checkpoint.sequence());
                return s.ledger().entriesFrom(id, sequence);
            }

            @Override
            public Optional<Chain.Head> head(SchoolId id) {
                return s.ledger().head(id);
            }
        };
        List<AppealId> asked = new ArrayList<>();
        kg.trustbox.appeal.Appeals appeals = new kg.trustbox.appeal.Appeals() {
            @Override
            public void add(Appeal appeal) {
                s.appeals().add(appeal);
            }

            @Override
            public boolean replace(Appeal next) {
                return s.appeals().replace(next);
            }

            @Override
            public Map<AppealId, Appeal> findAll(SchoolId id, java.util.Collection<AppealId> ids) {
                asked.addAll(ids);
                assertThat(ids).as("only the appeals written since the checkpoint").allMatch(later::contains);
                return s.appeals().findAll(id, ids);
            }

            @Override
            public Optional<Appeal> find(SchoolId id, AppealId appeal) {
                return s.appeals().find(id, appeal);
            }

            @Override
            public List<Appeal> list(SchoolId id) {
                throw new AssertionError("the whole register was read");
            }

            @Override
            public kg.trustbox.appeal.RegistrationNumber nextRegistrationNumber(SchoolId id, int year) {
                return s.appeals().nextRegistrationNumber(id, year);
            }
        };
        return TrustBoxOffice.of(h.school, new Stores(s.transactions(), s.commissions(), s.boxes(), s.journal(), appeals, s.accessLog(),
                s.meetings(), s.reports(), s.declarations(), ledger, s.receipts()), h.clock);
    }

    @Test
    @DisplayName("R-6.2 from a checkpoint, only the entries written since are verified, and nothing older is read")
    void onlyWhatIsNew() {
        RecordsVerification v = nothingOlderRead().verifyRecordsSince(checkpoint);
        assertThat(v.discrepancies()).isEmpty();
        Chain.Head head = h.stores.ledger().head(school).orElseThrow();
        assertThat(v.head()).isEqualTo(head);
        assertThat(v.entries()).isEqualTo(head.sequence() - checkpoint.sequence()).isPositive();
        assertThat(h.office.verifyRecordsSince(head).entries()).as("nothing written since the head").isZero();
    }

    @Test
    @DisplayName("R-6.2 a record written since the checkpoint and changed behind the office's back is found from the checkpoint")
    void newRecordChanged() {
        Appeal a = h.stores.appeals().find(school, later.get(0)).orElseThrow();
        Appeal forged = Appeal.restore(a.school(), a.id(), a.withdrawal(), a.appellant(), a.status(), a.registration(), a.assignee(),
                a.forwardings(), a.extension(), a.decision(), a.decidedAt(), a.answer(), a.closure(), List.of("forged"), a.revision() + 1);
        assertThat(h.stores.appeals().replace(forged)).isTrue();
        assertThat(h.office.verifyRecordsSince(checkpoint).discrepancies()).extracting(d -> d.kind() + " " + d.key() + " " + d.reason())
                .containsExactly("APPEAL " + a.id() + " records.changed");
    }

    @Test
    @DisplayName("R-6.2 a change to an older record nothing since touched is left to the full inspection, which finds it")
    void olderRecordIsTheFullInspections() {
        Appeal a = h.stores.appeals().find(school, term.appeals.get(2)).orElseThrow();
        assertThat(h.stores.appeals().replace(Appeal.restore(a.school(), a.id(), a.withdrawal(), a.appellant(), a.status(),
                a.registration(), a.assignee(), a.forwardings(), a.extension(), a.decision(), a.decidedAt(), a.answer(), a.closure(),
                List.of("forged"), a.revision() + 1))).isTrue();
        assertThat(h.office.verifyRecordsSince(checkpoint).discrepancies()).isEmpty();
        assertThat(h.office.verifyRecords().discrepancies()).extracting(d -> d.kind() + " " + d.key() + " " + d.reason())
                .containsExactly("APPEAL " + a.id() + " records.changed");
    }

    @Test
    @DisplayName("R-6.2 a checkpoint the ledger no longer holds, or no longer reaches, is found")
    void checkpointGone() {
        Chain.Head forgedHash = new Chain.Head(checkpoint.sequence(), Chain.GENESIS);
        assertThat(h.office.verifyRecordsSince(forgedHash).discrepancies()).extracting(Discrepancy::reason)
                .containsExactly("records.anchorMismatch");
        Chain.Head beyond = new Chain.Head(h.stores.ledger().head(school).orElseThrow().sequence() + 5, checkpoint.hash());
        RecordsVerification v = h.office.verifyRecordsSince(beyond);
        assertThat(v.discrepancies()).extracting(Discrepancy::reason).containsExactly("records.anchorAhead");
        assertThat(v.discrepancies().get(0).values()).containsExactly(Long.toString(beyond.sequence()),
                Long.toString(beyond.sequence() - 5));
    }

    @Test
    @DisplayName("R-6.2 an entry after the checkpoint changed in storage breaks the ledger there")
    void entryAfterCheckpointChanged() {
        Stores s = h.stores;
        long changed = checkpoint.sequence() + 2;
        Ledger ledger = new Ledger() {
            @Override
            public boolean append(LedgerEntry entry) {
                return s.ledger().append(entry);
            }

            @Override
            public List<LedgerEntry> entries(SchoolId id) {
                return s.ledger().entries(id);
            }

            @Override
            public List<LedgerEntry> entriesFrom(SchoolId id, long sequence) {
                List<LedgerEntry> all = new ArrayList<>(s.ledger().entriesFrom(id, sequence));
                int i = (int) (changed - sequence);
                LedgerEntry e = all.get(i);
                all.set(i, new LedgerEntry(e.school(), e.sequence(), e.at(), e.kind(), e.key(), Chain.GENESIS, e.previousHash(), e.hash()));
                return all;
            }

            @Override
            public Optional<Chain.Head> head(SchoolId id) {
                return s.ledger().head(id);
            }
        };
        RecordsVerification v = TrustBoxOffice.of(h.school, new Stores(s.transactions(), s.commissions(), s.boxes(), s.journal(),
                s.appeals(), s.accessLog(), s.meetings(), s.reports(), s.declarations(), ledger, s.receipts()), h.clock).verifyRecordsSince(checkpoint);
        assertThat(v.discrepancies()).extracting(d -> d.reason() + " " + d.values()).contains("records.ledgerBroken [" + changed + "]");
    }
}
