package kg.trustbox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.document.OutcomesBoardView;
import kg.trustbox.document.ReceiptFormsView;
import kg.trustbox.document.SchoolHeader;
import kg.trustbox.document.Signatory;
import kg.trustbox.receipt.IssuedReceipts;
import kg.trustbox.receipt.PublishedOutcomes;
import kg.trustbox.receipt.ReceiptDigest;
import kg.trustbox.receipt.ReceiptKey;
import kg.trustbox.receipt.Receipts;
import kg.trustbox.report.Quarter;
import kg.trustbox.school.Language;
import kg.trustbox.school.SchoolId;

/**
 * The documents and counts of receipts: the forms sheet of a batch, the outcomes board of
 * a quarter, and how many anonymous appeals decided in a period have an outcome published. Board
 * marks are computed here, under the school's receipt key; nothing here is stored. Not API.
 */
final class ReceiptViews {
    private final Desk desk;

    ReceiptViews(Desk desk) {
        this.desk = desk;
    }

    private SchoolId school() {
        return desk.school().id();
    }

    private Receipts receipts() {
        return desk.stores().receipts();
    }

    ReceiptFormsView forms(IssuedReceipts issued, Language language, SchoolHeader header, Signatory lookup) {
        Objects.requireNonNull(issued, "issued");
        if (!issued.batch().school().equals(school())) {
            throw new IllegalArgumentException("the batch is another school's");
        }
        ReceiptKey key = receipts().key(school());
        return new ReceiptFormsView(language, header, issued.batch(),
                issued.codes().stream().map(c -> new ReceiptFormsView.Form(c, key.boardMark(key.digest(c)))).toList(), lookup);
    }

    OutcomesBoardView board(Quarter quarter, Language language, SchoolHeader header) {
        Objects.requireNonNull(quarter, "quarter");
        // the quarter's decided appeals, then the receipts and outcomes of those: reads that follow the quarter
        List<Appeal> decided = decided(quarter.first(), quarter.last());
        List<AppealId> ids = decided.stream().map(Appeal::id).toList();
        Map<AppealId, ReceiptDigest> attached = receipts().attachedTo(school(), ids);
        Map<AppealId, String> published = receipts().outcomesOf(school(), attached.keySet());
        ReceiptKey key = receipts().key(school());
        List<OutcomesBoardView.Entry> entries = new ArrayList<>();
        for (Appeal a : decided) {
            if (attached.containsKey(a.id())) {
                entries.add(new OutcomesBoardView.Entry(key.boardMark(attached.get(a.id())), a.decision().orElseThrow().verdict(),
                        Optional.ofNullable(published.get(a.id()))));
            }
        }
        entries.sort(Comparator.comparing(OutcomesBoardView.Entry::mark));
        return new OutcomesBoardView(language, header, quarter, desk.today(), entries);
    }

    /** The anonymous appeals decided from {@code from} to {@code to}, counted by receipt and published outcome. */
    PublishedOutcomes outcomes(LocalDate from, LocalDate to) {
        return outcomes(decided(from, to), from, to);
    }

    /**
     * The anonymous appeals among {@code appeals} decided from {@code from} to {@code to}, counted by
     * receipt and published outcome; the receipts and outcomes are read for those appeals only.
     */
    PublishedOutcomes outcomes(Collection<Appeal> appeals, LocalDate from, LocalDate to) {
        List<Appeal> decided = appeals.stream().filter(a -> a.isAnonymous() && decidedBetween(a, from, to)).toList();
        Set<AppealId> attached = receipts().attachedTo(school(), decided.stream().map(Appeal::id).toList()).keySet();
        return count(decided, attached, receipts().outcomesOf(school(), attached).keySet());
    }

    /** The appeals decided from {@code from} to {@code to}, read from those undecided or decided since {@code from}. */
    private List<Appeal> decided(LocalDate from, LocalDate to) {
        java.time.ZoneId zone = desk.school().zone();
        return desk.stores().appeals().undecidedOrDecidedSince(school(), from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant()).stream().filter(a -> decidedBetween(a, from, to)).toList();
    }

    /** {@code decided}'s anonymous appeals, counted by receipt and published outcome. */
    static PublishedOutcomes count(Collection<Appeal> decided, Set<AppealId> attached, Set<AppealId> published) {
        int anonymous = 0;
        int withReceipt = 0;
        int withOutcome = 0;
        for (Appeal a : decided) {
            if (!a.isAnonymous() || a.decision().isEmpty()) {
                continue;
            }
            anonymous++;
            if (attached.contains(a.id())) {
                withReceipt++;
                if (published.contains(a.id())) {
                    withOutcome++;
                }
            }
        }
        return new PublishedOutcomes(anonymous, withReceipt, withOutcome);
    }

    private boolean decidedBetween(Appeal a, LocalDate from, LocalDate to) {
        return a.decision().isPresent() && a.decidedAt().map(desk::day).filter(d -> !d.isBefore(from) && !d.isAfter(to)).isPresent();
    }
}
