package kg.trustbox.store;

import java.util.Objects;
import kg.trustbox.ledger.Ledger;
import kg.trustbox.access.AccessLog;
import kg.trustbox.access.Declarations;
import kg.trustbox.appeal.Appeals;
import kg.trustbox.box.Boxes;
import kg.trustbox.box.OpeningJournal;
import kg.trustbox.commission.Commissions;
import kg.trustbox.meeting.Meetings;
import kg.trustbox.receipt.Receipts;
import kg.trustbox.report.QuarterlyReports;

/**
 * The ports an adapter provides, together: one set serves any number of schools. The core's
 * in-memory set is {@link kg.trustbox.store.memory.InMemoryStores}; trustbox-jdbc provides one
 * over a database.
 */
public record Stores(
        Transactions transactions,
        Commissions commissions,
        Boxes boxes,
        OpeningJournal journal,
        Appeals appeals,
        AccessLog accessLog,
        Meetings meetings,
        QuarterlyReports reports,
        Declarations declarations,
        Ledger ledger,
        Receipts receipts) {
    public Stores {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(commissions, "commissions");
        Objects.requireNonNull(boxes, "boxes");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(appeals, "appeals");
        Objects.requireNonNull(accessLog, "accessLog");
        Objects.requireNonNull(meetings, "meetings");
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(declarations, "declarations");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(receipts, "receipts");
    }
}
