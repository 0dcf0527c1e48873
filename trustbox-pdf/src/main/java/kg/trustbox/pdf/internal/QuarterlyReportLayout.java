package kg.trustbox.pdf.internal;

import kg.trustbox.document.Wording;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Table;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.properties.TextAlignment;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.document.QuarterlyReportView;
import kg.trustbox.report.Figures;

/**
 * The quarterly analytical report: tables of this quarter beside the previous
 * one, a chart of appeals by category, the recurring problems and the responsible person's
 * signature. Figures only: the view carries no personal data and the report adds none.
 *
 * <p>Not API. Stateless.
 */
final class QuarterlyReportLayout {
    private static final float[] COMPARISON = {52, 16, 16, 16};
    private static final float[] OVERDUE = {8, 21, 20, 17, 21, 13};
    private static final float[] RECEIPTS = {80, 20};
    /** A light fill behind the warning on overdue appeals: prominent, and still black on light in print. */
    private static final Color ALERT_FILL = new DeviceRgb(253, 236, 200);

    private QuarterlyReportLayout() {
    }

    static void render(QuarterlyReportView view, Assets assets, OutputStream out) {
        Wording w = Wording.of(view.language());
        String year = Integer.toString(view.year());
        String quarter = Wording.roman(view.quarter());
        String title = w.text("report.title", year, quarter);
        Sheet sheet = Sheet.open(out, assets, w, title, Sheet.withAnchor(w, w.text("report.short", year, quarter), view.school()), view.school().name(), true);
        int previousYear = view.quarter() == 1 ? view.year() - 1 : view.year();
        int previousQuarter = view.quarter() == 1 ? 4 : view.quarter() - 1;
        String thisName = w.text("report.quarter", year, quarter);
        String previousName = w.text("report.quarter", Integer.toString(previousYear), Wording.roman(previousQuarter));
        Figures now = view.current();
        Figures before = view.previous();

        sheet.schoolHeader(view.school());
        sheet.title(title, w.date(view.preparedOn()));
        if (!view.overdue().isEmpty()) {
            // where a reader looks first: the appeals the school owes an answer past their term
            sheet.doc().add(sheet.paragraph(w.text("report.overdue.alert", Integer.toString(view.overdue().size()),
                            numbers(view.overdue())))
                    .setFont(sheet.bold()).setTextAlignment(TextAlignment.LEFT)
                    .setBorder(new SolidBorder(ColorConstants.BLACK, 1f)).setBackgroundColor(ALERT_FILL)
                    .setPadding(6).setMarginTop(0).setMarginBottom(8));
        }

        sheet.heading(w.text("report.section.received"));
        Table received = comparison(sheet, w, w.text("report.col.indicator"), thisName, previousName);
        row(sheet, received, w.text("report.received"), now.received(), before.received());
        sub(sheet, received, w.text("report.signed"), now.signed(), before.signed());
        sub(sheet, received, w.text("report.anonymous"), now.anonymous(), before.anonymous());
        sub(sheet, received, w.text("report.kyrgyz"), now.kyrgyz(), before.kyrgyz());
        sub(sheet, received, w.text("report.russian"), now.russian(), before.russian());
        sub(sheet, received, w.text("report.other"), now.otherLanguage(), before.otherLanguage());
        sheet.doc().add(received);

        sheet.heading(w.text("report.section.category"));
        Table categories = comparison(sheet, w, w.text("report.col.indicator"), thisName, previousName);
        List<String> labels = new ArrayList<>();
        int[] current = new int[Category.values().length];
        int[] previous = new int[Category.values().length];
        for (Category category : Category.values()) {
            String label = w.text("category." + category.name());
            labels.add(label);
            current[category.ordinal()] = count(now.byCategory(), category);
            previous[category.ordinal()] = count(before.byCategory(), category);
            row(sheet, categories, label, current[category.ordinal()], previous[category.ordinal()]);
        }
        sheet.doc().add(categories);
        String caption = w.text("report.chart.title", thisName, previousName);
        sheet.doc().add(sheet.paragraph(caption)
                .setFont(sheet.bold()).setFontSize(Sheet.TABLE_SIZE).setKeepWithNext(true).setMarginTop(4));
        sheet.figure(BarChart.draw(sheet, labels, current, previous, thisName, previousName, 440),
                BarChart.describe(caption, labels, current, previous, thisName, previousName));

        sheet.heading(w.text("report.section.outcome"));
        Table outcome = comparison(sheet, w, w.text("report.col.indicator"), thisName, previousName);
        for (Verdict verdict : Verdict.values()) {
            row(sheet, outcome, w.text("verdict." + verdict.name()), count(now.byVerdict(), verdict),
                    count(before.byVerdict(), verdict));
        }
        row(sheet, outcome, w.text("report.onTime"), now.decidedOnTime(), before.decidedOnTime());
        row(sheet, outcome, w.text("report.late"), now.decidedLate(), before.decidedLate());
        row(sheet, outcome, w.text("report.overdue"), now.overdue(), before.overdue());
        outcome.addCell(sheet.cell(w.text("report.median")));
        double medianNow = now.medianDaysToDecision();
        double medianBefore = before.medianDaysToDecision();
        String dash = w.text("dash");
        outcome.addCell(sheet.number(Double.isFinite(medianNow) ? decimal(medianNow) : dash));
        outcome.addCell(sheet.number(Double.isFinite(medianBefore) ? decimal(medianBefore) : dash));
        outcome.addCell(sheet.number(Double.isFinite(medianNow) && Double.isFinite(medianBefore)
                ? change(BigDecimal.valueOf(medianNow).subtract(BigDecimal.valueOf(medianBefore)))
                : dash));
        row(sheet, outcome, w.text("report.longest"), now.longestDaysToDecision(), before.longestDaysToDecision());
        sheet.doc().add(outcome);
        overdue(sheet, w, view);
        view.anonymousOutcomes().ifPresent(counts -> anonymousOutcomes(sheet, w, thisName, counts));

        sheet.heading(w.text("report.section.forwarded"));
        if (now.forwardedTo().isEmpty() && before.forwardedTo().isEmpty()) {
            sheet.add(w.text("report.forwarded.none"));
        } else {
            Table forwarded = comparison(sheet, w, w.text("report.col.body"), thisName, previousName);
            for (String body : keys(now.forwardedTo(), before.forwardedTo())) {
                row(sheet, forwarded, body, count(now.forwardedTo(), body), count(before.forwardedTo(), body));
            }
            sheet.doc().add(forwarded);
        }

        sheet.heading(w.text("report.section.box"));
        Table box = comparison(sheet, w, w.text("report.col.indicator"), thisName, previousName);
        row(sheet, box, w.text("report.openings"), now.openings(), before.openings());
        row(sheet, box, w.text("report.deviations"), now.deviations(), before.deviations());
        row(sheet, box, w.text("report.missed"), now.missedTuesdays(), before.missedTuesdays());
        row(sheet, box, w.text("report.incidents"), now.incidents(), before.incidents());
        sheet.doc().add(box);

        // the last section's text (or, without one, the whole section) goes with the signature
        List<IBlockElement> problems = new ArrayList<>();
        problems.add(sheet.headingElement(w.text("report.section.problems")).setKeepWithNext(true));
        if (now.tags().isEmpty() && before.tags().isEmpty()) {
            problems.add(sheet.paragraph(w.text("report.tags.none")));
        } else {
            Table tags = comparison(sheet, w, w.text("report.col.tag"), thisName, previousName);
            for (String tag : keys(now.tags(), before.tags())) {
                row(sheet, tags, tag, count(now.tags(), tag), count(before.tags(), tag));
            }
            problems.add(tags);
        }
        List<IBlockElement> lead = new ArrayList<>();
        if (view.recurringProblems() != null && !view.recurringProblems().isBlank()) {
            for (IBlockElement element : problems) {
                sheet.doc().add(element);
            }
            lead.add(sheet.paragraph(view.recurringProblems()));
        } else {
            lead.addAll(problems);
        }
        lead.add(sheet.paragraph(w.text("report.noPersonalData")).setFontSize(Sheet.TABLE_SIZE).setMarginTop(8));
        sheet.signatures(lead, null, List.of(view.preparedBy()), null);
        sheet.finish();
    }

