package kg.trustbox.pdf.internal;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.barcodes.qrcode.EncodeHintType;
import com.itextpdf.barcodes.qrcode.ErrorCorrectionLevel;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.DashedBorder;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.OutputStream;
import java.util.Map;
import kg.trustbox.appeal.Category;
import kg.trustbox.document.ReceiptFormsView;
import kg.trustbox.document.Wording;

/**
 * The appeal forms of a batch of receipts: one A4 page per form. Above the dashed line, the
 * form the parent fills in and drops into the box: the categories to tick, lines to write on,
 * name and contacts marked as optional, the receipt code in characters and as a QR code. Below it,
 * the stub the parent tears off and keeps: the same code and QR code, the board mark, and where to
 * ask. The QR code holds exactly the code as printed ({@code K7Q4M-X2H9P-RAT3}).
 *
 * <p>Not API. Stateless.
 */
final class ReceiptFormsLayout {
    /** Lines to write the appeal on: as many as leave room for the stub, within these bounds (the back is free too). */
    private static final int MIN_LINES = 4;
    private static final int MAX_LINES = 16;
    private static final float LINE_HEIGHT = 18;
    private static final float FORM_QR = 62;
    private static final float STUB_QR = 72;
    private static final float CODE_SIZE = 15;

    private ReceiptFormsLayout() {
    }

