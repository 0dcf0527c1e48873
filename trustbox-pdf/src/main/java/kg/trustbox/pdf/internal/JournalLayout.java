package kg.trustbox.pdf.internal;

import kg.trustbox.document.Wording;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import kg.trustbox.box.Incident;
import kg.trustbox.document.JournalView;
import kg.trustbox.document.Signatory;

/**
 * An extract of the opening journal: one row per opening and a line stating
 * whether the journal's hash chain verified. The journal names only commission members, never an
 * appellant.
 *
 * <p>Not API. Stateless.
 */
final class JournalLayout {
    private static final float[] COLUMNS = {4, 12, 12, 10, 8, 9, 24, 21};
    /**
     * How many of the table's last rows go with the certification and the signature, so that the
     * page that holds them shows what is certified: one, as a row of the journal (an opening, with
     * those present) runs to several lines.
     */
    private static final int ROWS_WITH_SIGNATURES = 1;

    private JournalLayout() {
    }

    static void render(JournalView view, Assets assets, OutputStream out) {
        Wording w = Wording.of(view.language());
        String title = w.text("journal.title");
        // landscape: eight columns, as a paper journal has them
        Sheet sheet = Sheet.open(out, assets, w, title, Sheet.withAnchor(w, w.text("journal.short"), view.school()), view.school().name(), false);

        sheet.schoolHeader(view.school());
        sheet.title(title, w.text("journal.period", w.date(view.from()), w.date(view.to())));

        sheet.add(view.rows().isEmpty()
                ? w.text("journal.empty")
                : w.text("journal.count", Integer.toString(view.rows().size())));
        // the verdict on the chain comes before the rows, where a reader looks first
        sheet.doc().add(sheet.paragraph(view.chainIntact()
                        ? w.text("journal.chain.intact")
                        : view.brokenAt().map(n -> w.text("journal.chain.broken", Long.toString(n)))
                                .orElse(w.text("journal.chain.broken.somewhere")))
                .setFont(sheet.bold()));
        // the extract ends with "certified true" and the certifier's signature, dated the day it is
        // issued, kept with the table's last rows
        List<JournalView.Row> rows = view.rows();
        List<Signatory> certifier = List.of(view.certifiedBy());
        List<String> date = List.of(w.date(view.issuedOn()));
        if (rows.isEmpty()) {
            sheet.signatures(List.of(certification(sheet, w)), null, certifier, date);
        } else if (rows.size() <= ROWS_WITH_SIGNATURES) {
            sheet.signatures(List.of(tableEnd(sheet, w, true, false, rows), certification(sheet, w)), null, certifier, date);
        } else {
            int end = rows.size() - ROWS_WITH_SIGNATURES;
            Table table = sheet.table(COLUMNS, headers(w)).setMarginBottom(0);
            for (JournalView.Row row : rows.subList(0, end)) {
                row(sheet, w, row, table);
            }
            sheet.doc().add(table);
            List<JournalView.Row> last = rows.subList(end, rows.size());
            // on this page, the last rows join the table; on the next, they say it is continued
            Div here = sheet.closing(List.of(tableEnd(sheet, w, false, false, last), certification(sheet, w)), null, certifier, date);
            if (sheet.fitsOnThisPage(here)) {
                sheet.doc().add(here);
            } else {
                sheet.continuedNote();
                sheet.signatures(List.of(tableEnd(sheet, w, false, true, last), certification(sheet, w)), null, certifier, date);
            }
        }
        sheet.finish();
    }

    /** "Выписка верна." / "Көчүрмө туура.": the line over the certifier's signature. */
    private static Paragraph certification(Sheet sheet, Wording w) {
        return sheet.paragraph(w.text("journal.certified")).setMarginTop(10).setMarginBottom(0);
    }

    private static String[] headers(Wording w) {
        return new String[] {w.text("journal.col.number"), w.text("journal.col.opened"), w.text("journal.col.seal"),
                w.text("journal.col.appeals"), w.text("journal.col.act"), w.text("journal.col.newSeal"),
                w.text("journal.col.present"), w.text("journal.col.deviations")};
    }

    /**
     * The table's last rows: a whole table when it has no other rows; the end of the table above,
     * or on a new page its continuation under the words "table continued" and the header.
     */
    private static Table tableEnd(Sheet sheet, Wording w, boolean whole, boolean onNewPage, List<JournalView.Row> rows) {
        Table table = whole ? sheet.table(COLUMNS, headers(w)) : sheet.tableEnd(onNewPage, COLUMNS, headers(w));
        for (JournalView.Row row : rows) {
            row(sheet, w, row, table);
        }
        return table;
    }

    private static void row(Sheet sheet, Wording w, JournalView.Row row, Table table) {
        boolean broken = row.incidents().contains(Incident.SEAL_BROKEN);
        table.addCell(sheet.centred(Long.toString(row.sequence())));
        table.addCell(sheet.cell(w.dateTime(row.openedAt(), "\n")));
        table.addCell(sheet.cell(row.sealFound() + "\n" + w.text(broken ? "journal.seal.broken" : "journal.seal.intact")));
        table.addCell(sheet.centred(Integer.toString(row.appealCount())));
        table.addCell(sheet.centred(row.actNumber().map(String::valueOf).orElse(w.text("dash"))));
        table.addCell(sheet.cell(row.newSeal()));
        table.addCell(sheet.cell(String.join(",\n", row.present())));
        table.addCell(sheet.cell(deviations(row, w)));
    }

    private static String deviations(JournalView.Row row, Wording w) {
        List<String> parts = new ArrayList<>();
        row.deviation().filter(d -> !d.isBlank()).ifPresent(d -> parts.add(w.text("journal.deviation", d)));
        for (Incident incident : Incident.values()) {
            if (row.incidents().contains(incident)) {
                parts.add(w.text("journal.incident." + incident.name()));
            }
        }
        return parts.isEmpty() ? w.text("none") : String.join(";\n", parts);
    }
}
