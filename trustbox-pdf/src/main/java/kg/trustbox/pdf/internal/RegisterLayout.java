package kg.trustbox.pdf.internal;

import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import kg.trustbox.appeal.Forwarding;
import kg.trustbox.document.RegisterView;
import kg.trustbox.document.Signatory;
import kg.trustbox.document.Wording;

/**
 * The register of appeals (Law No. 67, R-4.4, R-1.5.1, R-1.5.2), an extract for a period: A4
 * landscape, one row per appeal in registration-number order with the law's columns, the header
 * on every page and "continued" where the table breaks, ending with "certified true" and the
 * responsible person's signature kept with the table's last row. Names and summaries print only
 * as the view carries them; what it withholds prints as withheld.
 *
 * <p>Not API. Stateless.
 */
final class RegisterLayout {
    /**
     * In points of the 728 pt between the margins, each wide enough for the longest word of its
     * header and cells at 8 pt ("регистрации", "рассмотрения", "необоснованное", "направляется:",
     * "24.12.2026 чейин"), so that no word breaks inside. The term and its extension share a column.
     */
    private static final float[] COLUMNS = {52, 66, 74, 66, 82, 72, 80, 80, 76, 80};
    /**
     * How many of the table's last rows go with the certification and the signature, so that the
     * page that holds them shows what is certified: one, as a row of the register runs to several
     * lines.
     */
    private static final int ROWS_WITH_SIGNATURES = 1;

    private RegisterLayout() {
    }

    static void render(RegisterView view, Assets assets, OutputStream out) {
        Wording w = Wording.of(view.language());
        String title = w.text("register.title");
        // landscape: the law's eleven columns, the term and its extension in one
        Sheet sheet = Sheet.open(out, assets, w, title, Sheet.withAnchor(w, w.text("register.short"), view.school()),
                view.school().name(), false).compactTables();

        sheet.schoolHeader(view.school());
        sheet.title(title, w.text("register.period", w.date(view.from()), w.date(view.to())));
        sheet.add(w.text("register.confidential"));

        List<RegisterView.Row> rows = view.rows();
        List<Signatory> keeper = List.of(view.keptBy());
        List<String> date = List.of(w.date(view.issuedOn()));
        Paragraph count = sheet.paragraph(rows.isEmpty() ? w.text("register.empty")
                : w.text("register.count", Integer.toString(rows.size())));
        if (rows.size() <= ROWS_WITH_SIGNATURES) {
            List<IBlockElement> lead = new ArrayList<>();
            lead.add(count);
            if (!rows.isEmpty()) {
                Table table = sheet.table(COLUMNS, headers(w));
                rows.forEach(row -> row(sheet, w, view, row, table::addCell));
                lead.add(table);
            }
            lead.add(certification(sheet, w));
            sheet.signatures(lead, null, keeper, date);
            sheet.finish();
            return;
        }
        sheet.doc().add(count);
        int end = rows.size() - ROWS_WITH_SIGNATURES;
        Sheet.LongTable table = sheet.longTable(COLUMNS, headers(w));
        for (RegisterView.Row row : rows.subList(0, end)) {
            row(sheet, w, view, row, table::add);
        }
        table.complete();
        List<RegisterView.Row> last = rows.subList(end, rows.size());
        // on this page, the last row joins the table; on the next, it says the table is continued
        Div here = sheet.closing(List.of(tableEnd(sheet, w, view, false, last), certification(sheet, w)), null, keeper, date);
        if (sheet.fitsOnThisPage(here)) {
            sheet.doc().add(here);
        } else {
            sheet.continuedNote();
            sheet.signatures(List.of(tableEnd(sheet, w, view, true, last), certification(sheet, w)), null, keeper, date);
        }
        sheet.finish();
    }

    /** "Выписка верна." / "Көчүрмө туура.": the line over the responsible person's signature. */
    private static Paragraph certification(Sheet sheet, Wording w) {
        return sheet.paragraph(w.text("register.certified")).setMarginTop(10).setMarginBottom(0);
    }

