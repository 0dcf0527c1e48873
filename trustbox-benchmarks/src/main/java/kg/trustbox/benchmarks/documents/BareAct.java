package kg.trustbox.benchmarks.documents;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.pdfa.PdfADocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import kg.trustbox.document.Signatory;
import kg.trustbox.document.WithdrawalActView;
import kg.trustbox.document.Wording;

/**
 * The baseline of figure 2: the act's text written with bare iText, the way a developer would without trustbox-pdf:
 * the same words (trustbox-pdf's wording bundle), the same fonts (the bundled Noto Sans, embedded as subsets), the
 * same PDF/A-2u conformance, sRGB output intent, title, language and writer setting (object streams), and the same PDF/UA-1 basics (a tagged document,
 * its title displayed, the title a heading, the table's header cells, the page line an artifact); paragraphs, one
 * table, the signature lines and the page line. No text cleaning, no word-break rules, no repeated table header
 * styling, no keep-together rules, no "page n of m" before the document ends.
 * Thread-safe: fonts are parsed once, as trustbox-pdf does.
 */
public final class BareAct {
    private final FontProgram regular;
    private final FontProgram bold;
    private final byte[] icc;

    private BareAct() {
        try {
            regular = FontProgramFactory.createFont(read("fonts/NotoSans-Regular.ttf"), false);
            bold = FontProgramFactory.createFont(read("fonts/NotoSans-Bold.ttf"), false);
            icc = read("color/sRGB.icc");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BareAct create() {
        return new BareAct();
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = BareAct.class.getResourceAsStream("/kg/trustbox/pdf/" + name)) {
            if (in == null) {
                throw new IOException("missing " + name);
            }
            return in.readAllBytes();
        }
    }

    public void render(WithdrawalActView v, OutputStream out) {
        Wording w = Wording.of(v.language());
        String number = Integer.toString(v.number());
        // the same writer setting as trustbox-pdf: object streams for the structure tree's dictionaries
        PdfWriter writer = new PdfWriter(out, new com.itextpdf.kernel.pdf.WriterProperties().setFullCompressionMode(true));
        writer.setCloseStream(false);
        PdfADocument pdf = new PdfADocument(writer, PdfAConformance.PDF_A_2U,
                new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", new ByteArrayInputStream(icc)));
        pdf.setTagged();
        pdf.getCatalog().setLang(new PdfString(w.tag()));
        pdf.getCatalog().setViewerPreferences(new com.itextpdf.kernel.pdf.PdfViewerPreferences().setDisplayDocTitle(true));
        pdf.getDocumentInfo().setTitle(w.text("act.title", number));
        pdf.getDocumentInfo().setAuthor(v.school().name());
        PdfFont font = PdfFontFactory.createFont(regular, PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
        PdfFont boldFont = PdfFontFactory.createFont(bold, PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
        Document doc = new Document(pdf, PageSize.A4, false);
        doc.setFont(font).setFontSize(10.5f);
        doc.setMargins(57, 57, 64, 57);

        doc.add(new Paragraph(v.school().name()).setFont(boldFont).setFontSize(11).setTextAlignment(TextAlignment.CENTER));
        Paragraph title = new Paragraph(w.text("act.title", number));
        title.getAccessibilityProperties().setRole(com.itextpdf.kernel.pdf.tagging.StandardRoles.H1);
        doc.add(title.setFont(boldFont).setFontSize(13).setTextAlignment(TextAlignment.CENTER));
        doc.add(new Paragraph(w.date(v.openedAt().toLocalDate())).setTextAlignment(TextAlignment.CENTER));
        doc.add(new Paragraph(w.text("act.opening", w.date(v.openedAt().toLocalDate()), w.time(v.openedAt().toLocalTime()))));
        doc.add(new Paragraph(w.text("act.location", v.school().boxLocation())));
        doc.add(new Paragraph(w.text("act.found")).setFont(boldFont));
        List<String> findings = new ArrayList<>();
        findings.add(w.text(v.boxDamaged() ? "act.box.damaged" : "act.box.intact"));
        findings.add(w.text(v.sealIntact() ? "act.seal.intact" : "act.seal.broken", v.sealFound()));
        findings.add(v.sealMatches() ? w.text("act.seal.matches", v.sealExpected()) : w.text("act.seal.mismatch", v.sealExpected()));
        findings.add(v.lines().isEmpty() ? w.text("act.appeals.none") : w.text("act.appeals.some", Integer.toString(v.lines().size())));
        for (String f : findings) {
            doc.add(new Paragraph("– " + f));
        }
        if (!v.lines().isEmpty()) {
            doc.add(new Paragraph(w.text("act.list")).setFont(boldFont));
            Table table = new Table(UnitValue.createPercentArray(new float[] {7, 33, 33, 27})).useAllAvailableWidth().setFontSize(9);
            for (String h : List.of("act.col.number", "act.col.from", "act.col.address", "act.col.note")) {
                table.addHeaderCell(new Cell().add(new Paragraph(w.text(h)).setFont(boldFont)));
            }
            String dash = w.text("dash");
            for (WithdrawalActView.Line line : v.lines()) {
                table.addCell(Integer.toString(line.number()));
                table.addCell(line.fromWhom().orElse(w.text("act.anonymous")));
                table.addCell(line.returnAddress().orElse(dash));
                table.addCell(line.note().isBlank() ? dash : line.note());
            }
            doc.add(table);
        }
        doc.add(new Paragraph(w.text("act.present")).setFont(boldFont));
        Table signatures = new Table(UnitValue.createPercentArray(new float[] {36, 24, 40})).useAllAvailableWidth();
        for (Signatory s : v.present()) {
            signatures.addCell(s.position());
            signatures.addCell("____________\n" + w.text("signature"));
            signatures.addCell(s.fullName());
        }
        doc.add(signatures);
        String label = w.text("act.short", number);
        int pages = pdf.getNumberOfPages();
        for (int i = 1; i <= pages; i++) {
            doc.showTextAligned(artifact(new Paragraph(label).setFontSize(7.5f)), 57, 34, i, TextAlignment.LEFT,
                    VerticalAlignment.BOTTOM, 0);
            doc.showTextAligned(artifact(new Paragraph(w.text("page", Integer.toString(i), Integer.toString(pages))).setFontSize(7.5f)),
                    PageSize.A4.getWidth() - 57, 34, i, TextAlignment.RIGHT, VerticalAlignment.BOTTOM, 0);
        }
        doc.close();
    }

    /** {@code p}, marked as a page artifact for a screen reader. */
    private static Paragraph artifact(Paragraph p) {
        p.getAccessibilityProperties().setRole(com.itextpdf.kernel.pdf.tagging.StandardRoles.ARTIFACT);
        return p;
    }
}
