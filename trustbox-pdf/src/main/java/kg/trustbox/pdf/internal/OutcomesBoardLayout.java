package kg.trustbox.pdf.internal;

import com.itextpdf.layout.element.Table;
import java.io.OutputStream;
import kg.trustbox.document.OutcomesBoardView;
import kg.trustbox.document.Wording;

/**
 * The outcomes board: the appeals with a receipt decided in a quarter, by the mark on
 * their stubs, with the verdict and the published outcome; no code, no date, no number.
 *
 * <p>Not API. Stateless.
 */
final class OutcomesBoardLayout {
    private static final float[] COLUMNS = {16, 24, 60};

    private OutcomesBoardLayout() {
    }

    static void render(OutcomesBoardView view, Assets assets, OutputStream out) {
        Wording w = Wording.of(view.language());
        String period = w.text("board.period", Integer.toString(view.quarter().year()), Wording.roman(view.quarter().quarter()));
        String title = w.text("board.title");
        Sheet sheet = Sheet.open(out, assets, w, title + ", " + period, w.text("board.short", period), view.school().name(), true);
        sheet.schoolHeader(view.school());
        sheet.title(title, period);
        sheet.add(w.text("board.intro"));
        if (view.entries().isEmpty()) {
            sheet.add(w.text("board.none"));
        } else {
            Sheet.LongTable table = sheet.longTable(COLUMNS, w.text("board.col.mark"), w.text("board.col.verdict"),
                    w.text("board.col.outcome"));
            for (OutcomesBoardView.Entry e : view.entries()) {
                table.add(sheet.centred(e.mark().grouped()).setFont(sheet.bold()));
                table.add(sheet.cell(w.text("board.verdict." + e.verdict().name())));
                table.add(sheet.cell(e.outcome().orElse(w.text("board.noOutcome"))));
            }
            table.complete();
        }
        sheet.add(w.text("board.posted", w.date(view.postedOn())));
        sheet.finish();
    }
}
