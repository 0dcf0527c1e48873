package kg.trustbox.pdf.internal;

import kg.trustbox.document.Wording;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Table;
import java.io.OutputStream;
import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.List;
import kg.trustbox.document.WithdrawalActView;

/**
 * The withdrawal act (Appendix 2, R-4.3): title with number and date, the regulation's opening
 * sentence, the findings on box, seal and appeals, the table of appeals (header on every page)
 * and the signature lines of those present.
 *
 * <p>Not API. Stateless.
 */
final class WithdrawalActLayout {
    private static final float[] COLUMNS = {7, 33, 33, 27};
    /**
     * How many of the table's last rows go with the signatures, so a page of signatures shows what
     * is signed: two, as an official document keeps at least two lines of text with its signature.
     */
    private static final int ROWS_WITH_SIGNATURES = 2;

    private WithdrawalActLayout() {
    }

    static void render(WithdrawalActView view, Assets assets, OutputStream out) {
        Wording w = Wording.of(view.language());
        String number = Integer.toString(view.number());
        String title = w.text("act.title", number);
        Sheet sheet = Sheet.open(out, assets, w, title, Sheet.withAnchor(w, w.text("act.short", number), view.school()), view.school().name(), true);

        sheet.schoolHeader(view.school());
        sheet.title(title, w.date(view.openedAt().toLocalDate()));
        sheet.add(w.text("act.opening", w.date(view.openedAt().toLocalDate()), w.time(view.openedAt().toLocalTime())));
        sheet.add(w.text("act.location", view.school().boxLocation()));
        view.deviation().ifPresent(reason -> sheet.add(w.text("act.deviation", sentence(reason))));

        List<String> findings = new ArrayList<>();
        findings.add(w.text(view.boxDamaged() ? "act.box.damaged" : "act.box.intact"));
        findings.add(w.text(view.sealIntact() ? "act.seal.intact" : "act.seal.broken", view.sealFound()));
        findings.add(view.sealMatches()
                ? w.text("act.seal.matches", view.sealExpected())
                : w.text("act.seal.mismatch", view.sealExpected()));
        findings.add(view.lines().isEmpty()
                ? w.text("act.appeals.none")
                : w.text("act.appeals.some", Integer.toString(view.lines().size())));

        List<WithdrawalActView.Line> lines = view.lines();
        if (lines.isEmpty()) {
            // nothing to list: the findings go with the signatures
            sheet.signatures(List.of(sheet.headingElement(w.text("act.found")), sheet.listElement(findings, false, 1)),
                    w.text("act.present"), view.present(), null);
            sheet.finish();
            return;
        }
        sheet.heading(w.text("act.found"));
        sheet.list(findings, false);

        String[] headers = {w.text("act.col.number"), w.text("act.col.from"), w.text("act.col.address"),
                w.text("act.col.note")};
        // the table's last rows go with the signatures; the rest streams (up to 10,000 rows)
        int end = Math.max(0, lines.size() - ROWS_WITH_SIGNATURES);
        if (end == 0) {
            Table table = sheet.table(COLUMNS, headers);
            for (WithdrawalActView.Line line : lines) {
                row(sheet, w, line, table::addCell);
            }
            sheet.signatures(List.of(sheet.headingElement(w.text("act.list")).setKeepWithNext(true), table),
                    w.text("act.present"), view.present(), null);
        } else {
            sheet.heading(w.text("act.list"));
            Sheet.LongTable table = sheet.longTable(COLUMNS, headers);
            for (WithdrawalActView.Line line : lines.subList(0, end)) {
                row(sheet, w, line, table::add);
            }
            table.complete();
            // on this page, the last rows join the table; on the next, they say it is continued
            Div here = sheet.closing(List.of(tableEnd(sheet, w, false, headers, lines.subList(end, lines.size()))),
                    w.text("act.present"), view.present(), null);
            if (sheet.fitsOnThisPage(here)) {
                sheet.doc().add(here);
            } else {
                sheet.continuedNote();
                sheet.signatures(List.of(tableEnd(sheet, w, true, headers, lines.subList(end, lines.size()))),
                        w.text("act.present"), view.present(), null);
            }
        }
        sheet.finish();
    }

    /** {@code text} as a sentence: with a full stop at its end unless it ends with one (or "!", "?", "…"). */
    private static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() || ".!?…".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0 ? trimmed : trimmed + ".";
    }

    private static Table tableEnd(Sheet sheet, Wording w, boolean onNewPage, String[] headers,
                                  List<WithdrawalActView.Line> lines) {
        Table table = sheet.tableEnd(onNewPage, COLUMNS, headers);
        for (WithdrawalActView.Line line : lines) {
            row(sheet, w, line, table::addCell);
        }
        return table;
    }

    private static void row(Sheet sheet, Wording w, WithdrawalActView.Line line, Consumer<Cell> cells) {
        String dash = w.text("dash");
        cells.accept(sheet.centred(Integer.toString(line.number())));
        cells.accept(sheet.cell(line.withheld() ? w.text("act.withheld")
                : line.fromWhom().filter(s -> !s.isBlank()).orElse(w.text("act.anonymous"))));
        cells.accept(sheet.cell(line.returnAddress().filter(s -> !s.isBlank()).orElse(dash)));
        // the act says that a receipt is attached, never its code
        String note = line.note() == null ? "" : line.note().strip();
        if (line.withReceipt()) {
            note = note.isEmpty() ? w.text("act.receipt") : note + "; " + w.text("act.receipt");
        }
        cells.accept(sheet.cell(note.isEmpty() ? dash : note));
    }
}
