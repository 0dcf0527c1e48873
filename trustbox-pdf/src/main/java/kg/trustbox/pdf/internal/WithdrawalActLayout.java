package kg.trustbox.pdf.internal;

import kg.trustbox.document.Wording;
import java.io.OutputStream;
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
    private WithdrawalActLayout() {
    }

    static void render(WithdrawalActView view, Assets assets, OutputStream out) {
        Wording w = Wording.of(view.language());
        String number = Integer.toString(view.number());
        String title = w.text("act.title", number);
        Sheet sheet = Sheet.open(out, assets, w, title, w.text("act.short", number), view.school().name(), true);

        sheet.schoolHeader(view.school());
        sheet.title(title, w.date(view.openedAt().toLocalDate()));
        sheet.add(w.text("act.opening", w.date(view.openedAt().toLocalDate()), w.time(view.openedAt().toLocalTime())));
        sheet.add(w.text("act.location", view.school().boxLocation()));
        view.deviation().ifPresent(reason -> sheet.add(w.text("act.deviation", reason)));

        List<String> findings = new ArrayList<>();
        findings.add(w.text(view.boxDamaged() ? "act.box.damaged" : "act.box.intact"));
        findings.add(w.text(view.sealIntact() ? "act.seal.intact" : "act.seal.broken", view.sealFound()));
        findings.add(view.sealMatches()
                ? w.text("act.seal.matches", view.sealExpected())
                : w.text("act.seal.mismatch", view.sealExpected()));
        findings.add(view.lines().isEmpty()
                ? w.text("act.appeals.none")
                : w.text("act.appeals.some", Integer.toString(view.lines().size())));
        sheet.heading(w.text("act.found"));
        sheet.list(findings, false);

        if (!view.lines().isEmpty()) {
            sheet.heading(w.text("act.list"));
            Sheet.LongTable table = sheet.longTable(new float[] {7, 33, 33, 27},
                    w.text("act.col.number"), w.text("act.col.from"), w.text("act.col.address"), w.text("act.col.note"));
            String dash = w.text("dash");
            for (WithdrawalActView.Line line : view.lines()) {
                table.add(sheet.centred(Integer.toString(line.number())));
                table.add(sheet.cell(line.withheld() ? w.text("act.withheld")
                        : line.fromWhom().filter(s -> !s.isBlank()).orElse(w.text("act.anonymous"))));
                table.add(sheet.cell(line.returnAddress().filter(s -> !s.isBlank()).orElse(dash)));
                table.add(sheet.cell(line.note() == null || line.note().isBlank() ? dash : line.note()));
            }
            table.complete();
        }

        sheet.heading(w.text("act.present"));
        sheet.signatures(view.present(), null);
        sheet.finish();
    }
}
