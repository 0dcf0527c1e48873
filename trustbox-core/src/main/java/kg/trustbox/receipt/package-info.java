/**
 * Receipts for paper appeals: a code printed on the appeal form and on the stub the parent
 * keeps, with which an anonymous parent later learns what became of the appeal without ever saying
 * who they are.
 *
 * <p>{@link kg.trustbox.receipt.ReceiptCode} is the code (64 random bits, a check character, no
 * look-alikes); {@link kg.trustbox.receipt.IssuedBatch} and {@link kg.trustbox.receipt.IssuedReceipts}
 * a batch of printed forms, the only place codes leave the library; {@link kg.trustbox.receipt.ReceiptKey}
 * and {@link kg.trustbox.receipt.ReceiptDigest} what is stored instead of a code (HMAC-SHA256 under
 * a per-school key wrapped by the host's keys); {@link kg.trustbox.receipt.ReceiptStatus} what a
 * lookup answers, never identity or content; {@link kg.trustbox.receipt.LookupPolicy} and
 * {@link kg.trustbox.receipt.LookupCounts} the throttle and the daily counts; and
 * {@link kg.trustbox.receipt.Receipts} the port. The steps are {@code TrustBoxOffice#issueReceipts},
 * {@code #attachReceipt}, {@code #publishOutcome} and {@code #lookUpReceipt}.
 */
package kg.trustbox.receipt;
