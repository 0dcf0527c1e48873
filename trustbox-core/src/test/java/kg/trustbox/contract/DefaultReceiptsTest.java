package kg.trustbox.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.receipt.IssuedBatch;
import kg.trustbox.receipt.LookupCounts;
import kg.trustbox.receipt.ReceiptDigest;
import kg.trustbox.receipt.ReceiptKey;
import kg.trustbox.receipt.Receipts;
import kg.trustbox.school.SchoolId;
import kg.trustbox.store.Stores;

/**
 * The receipts contract on a port that implements only its abstract methods, so that the default
 * reads of some appeals' receipts and outcomes ({@code attachedTo}, {@code outcomesOf}) are held to
 * it as an adapter that does not override them relies on.
 */
class DefaultReceiptsTest extends InMemoryReceiptsTest {
    @Override
    protected Stores newStores() {
        Stores s = super.newStores();
        Receipts r = s.receipts();
        Receipts abstractOnly = new Receipts() {
            @Override
            public ReceiptKey key(SchoolId school) {
                return r.key(school);
            }

            @Override
            public List<IssuedBatch> batches(SchoolId school) {
                return r.batches(school);
            }

            @Override
            public void issue(IssuedBatch batch, List<ReceiptDigest> digests) {
                r.issue(batch, digests);
            }

            @Override
            public List<ReceiptDigest> issued(SchoolId school, int number) {
                return r.issued(school, number);
            }

            @Override
            public boolean isIssued(SchoolId school, ReceiptDigest digest) {
                return r.isIssued(school, digest);
            }

            @Override
            public boolean attach(SchoolId school, ReceiptDigest digest, AppealId appeal) {
                return r.attach(school, digest, appeal);
            }

            @Override
            public Optional<AppealId> appealOf(SchoolId school, ReceiptDigest digest) {
                return r.appealOf(school, digest);
            }

            @Override
            public Optional<ReceiptDigest> receiptOf(SchoolId school, AppealId appeal) {
                return r.receiptOf(school, appeal);
            }

            @Override
            public Map<AppealId, ReceiptDigest> attached(SchoolId school) {
                return r.attached(school);
            }

            @Override
            public void publish(SchoolId school, AppealId appeal, String outcome) {
                r.publish(school, appeal, outcome);
            }

            @Override
            public Optional<String> outcome(SchoolId school, AppealId appeal) {
                return r.outcome(school, appeal);
            }

            @Override
            public Map<AppealId, String> outcomes(SchoolId school) {
                return r.outcomes(school);
            }

            @Override
            public void count(SchoolId school, LocalDate day, LookupCounts.Result result) {
                r.count(school, day, result);
            }

            @Override
            public LookupCounts counts(SchoolId school, LocalDate day) {
                return r.counts(school, day);
            }
        };
        return new Stores(s.transactions(), s.commissions(), s.boxes(), s.journal(), s.appeals(), s.accessLog(), s.meetings(),
                s.reports(), s.declarations(), s.ledger(), abstractOnly);
    }
}