    /**
     * The appeals overdue at the quarter's end, one row each (registration number, registered,
     * category, due date, days past it at the quarter's end), or a line saying there are none.
     */
    private static void overdue(Sheet sheet, Wording w, QuarterlyReportView view) {
        if (view.overdue().isEmpty()) {
            if (view.current().overdue() == 0) {
                sheet.add(w.text("report.overdue.none"));
            }
            return;
        }
        sheet.doc().add(sheet.paragraph(w.text("report.overdue.heading")).setFont(sheet.bold())
                .setTextAlignment(TextAlignment.LEFT).setKeepWithNext(true).setMarginTop(4).setMarginBottom(0));
        LocalDate end = LocalDate.of(view.year(), view.quarter() * 3, 1).with(TemporalAdjusters.lastDayOfMonth());
        Table table = sheet.table(OVERDUE, w.text("report.overdue.col.line"), w.text("report.overdue.col.number"),
                w.text("report.overdue.col.registered"), w.text("report.overdue.col.category"), w.text("report.overdue.col.due"),
                w.text("report.overdue.col.days"));
        int line = 0;
        for (QuarterlyReportView.Overdue appeal : view.overdue()) {
            table.addCell(sheet.centred(Integer.toString(++line)));
            table.addCell(sheet.cell(appeal.number().toString()).setFont(sheet.bold()));
            table.addCell(sheet.cell(w.date(appeal.registeredOn())));
            table.addCell(sheet.cell(w.text("category." + appeal.category().name())));
            table.addCell(sheet.cell(w.date(appeal.due())));
            table.addCell(sheet.number(Long.toString(ChronoUnit.DAYS.between(appeal.due(), end))));
        }
        sheet.doc().add(table);
    }

