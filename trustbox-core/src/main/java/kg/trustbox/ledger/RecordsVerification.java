package kg.trustbox.ledger;

import java.util.List;
import kg.trustbox.chain.Chain;

/**
 * The result of inspecting a school's records against its ledger and against each other.
 *
 * @param head the ledger's head as verified: the anchor to keep outside the database
 * @param entries how many ledger entries were verified
 * @param discrepancies what was found wrong, in the order found; empty when the records are intact
 */
public record RecordsVerification(Chain.Head head, long entries, List<Discrepancy> discrepancies) {
    public RecordsVerification {
        discrepancies = List.copyOf(discrepancies);
    }

    /** Whether nothing was found wrong. */
    public boolean isIntact() {
        return discrepancies.isEmpty();
    }
}