    private static String[] headers(Wording w) {
        return new String[] {w.text("register.col.number"), w.text("register.col.registered"), w.text("register.col.from"),
                w.text("register.col.category"), w.text("register.col.summary"), w.text("register.col.executor"),
                w.text("register.col.due"), w.text("register.col.forwarded"),
                w.text("register.col.decision"), w.text("register.col.answer")};
    }

    private static Table tableEnd(Sheet sheet, Wording w, RegisterView view, boolean onNewPage, List<RegisterView.Row> rows) {
        Table table = sheet.tableEnd(onNewPage, COLUMNS, headers(w));
        rows.forEach(row -> row(sheet, w, view, row, table::addCell));
        return table;
    }

    private static void row(Sheet sheet, Wording w, RegisterView view, RegisterView.Row row, Consumer<Cell> cells) {
        String dash = w.text("dash");
        cells.accept(sheet.centred(row.number().toString()));
        cells.accept(sheet.cell(day(row.registeredOn())));
        // the register says that a receipt is attached, never its code
        cells.accept(sheet.cell(author(w, row.from()) + (row.withReceipt() ? ",\n" + w.text("register.receipt") : "")));
        cells.accept(sheet.cell(w.text("category." + row.category().name())));
        cells.accept(sheet.cell(row.summary().orElse(w.text("register.summary.withheld"))));
        cells.accept(sheet.cell(row.executor().orElse(dash)));
        cells.accept(sheet.cell(day(row.due()) + row.extendedTo().map(d -> "\n" + w.text("register.extended", day(d))).orElse("")));
        cells.accept(sheet.cell(forwardings(w, row.forwardings())));
        Cell decision = sheet.cell(decision(w, view, row));
        cells.accept(row.isOverdueOn(view.issuedOn()) ? decision.setFont(sheet.bold()) : decision);
        cells.accept(sheet.cell(row.decision().flatMap(RegisterView.Decided::reply).map(reply -> reply(w, reply)).orElse(dash)));
    }

    /**
     * A date in a cell of the register, as a register is filled in: {@code 25.11.2026}. The written
     * form ("«25» ноября 2026 г.", "2026-жылдын 25-ноябры") is the title's and the signature's; in
     * ten narrow columns it would break into pieces.
     */
    static String day(LocalDate date) {
        return String.format(Locale.ROOT, "%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    static String author(Wording w, RegisterView.Author author) {
        if (author instanceof RegisterView.Named named) {
            return named.fullName();
        }
        return w.text(author instanceof RegisterView.Anonymous ? "register.anonymous" : "register.withheld");
    }

    private static String forwardings(Wording w, List<Forwarding> forwardings) {
        if (forwardings.isEmpty()) {
            return w.text("dash");
        }
        List<String> parts = new ArrayList<>();
        for (Forwarding f : forwardings) {
            parts.add(w.text("register.forwarded", f.body(), f.letterNumber(), day(f.date())));
        }
        return String.join(";\n", parts);
    }

    /** The verdict and its day; undecided, whether the term still runs or has run out on the day of the extract. */
    private static String decision(Wording w, RegisterView view, RegisterView.Row row) {
        return row.decision().map(d -> w.text("register.verdict." + d.verdict().name()) + ",\n" + day(d.decidedOn()))
                .orElse(w.text(row.isOverdueOn(view.issuedOn()) ? "register.overdue" : "register.pending"));
    }

    private static String reply(Wording w, RegisterView.Reply reply) {
        if (reply instanceof RegisterView.Answered answered) {
            return day(answered.on()) + ",\n" + w.text("register.channel." + answered.channel().name());
        }
        RegisterView.NotAnswered closed = (RegisterView.NotAnswered) reply;
        return w.text("register.closed." + closed.reason().name()) + ",\n" + day(closed.on());
    }
}