    /** "№ 2026-0005, № 2026-0009". */
    private static String numbers(List<QuarterlyReportView.Overdue> overdue) {
        List<String> numbers = new ArrayList<>();
        for (QuarterlyReportView.Overdue appeal : overdue) {
            numbers.add("№ " + appeal.number());
        }
        return String.join(", ", numbers);
    }

    private static Table comparison(Sheet sheet, Wording w, String first, String thisName, String previousName) {
        // small tables stay on one page; a long one (many bodies or tags) may still split
        return sheet.table(COMPARISON, first, thisName, previousName, w.text("report.col.change")).setKeepTogether(true);
    }

    /**
     * How many anonymous appeals decided in the quarter their authors can learn the outcome of
     * through a receipt: this quarter only, as the receipts count it.
     */
    private static void anonymousOutcomes(Sheet sheet, Wording w, String thisName, kg.trustbox.receipt.PublishedOutcomes counts) {
        sheet.doc().add(sheet.paragraph(w.text("report.receipts")).setFont(sheet.bold()).setKeepWithNext(true).setMarginTop(8));
        // four rows: kept whole, with their heading
        Table table = sheet.table(RECEIPTS, w.text("report.col.indicator"), thisName);
        table.setKeepTogether(true);
        table.addCell(sheet.cell(w.text("report.receipts.decided")));
        table.addCell(sheet.number(Integer.toString(counts.anonymousDecided())));
        table.addCell(sheet.cell(w.text("report.receipts.withReceipt")).setPaddingLeft(14));
        table.addCell(sheet.number(Integer.toString(counts.withReceipt())));
        table.addCell(sheet.cell(w.text("report.receipts.published")).setPaddingLeft(14));
        table.addCell(sheet.number(Integer.toString(counts.published())));
        table.addCell(sheet.cell(w.text("report.receipts.unpublished")).setPaddingLeft(14));
        table.addCell(sheet.number(Integer.toString(counts.unpublished())));
        sheet.doc().add(table);
    }

    private static void row(Sheet sheet, Table table, String label, int now, int before) {
        table.addCell(sheet.cell(label));
        figures(sheet, table, now, before);
    }

    /** A row that details the row above it, indented. */
    private static void sub(Sheet sheet, Table table, String label, int now, int before) {
        table.addCell(sheet.cell(label).setPaddingLeft(14));
        figures(sheet, table, now, before);
    }

    private static void figures(Sheet sheet, Table table, int now, int before) {
        table.addCell(sheet.number(Integer.toString(now)));
        table.addCell(sheet.number(Integer.toString(before)));
        table.addCell(sheet.number(change(BigDecimal.valueOf((long) now - before))));
    }

    /**
     * A difference with its sign: "+2", "-1", "0", "-0,5" (hyphen-minus: the font has no U+2212;
     * decimal comma, as both languages write it).
     */
    private static String change(BigDecimal difference) {
        String text = difference.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString().replace('.', ',');
        return difference.signum() > 0 ? "+" + text : text;
    }

    /** A number with at most one decimal, with a decimal comma. */
    private static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                .replace('.', ',');
    }

    private static <K> int count(Map<K, Integer> map, K key) {
        Integer value = map.get(key);
        return value == null ? 0 : value;
    }

    private static TreeSet<String> keys(Map<String, Integer> a, Map<String, Integer> b) {
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
