package kg.trustbox;

import java.util.ArrayList;
import java.util.List;
import kg.trustbox.chain.Chain;
import kg.trustbox.ledger.LedgerEntry;
import kg.trustbox.ledger.LedgerEntry.Kind;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.outcome.StorageException;
import kg.trustbox.rule.Rule;
import kg.trustbox.school.SchoolId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the records a school kept before its ledger existed into the ledger, once: one
 * {@link Kind#BASELINE} entry saying how many, then an entry for each record the ledger did not
 * hold, as it stands. Not API.
 */
final class Baseline {
    private static final Logger LOG = LoggerFactory.getLogger(Baseline.class);

    private Baseline() {
    }

    static Outcome<Integer> take(Desk desk) {
        SchoolId school = desk.school().id();
        Outcome<Integer> taken = desk.step(() -> {
            Chain.Head head = desk.stores().ledger().head(school).orElse(new Chain.Head(0, Chain.GENESIS));
            java.util.Optional<LedgerEntry> before = desk.stores().ledger().entries(school).stream()
                    .filter(e -> e.kind() == Kind.BASELINE).findFirst();
            if (before.isPresent()) {
                return Outcome.rejected(Rule.R_6_2, "ledger.baselineTaken", school, before.get().sequence());
            }
            List<Audit.Unrecorded> found = Audit.unrecorded(desk);
            List<LedgerEntry> entries = new ArrayList<>();
            LedgerEntry marker = LedgerEntry.next(school, head, desk.now(), Kind.BASELINE, "baseline", Integer.toString(found.size()));
            entries.add(marker);
            for (Audit.Unrecorded u : found) {
                LedgerEntry last = entries.get(entries.size() - 1);
                entries.add(LedgerEntry.next(school, new Chain.Head(last.sequence(), last.hash()), marker.at(), u.kind(), u.key(), u.digest()));
            }
            if (!desk.stores().ledger().appendAll(entries)) {
                throw new StorageException("storage.conflict", "write the ledger", null);
            }
            return Outcome.accepted(found.size());
        });
        taken.map(n -> {
            LOG.warn("school {}: {} records kept before the ledger were taken into it as they stood; keep the new anchor", school, n);
            return n;
        });
        return taken;
    }
}
