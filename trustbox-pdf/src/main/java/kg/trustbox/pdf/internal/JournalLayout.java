package kg.trustbox.pdf.internal;

import kg.trustbox.document.Wording;
import com.itextpdf.layout.element.Table;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import kg.trustbox.box.Incident;
import kg.trustbox.document.JournalView;

/**
 * An extract of the opening journal: one row per opening and a line stating
 * whether the journal's hash chain verified. The journal names only commission members, never an
 * appellant.
 *
 * <p>Not API. Stateless.
 */
final class JournalLayout {
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
        if (!view.rows().isEmpty()) {
            Table table = sheet.table(new float[] {4, 12, 12, 10, 8, 9, 24, 21},
                    w.text("journal.col.number"), w.text("journal.col.opened"), w.text("journal.col.seal"),
                    w.text("journal.col.appeals"), w.text("journal.col.act"), w.text("journal.col.newSeal"),
                    w.text("journal.col.present"), w.text("journal.col.deviations"));
            String dash = w.text("dash");
            for (JournalView.Row row : view.rows()) {
                boolean broken = row.incidents().contains(Incident.SEAL_BROKEN);
                table.addCell(sheet.centred(Long.toString(row.sequence())));
                table.addCell(sheet.cell(w.dateTime(row.openedAt(), "\n")));
                table.addCell(sheet.cell(row.sealFound() + "\n" + w.text(broken ? "journal.seal.broken" : "journal.seal.intact")));
                table.addCell(sheet.centred(Integer.toString(row.appealCount())));
                table.addCell(sheet.centred(row.actNumber().map(String::valueOf).orElse(dash)));
                table.addCell(sheet.cell(row.newSeal()));
                table.addCell(sheet.cell(String.join(",\n", row.present())));
                table.addCell(sheet.cell(deviations(row, w)));
            }
            sheet.doc().add(table);
        }

        sheet.finish();
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