    static void render(ReceiptFormsView view, Assets assets, OutputStream out) {
        Wording w = Wording.of(view.language());
        String title = w.text("forms.title");
        Sheet sheet = Sheet.open(out, assets, w, title, w.text("forms.short", Integer.toString(view.batch().number())),
                view.school().name(), true);
        sheet.doc().setFontSize(10);
        int count = view.forms().size();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sheet.doc().add(new AreaBreak());
            }
            ReceiptFormsView.Form form = view.forms().get(i);
            String batch = w.text("forms.batch", Integer.toString(view.batch().number()), w.date(view.batch().issuedOn()),
                    Integer.toString(i + 1), Integer.toString(count));
            form(sheet, w, view, i == 0);
            // the rest of the form and the stub, kept together at the page's foot; as many lines to write on
            // as leave room for them (more for a short school name or intro, fewer for a long one)
            Div rest = new Div().setKeepTogether(true);
            tail(sheet, w, form, batch, rest);
            stub(sheet, w, view, form, batch, rest);
            int lines = 0;
            while (lines < MIN_LINES || lines < MAX_LINES && sheet.fitsOnThisPage(new Div().add(writingLine()).add(rest))) {
                sheet.doc().add(writingLine());
                lines++;
            }
            sheet.doc().add(rest);
        }
        sheet.finish();
    }

    private static void form(Sheet sheet, Wording w, ReceiptFormsView view, boolean first) {
        sheet.schoolHeader(view.school());
        Paragraph title = new Paragraph(sheet.safe(w.text("forms.title")));
        // for a screen reader, the sheet's title once, then one heading per form
        title.getAccessibilityProperties().setRole(first ? StandardRoles.H1 : StandardRoles.H2);
        sheet.doc().add(title.setFont(sheet.bold()).setFontSize(13).setTextAlignment(TextAlignment.CENTER).setMarginTop(8)
                .setMarginBottom(6));
        sheet.add(w.text("forms.intro", view.school().boxLocation()));
        sheet.doc().add(new Paragraph(sheet.safe(w.text("forms.category"))).setFont(sheet.bold()).setMarginBottom(2));
        sheet.doc().add(categories(sheet, w));
        sheet.doc().add(new Paragraph(sheet.safe(w.text("forms.text"))).setFont(sheet.bold()).setMarginTop(6).setMarginBottom(0));
    }

    /** The form's optional name and contacts, and its code. */
    private static void tail(Sheet sheet, Wording w, ReceiptFormsView.Form form, String batch, Div into) {
        into.add(new Paragraph(sheet.safe(w.text("forms.name"))).setMarginTop(8).setMarginBottom(0));
        into.add(writingLine());
        into.add(new Paragraph(sheet.safe(w.text("forms.contacts"))).setMarginTop(6).setMarginBottom(0));
        into.add(writingLine());
        Table code = layout(new Table(UnitValue.createPercentArray(new float[] {75, 25})).useAllAvailableWidth().setMarginTop(8));
        code.addCell(plain().add(new Paragraph(sheet.safe(w.text("forms.code"))).setFontSize(Sheet.SMALL_SIZE).setMarginBottom(0))
                .add(codeText(sheet, form)).add(new Paragraph(sheet.safe(batch)).setFontSize(Sheet.SMALL_SIZE))
                .setVerticalAlignment(VerticalAlignment.MIDDLE));
        code.addCell(plain().add(qr(sheet, w, form, FORM_QR)).setTextAlignment(TextAlignment.RIGHT));
        into.add(code);
    }

    private static void stub(Sheet sheet, Wording w, ReceiptFormsView view, ReceiptFormsView.Form form, String batch, Div into) {
        into.add(new Paragraph(sheet.safe(w.text("forms.cut"))).setFontSize(Sheet.SMALL_SIZE).setTextAlignment(TextAlignment.CENTER)
                .setBorderTop(new DashedBorder(ColorConstants.BLACK, 0.8f)).setMarginTop(6).setPaddingTop(1).setMarginBottom(4));
        String ask = view.lookup().fullName().isBlank()
                ? w.text("forms.stub.lookup.nobody")
                : w.text("forms.stub.lookup", view.lookup().fullName());
        // three columns, to leave the form its room: the code and the mark; where to ask; the QR code
        Paragraph title = new Paragraph(sheet.safe(w.text("forms.stub.title")));
        title.getAccessibilityProperties().setRole(StandardRoles.H2);
        Div code = new Div()
                .add(title.setFont(sheet.bold()).setFontSize(Sheet.TABLE_SIZE).setMarginBottom(0))
                .add(new Paragraph(sheet.safe(view.school().name())).setFontSize(Sheet.SMALL_SIZE).setMarginBottom(3))
                .add(new Paragraph(sheet.safe(w.text("forms.code"))).setFontSize(Sheet.SMALL_SIZE).setMarginBottom(0))
                .add(codeText(sheet, form))
                .add(new Paragraph().add(new Text(sheet.safe(w.text("forms.stub.mark")) + ": ")).add(whole(form.mark().grouped()))
                        .setFont(sheet.bold()).setFontSize(Sheet.TABLE_SIZE).setMarginBottom(2))
                .add(new Paragraph(sheet.safe(batch)).setFontSize(Sheet.SMALL_SIZE).setMarginBottom(0));
        Table stub = layout(new Table(UnitValue.createPercentArray(new float[] {40, 42, 18})).useAllAvailableWidth().setFixedLayout()
                .setKeepTogether(true));
        stub.addCell(plain().add(code).setPaddingRight(8));
        stub.addCell(plain().add(sheet.paragraph(ask).setFontSize(Sheet.SMALL_SIZE).setTextAlignment(TextAlignment.LEFT)));
        stub.addCell(plain().add(qr(sheet, w, form, STUB_QR)).setTextAlignment(TextAlignment.RIGHT).setVerticalAlignment(VerticalAlignment.TOP));
        into.add(stub);
    }

    /** The categories to tick, each with an empty box before it. */
    private static Table categories(Sheet sheet, Wording w) {
        Category[] all = Category.values();
        float[] widths = new float[all.length * 2];
        for (int i = 0; i < all.length; i++) {
            widths[2 * i] = 2.5f;
            widths[2 * i + 1] = 17.5f;
        }
        Table table = layout(new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth().setFixedLayout().setMarginBottom(2));
        for (Category c : all) {
            // an empty square to tick, 9 pt, level with the label: decoration for a screen reader
            Div square = new Div().setWidth(9).setHeight(9).setBorder(new SolidBorder(ColorConstants.BLACK, 0.7f));
            square.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
            table.addCell(plain().setVerticalAlignment(VerticalAlignment.MIDDLE).add(square));
            table.addCell(plain().add(new Paragraph(sheet.safe(w.text("category." + c.name()))).setFontSize(Sheet.TABLE_SIZE))
                    .setPaddingLeft(3).setVerticalAlignment(VerticalAlignment.MIDDLE));
        }
        return table;
    }

    /** A line to write on: decoration for a screen reader. */
    private static Div writingLine() {
        Div line = new Div().setHeight(LINE_HEIGHT).setBorderBottom(new SolidBorder(ColorConstants.GRAY, 0.5f));
        line.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
        return line;
    }

    /** The code as printed and read aloud, in three groups, never broken at a dash. */
    private static Paragraph codeText(Sheet sheet, ReceiptFormsView.Form form) {
        return new Paragraph(whole(form.code().grouped())).setFont(sheet.bold()).setFontSize(CODE_SIZE)
                .setMarginBottom(2);
    }

    /** {@code text} as one piece that no line break splits (a code, a mark). */
    private static Text whole(String text) {
        Text t = new Text(text);
        t.setSplitCharacters((glyphs, position) -> false);
        return t;
    }

    /** The QR code of exactly the printed code, {@code size} points wide, with its quiet zone. */
    private static Image qr(Sheet sheet, Wording w, ReceiptFormsView.Form form, float size) {
        BarcodeQRCode qr = new BarcodeQRCode(form.code().grouped(), Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        Image image = new Image(qr.createFormXObject(ColorConstants.BLACK, sheet.pdf())).scaleToFit(size, size);
        image.getAccessibilityProperties().setAlternateDescription(sheet.safe(w.text("forms.qr", form.code().grouped())));
        // the quiet zone a camera needs around the symbol
        return image.setMargins(6, 6, 6, 6);
    }

    /** A cell of a layout table: no TD, its content read in order. */
    private static Cell plain() {
        Cell cell = new Cell();
        cell.getAccessibilityProperties().setRole(null);
        return cell.setBorder(Border.NO_BORDER).setPadding(0);
    }

    /** {@code table} as a layout table, no data table: no Table/TR/TD for a screen reader. */
    private static Table layout(Table table) {
        table.getAccessibilityProperties().setRole(null);
        return table;
    }
}
