package kg.trustbox.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.Category;
import kg.trustbox.chain.Chain;
import kg.trustbox.rule.Messages;
import kg.trustbox.testing.Harness;
import kg.trustbox.testing.RecordedTerm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * in memory: every record the office writes is in the ledger, an untouched school verifies
 * clean, and a record written behind the office's back (through the ports directly) is found and
 * named, in Kyrgyz, Russian and English.
 */
class RecordsVerificationTest {

    @Test
    @DisplayName("R-6.2 a school's term of records verifies clean, and the ledger holds an entry for each record written")
    void intact() {
        Harness h = Harness.inMemory();
        RecordedTerm.write(h);
        RecordsVerification v = h.office.verifyRecords();
        assertThat(v.discrepancies()).isEmpty();
        assertThat(v.isIntact()).isTrue();
        List<LedgerEntry> entries = h.stores.ledger().entries(h.school.id());
        assertThat(v.entries()).isEqualTo(entries.size());
        assertThat(entries).extracting(e -> e.kind() + " " + e.key()).as("each number handed out, by registerAll too")
                .contains("COUNTER act/2026", "COUNTER registration/2026");
        assertThat(entries.stream().filter(e -> e.key().equals("registration/2026")).reduce((a, b) -> b).orElseThrow().digest())
                .isEqualTo("4");
        assertThat(h.office.verifyRecords(new Chain.Head(0, Chain.GENESIS)).isIntact()).as("an anchor of an empty ledger").isTrue();
        assertThat(entries).extracting(LedgerEntry::kind).containsAll(java.util.EnumSet.complementOf(java.util.EnumSet.of(LedgerEntry.Kind.LEDGER,
                LedgerEntry.Kind.BASELINE)));
        assertThat(h.office.verifyRecords(v.head()).isIntact()).as("against its own anchor").isTrue();
        var act = h.office.documents().withdrawalAct(new kg.trustbox.box.ActNumber(2026, 1), kg.trustbox.school.Language.RUSSIAN,
                kg.trustbox.access.Official.of(kg.trustbox.testing.Fixtures.CHAIR, kg.trustbox.access.Role.COMMISSION_MEMBER)).orElseThrow();
        assertThat(act.school().ledger()).as("the act prints the anchor as it stands (reading it is a ledger entry too)")
                .hasValueSatisfying(head -> assertThat(head.sequence()).isGreaterThanOrEqualTo(v.head().sequence()));
    }

    @Test
    @DisplayName("R-6.2 R-6.1 a corruption report turned into a complaint behind the office's back is found, and named")
    void categoryChanged() {
        Harness h = Harness.inMemory();
        RecordedTerm term = RecordedTerm.write(h);
        Appeal corruption = h.stores.appeals().find(h.school.id(), term.appeals.get(0)).orElseThrow();
        kg.trustbox.appeal.Registration r = corruption.registration().orElseThrow();
        Appeal complaint = Appeal.restore(corruption.school(), corruption.id(), corruption.withdrawal(), corruption.appellant(),
                corruption.status(), java.util.Optional.of(new kg.trustbox.appeal.Registration(r.number(), r.at(), r.registrar(),
                        Category.COMPLAINT, r.language(), r.summary(), r.scan())), corruption.assignee(), corruption.forwardings(),
                corruption.extension(), corruption.decision(), corruption.decidedAt(), corruption.answer(), corruption.closure(),
                corruption.tags(), corruption.revision() + 1);
        assertThat(h.stores.appeals().replace(complaint)).isTrue();
        RecordsVerification v = h.office.verifyRecords();
        assertThat(v.isIntact()).isFalse();
        assertThat(v.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(LedgerEntry.Kind.APPEAL);
            assertThat(d.key()).isEqualTo(term.appeals.get(0).value());
            assertThat(d.reason()).isEqualTo("records.changed");
            assertThat(d.message(Messages.RUSSIAN)).contains("R-6.2", term.appeals.get(0).value());
            assertThat(d.message(Messages.KYRGYZ)).contains("R-6.2", term.appeals.get(0).value());
        });
    }

    @Test
    @DisplayName("R-6.2 a ledger shorter than the anchor kept outside is found, though everything else agrees")
    void anchorAhead() {
        Harness h = Harness.inMemory();
        RecordedTerm.write(h);
        Chain.Head head = h.office.verifyRecords().head();
        Chain.Head beyond = new Chain.Head(head.sequence() + 1, head.hash());
        assertThat(h.office.verifyRecords(beyond).discrepancies()).extracting(Discrepancy::reason).containsExactly("records.anchorAhead");
        Chain.Head rewritten = new Chain.Head(head.sequence(), Chain.GENESIS);
        assertThat(h.office.verifyRecords(rewritten).discrepancies()).extracting(Discrepancy::reason).containsExactly("records.anchorMismatch");
    }
}
