package kg.trustbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kg.trustbox.contract.Samples;
import kg.trustbox.ledger.LedgerEntry;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.rule.Rule;
import kg.trustbox.store.Stores;
import kg.trustbox.store.memory.InMemoryStores;
import kg.trustbox.time.ManualClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** the stores as the office writes through them keep a step's ledger entries until its work is done. */
class LedgeredTest {
    private final ManualClock clock = new ManualClock(Samples.T0);
    private final Stores raw = InMemoryStores.create();
    private final Stores office = Ledgered.wrap(raw, clock);

    @Test
    @DisplayName("R-6.2 inside a step the entries wait; a read of the ledger in the step sees them; the step commits them")
    void readInsideAStep() {
        Outcome<Long> seen = office.transactions().inTransaction(() -> {
            office.commissions().save(Samples.constituted(Samples.SCHOOL, "45-к", LocalDate.of(2026, 8, 25)));
            assertThat(raw.ledger().entries(Samples.SCHOOL)).as("not yet written to the store's ledger").isEmpty();
            long head = office.ledger().head(Samples.SCHOOL).orElseThrow().sequence();
            assertThat(raw.ledger().entries(Samples.SCHOOL)).extracting(LedgerEntry::kind).containsExactly(LedgerEntry.Kind.COMMISSION);
            office.meetings().nextNumber(Samples.SCHOOL);
            return Outcome.accepted(head);
        });
        assertThat(seen.orElseThrow()).isEqualTo(1);
        assertThat(raw.ledger().entries(Samples.SCHOOL)).hasSize(1);
    }

    @Test
    @DisplayName("R-6.2 a refused step's entries are dropped with it; outside a step an entry is written at once")
    void refusedAndOutside() {
        Outcome<Object> refused = office.transactions().inTransaction(() -> {
            office.commissions().save(Samples.constituted(Samples.SCHOOL, "45-к", LocalDate.of(2026, 8, 25)));
            return Outcome.rejected(Rule.R_4_5, "box.concurrent", Samples.SCHOOL);
        });
        assertThat(refused.isAccepted()).isFalse();
        assertThat(raw.ledger().entries(Samples.SCHOOL)).isEmpty();
        assertThat(raw.commissions().history(Samples.SCHOOL)).isEmpty();

        office.commissions().save(Samples.constituted(Samples.SCHOOL, "45-к", LocalDate.of(2026, 8, 25)));
        assertThat(raw.ledger().entries(Samples.SCHOOL)).extracting(LedgerEntry::kind).containsExactly(LedgerEntry.Kind.COMMISSION);
    }

    @Test
    @DisplayName("R-6.2 a nested step's entries are written with the outer step's, once")
    void nested() {
        office.transactions().inTransaction(() -> {
            office.commissions().save(Samples.constituted(Samples.SCHOOL, "45-к", LocalDate.of(2026, 8, 25)));
            office.transactions().inTransaction(() -> {
                office.commissions().save(Samples.constituted(Samples.SCHOOL, "46-к", LocalDate.of(2026, 8, 26)));
                return Outcome.accepted(1);
            }).orElseThrow();
            assertThat(raw.ledger().entries(Samples.SCHOOL)).as("the inner step does not write the outer's entries").isEmpty();
            return Outcome.accepted(2);
        }).orElseThrow();
        assertThat(raw.ledger().entries(Samples.SCHOOL)).hasSize(2);
        assertThat(raw.ledger().entries(Samples.SCHOOL)).extracting(LedgerEntry::sequence).containsExactly(1L, 2L);
    }
}
