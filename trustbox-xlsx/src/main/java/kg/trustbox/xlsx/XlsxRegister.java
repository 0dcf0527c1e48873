package kg.trustbox.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import kg.trustbox.appeal.Forwarding;
import kg.trustbox.document.RegisterView;
import kg.trustbox.document.SafeText;
import kg.trustbox.document.Wording;
import kg.trustbox.outcome.DocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The register of appeals (Law No. 67, R-4.4, R-1.5.1, R-1.5.2) as a spreadsheet for the
 * ministry: one sheet, a header row in the view's language (Kyrgyz or Russian), frozen and with an
 * autofilter, then one row per appeal in registration-number order. Cells are typed: the
 * registration number 2026-0017 is the number 20260017 shown as {@code 2026-0017} (it sorts and
 * filters as a number across years), dates are dates, the rest text.
 *
 * <p>The spreadsheet holds exactly what the {@link RegisterView} holds: an author's name or a
 * summary only where the view carries it, that is where the access policy allowed the official
 * it was built for and the read was recorded; elsewhere "anonymous" or "withheld".
 * A view built for an official who may see no personal data gives a spreadsheet with none.
 * The workbook is built in memory, never in temporary files, so no personal data is left on disk;
 * a register of some ten thousand rows takes a few tens of MB. Nothing is logged.
 *
 * <p>Immutable and thread-safe: create one with {@link #create()} and share it. Apache POI is
 * licensed under the Apache License 2.0.
 */
public final class XlsxRegister {
    /** Column widths in characters: number, registered, from, category, summary, executor, due, extended, forwarded, decision, decided, answered, channel. */
    private static final int[] WIDTHS = {11, 12, 28, 16, 45, 26, 12, 12, 36, 24, 12, 12, 30};
    private static final String[] HEADERS = {"number", "registered", "from", "category", "summary", "executor", "due", "extension",
        "forwarded", "decision", "decidedOn", "answeredOn", "channel"};

    private XlsxRegister() {
    }

    /** A writer of registers. */
    public static XlsxRegister create() {
        return new XlsxRegister();
    }

    /**
     * Writes {@code view} as an XLSX workbook to {@code out}, which is not closed.
     *
     * @throws NullPointerException if {@code view} or {@code out} is null
     * @throws DocumentException if the workbook cannot be written; the message names the document, no data
     */
    public void write(RegisterView view, OutputStream out) {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(out, "out");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new Writer(workbook, view).write();
            workbook.write(out);
        } catch (IOException | UncheckedIOException | OpenXML4JRuntimeException | POIXMLException e) {
            throw new DocumentException("register of appeals", e);
        }
    }

    /** Writes {@code view} into a new byte array. */
    public byte[] write(RegisterView view) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(view, out);
        return out.toByteArray();
    }

    /** One workbook being written. */
    private static final class Writer {
        private final XSSFWorkbook workbook;
        private final RegisterView view;
        private final Wording w;
        private final CellStyle header;
        private final CellStyle text;
        private final CellStyle date;
        private final CellStyle bold;
        private final CellStyle number;

        Writer(XSSFWorkbook workbook, RegisterView view) {
            this.workbook = workbook;
            this.view = view;
            this.w = Wording.of(view.language());
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            this.header = bordered();
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            this.text = bordered();
            text.setWrapText(true);
            this.date = bordered();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            // 2026-0017 as the number 20260017, shown as written: a number that sorts and filters across years
            this.number = bordered();
            number.setDataFormat(workbook.createDataFormat().getFormat("0000\\-0000"));
            this.bold = bordered();
            bold.setWrapText(true);
            bold.setFont(boldFont);
        }

        private CellStyle bordered() {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }

        void write() {
            String title = w.text("register.title");
            workbook.getProperties().getCoreProperties().setTitle(clean(title));
            workbook.getProperties().getCoreProperties().setCreator("trustbox");
            workbook.getProperties().getCoreProperties().setDescription(clean(view.school().name()) + ", "
                    + day(view.from()) + " – " + day(view.to()));
            XSSFSheet sheet = workbook.createSheet(w.text("register.sheet"));
            Row head = sheet.createRow(0);
            for (int c = 0; c < HEADERS.length; c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(w.text("register.col." + HEADERS[c]));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = 1;
            for (RegisterView.Row row : view.rows()) {
                write(sheet.createRow(r++), row);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, HEADERS.length - 1));
        }

        private void write(Row cells, RegisterView.Row row) {
            Cell registration = cells.createCell(0);
            registration.setCellValue(row.number().year() * 10_000L + row.number().sequence());
            registration.setCellStyle(number);
            date(cells, 1, Optional.of(row.registeredOn()));
            // the register says that a receipt is attached, never its code
            text(cells, 2, author(row.from()) + (row.withReceipt() ? ", " + w.text("register.receipt") : ""), text);
            text(cells, 3, w.text("category." + row.category().name()), text);
            text(cells, 4, row.summary().orElse(w.text("register.summary.withheld")), text);
            text(cells, 5, row.executor().orElse(""), text);
            date(cells, 6, Optional.of(row.due()));
            date(cells, 7, row.extendedTo());
            text(cells, 8, forwardings(row.forwardings()), text);
            boolean overdue = row.isOverdueOn(view.issuedOn());
            text(cells, 9, row.decision().map(d -> w.text("register.verdict." + d.verdict().name()))
                    .orElse(w.text(overdue ? "register.overdue" : "register.pending")), overdue ? bold : text);
            date(cells, 10, row.decision().map(RegisterView.Decided::decidedOn));
            Optional<RegisterView.Reply> reply = row.decision().flatMap(RegisterView.Decided::reply);
            date(cells, 11, reply.filter(RegisterView.Answered.class::isInstance).map(RegisterView.Reply::on));
            text(cells, 12, reply.map(this::reply).orElse(""), text);
        }

        private void text(Row cells, int column, String value, CellStyle style) {
            Cell cell = cells.createCell(column);
            if (!value.isEmpty()) {
                cell.setCellValue(clean(value));
            }
            cell.setCellStyle(style);
        }

        private void date(Row cells, int column, Optional<LocalDate> value) {
            Cell cell = cells.createCell(column);
            value.ifPresent(cell::setCellValue);
            cell.setCellStyle(date);
        }

        private String author(RegisterView.Author author) {
            if (author instanceof RegisterView.Named named) {
                return named.fullName();
            }
            return w.text(author instanceof RegisterView.Anonymous ? "register.anonymous" : "register.withheld");
        }

        private String forwardings(List<Forwarding> forwardings) {
            List<String> parts = new ArrayList<>();
            for (Forwarding f : forwardings) {
                parts.add(w.text("register.forwarded", f.body(), f.letterNumber(), day(f.date())));
            }
            return String.join(";\n", parts);
        }

        private String reply(RegisterView.Reply reply) {
            if (reply instanceof RegisterView.Answered answered) {
                return w.text("register.channel." + answered.channel().name());
            }
            return w.text("register.closed." + ((RegisterView.NotAnswered) reply).reason().name());
        }
    }

    /** {@code text} without control characters (line breaks kept), which XML 1.0 cannot carry. */
    private static String clean(String text) {
        return SafeText.lines(text, c -> true);
    }

    private static String day(LocalDate date) {
        return String.format(Locale.ROOT, "%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
