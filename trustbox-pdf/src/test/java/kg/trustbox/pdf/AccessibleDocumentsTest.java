package kg.trustbox.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.tagging.IStructureNode;
import com.itextpdf.kernel.pdf.tagging.PdfStructElem;
import com.itextpdf.kernel.xmp.XMPMeta;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kg.trustbox.appeal.Category;
import kg.trustbox.document.DocumentView;
import kg.trustbox.document.Wording;
import kg.trustbox.document.QuarterlyReportView;
import kg.trustbox.school.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #18: every document is tagged so a screen reader can read it. veraPDF's PDF/UA-1 check of
 * every document is in {@link ArchivalDocumentsTest}; here, that the check can fail, and the
 * structure a reader relies on, read back with iText. Every document kind of {@link SampleViews}
 * in both languages, so a kind added there is covered here.
 */
@DisplayName("#18 every document is tagged for a screen reader: structure, reading order, language, alternate text")
class AccessibleDocumentsTest {

    static Stream<Arguments> everyDocument() {
        return ArchivalDocumentsTest.everyDocument();
    }

    @Test
    @DisplayName("#18 the PDF/UA-1 check is not vacuous: an untagged copy of a document fails it")
    void untaggedDocumentFailsPdfUa() throws IOException {
        byte[] tagged = Pdfs.render(SampleViews.act(Language.RUSSIAN));
        assertThat(Pdfs.pdfuaFailures(tagged)).isEmpty();

        // the same pages, copied into a document without structure tree, MarkInfo or language
        ByteArrayOutputStream untagged = new ByteArrayOutputStream();
        try (PdfDocument source = new PdfDocument(new PdfReader(new ByteArrayInputStream(tagged)));
             PdfDocument copy = new PdfDocument(new PdfWriter(untagged))) {
            source.copyPagesTo(1, source.getNumberOfPages(), copy);
        }
        try (PdfDocument copy = new PdfDocument(new PdfReader(new ByteArrayInputStream(untagged.toByteArray())))) {
            assertThat(copy.isTagged()).isFalse();
        }

        List<String> failures = Pdfs.pdfuaFailures(untagged.toByteArray());

        // 7.1: tagged content, MarkInfo /Marked true; 7.2: the document's language
        assertThat(failures).isNotEmpty().anyMatch(f -> f.contains(" 7.1-")).anyMatch(f -> f.contains(" 7.2-"));
    }

    @ParameterizedTest(name = "#18 {0}: language, displayed title and PDF/UA-1 identification")
    @MethodSource("everyDocument")
    void namesLanguageTitleAndPdfUa(String name, DocumentView view) throws Exception {
        try (PdfDocument doc = read(Pdfs.render(view))) {
            assertThat(doc.isTagged()).isTrue();
            assertThat(doc.getCatalog().getLang().toUnicodeString()).isEqualTo(view.language().locale().getLanguage());
            assertThat(doc.getCatalog().getPdfObject().getAsDictionary(PdfName.MarkInfo).getAsBool(PdfName.Marked)).isTrue();
            PdfDictionary preferences = doc.getCatalog().getPdfObject().getAsDictionary(PdfName.ViewerPreferences);
            assertThat(preferences.getAsBool(PdfName.DisplayDocTitle)).isTrue();
            assertThat(doc.getDocumentInfo().getTitle()).isNotBlank();
            XMPMeta xmp = doc.getXmpMetadata();
            assertThat(xmp.getPropertyInteger("http://www.aiim.org/pdfua/ns/id/", "part")).isEqualTo(1);
            assertThat(xmp.getPropertyString("http://www.aiim.org/pdfa/ns/id/", "part")).isEqualTo("2");
        }
    }

    @ParameterizedTest(name = "#18 {0}: one H1 first, sections as H2, tables with column headers")
    @MethodSource("everyDocument")
    void headingsAndTableHeaders(String name, DocumentView view) throws Exception {
        try (PdfDocument doc = read(Pdfs.render(view))) {
            List<PdfStructElem> elements = elements(doc);
            List<String> headings = elements.stream().map(AccessibleDocumentsTest::role)
                    .filter(r -> r.matches("H\\d?")).toList();
            assertThat(headings).as("headings of " + name).isNotEmpty().startsWith("H1");
            assertThat(headings.stream().filter("H1"::equals)).as("one title").hasSize(1);
            assertThat(headings).as("no level skipped").allMatch(h -> h.equals("H1") || h.equals("H2"));
            assertThat(elements.stream().filter(e -> role(e).equals("H1")).findFirst().orElseThrow().getKids())
                    .as("the H1 marks the title's content").isNotEmpty();

            assertHeadedTables(name, elements);
            // rows only in tables, cells only in rows: the signature lines' layout table leaves none behind
            for (PdfStructElem e : elements) {
                String parent = e.getParent() instanceof PdfStructElem p ? role(p) : "";
                if (role(e).equals("TR")) {
                    assertThat(parent).as("parent of a TR in " + name).isIn("Table", "THead", "TBody", "TFoot");
                } else if (role(e).equals("TD") || role(e).equals("TH")) {
                    assertThat(parent).as("parent of a cell in " + name).isEqualTo("TR");
                }
            }
        }
    }

    @ParameterizedTest(name = "#18 {0}: lists are tagged L / LI / Lbl / LBody")
    @MethodSource("everyDocument")
    void listsAreLists(String name, DocumentView view) throws Exception {
        try (PdfDocument doc = read(Pdfs.render(view))) {
            for (PdfStructElem list : elements(doc).stream().filter(e -> role(e).equals("L")).toList()) {
                assertThat(list.getKids()).isNotEmpty().allMatch(k -> k instanceof PdfStructElem e && role(e).equals("LI"));
                for (IStructureNode item : list.getKids()) {
                    assertThat(item.getKids()).extracting(k -> k.getRole().getValue()).containsExactly("Lbl", "LBody");
                }
            }
        }
    }

    @ParameterizedTest(name = "#18 {0}: the chart is a Figure whose alternate text gives its numbers")
    @MethodSource("reports")
    void chartHasAlternateText(String name, QuarterlyReportView view) throws Exception {
        try (PdfDocument doc = read(Pdfs.render(view))) {
            List<PdfStructElem> figures = elements(doc).stream().filter(e -> role(e).equals("Figure")).toList();
            assertThat(figures).hasSize(1);
            String alt = figures.get(0).getAlt().toUnicodeString();
            Wording w = Wording.of(view.language());
            int previousYear = view.quarter() == 1 ? view.year() - 1 : view.year();
            int previousQuarter = view.quarter() == 1 ? 4 : view.quarter() - 1;
            String now = w.text("report.quarter", Integer.toString(view.year()), Wording.roman(view.quarter()));
            String before = w.text("report.quarter", Integer.toString(previousYear), Wording.roman(previousQuarter));
            // the caption the page shows over the chart, then every category with both quarters' counts
            assertThat(alt).startsWith(w.text("report.chart.title", now, before));
            for (Category category : Category.values()) {
                String label = w.text("category." + category.name());
                assertThat(alt).contains(label + ": " + now + " " + view.current().byCategory().getOrDefault(category, 0)
                        + ", " + before + " " + view.previous().byCategory().getOrDefault(category, 0));
            }
            assertThat(view.current().byCategory().values()).as("the sample has figures to read").anyMatch(n -> n > 0);
        }
    }

    /**
     * Every table has a header row of TH with a column scope, or, where a table's last rows stand
     * below its last part (Sheet#tableEnd), its cells name TH cells of the document (/Headers).
     */
    static void assertHeadedTables(String name, List<PdfStructElem> elements) {
        List<String> ids = elements.stream().filter(e -> role(e).equals("TH"))
                .map(e -> e.getPdfObject().getAsString(PdfName.ID)).filter(java.util.Objects::nonNull)
                .map(PdfString::toUnicodeString).toList();
        for (PdfStructElem table : elements.stream().filter(e -> role(e).equals("Table")).toList()) {
            List<PdfStructElem> inside = new ArrayList<>();
            collect(table, inside);
            List<PdfStructElem> headers = inside.stream().filter(e -> role(e).equals("TH")).toList();
            List<PdfStructElem> cells = inside.stream().filter(e -> role(e).equals("TD")).toList();
            assertThat(cells).as("cells of a table of " + name).isNotEmpty();
            if (headers.isEmpty()) {
                assertThat(cells).as("cells naming their headers, in a table of " + name + " without its own")
                        .allMatch(td -> !headerIds(td).isEmpty() && ids.containsAll(headerIds(td)));
            } else {
                assertThat(inside).extracting(AccessibleDocumentsTest::role).contains("THead", "TR");
                assertThat(headers).as("TH /Scope /Column").allMatch(th -> scope(th).equals("Column"));
            }
        }
    }

    /**
     * Long tables, of acts and registers, whose last rows stand with the signatures: on the table's
     * last page (their cells name the header cells above) or on a page of their own (with the header
     * again), and, for the act of 300 lines, a table written part by part (Sheet#longTable).
     */
    static Stream<Arguments> longTables() {
        return Stream.of(Language.values()).flatMap(l -> Stream.<DocumentView>concat(
                        Stream.of(3, 4, 12, 20, 40, 300).map(n -> SampleViews.bigAct(l, n)),
                        Stream.of(2, 5, 12, 60).map(n -> SampleViews.bigRegister(l, n))))
                .map(v -> Arguments.of(ArchivalDocumentsTest.name(v) + "-" + rows(v), v));
    }

    private static int rows(DocumentView view) {
        return view instanceof kg.trustbox.document.WithdrawalActView act ? act.lines().size()
                : ((kg.trustbox.document.RegisterView) view).rows().size();
    }

    @ParameterizedTest(name = "#18 {0} lines: PDF/UA-1, and every part of its table read under its column heads")
    @MethodSource("longTables")
    void longTablesKeepTheirHeaders(String name, DocumentView view) throws Exception {
        byte[] pdf = Pdfs.render(view);

        assertThat(Pdfs.pdfuaFailures(pdf)).as(name).isEmpty();
        try (PdfDocument doc = read(pdf)) {
            assertHeadedTables(name, elements(doc));
        }
    }

    @Test
    @DisplayName("#18 the long tables above include rows that end a table on its last page, naming its header cells")
    void someTableEndsNameTheirHeaders() throws Exception {
        long named = 0;
        for (DocumentView view : longTables().map(a -> (DocumentView) a.get()[1]).filter(v -> rows(v) < 100).toList()) {
            try (PdfDocument doc = read(Pdfs.render(view))) {
                named += elements(doc).stream().filter(e -> role(e).equals("TD")).filter(td -> !headerIds(td).isEmpty()).count();
            }
        }
        assertThat(named).as("cells naming header cells of another table").isPositive();
    }

    static Stream<Arguments> reports() {
        return Stream.of(Language.values()).map(SampleViews::report)
                .map(v -> Arguments.of(ArchivalDocumentsTest.name(v), v));
    }

    private static PdfDocument read(byte[] pdf) throws IOException {
        return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
    }

    /** Every structure element, in the order of the tree (the reading order). */
    private static List<PdfStructElem> elements(PdfDocument doc) {
        List<PdfStructElem> all = new ArrayList<>();
        for (IStructureNode kid : doc.getStructTreeRoot().getKids()) {
            if (kid instanceof PdfStructElem e) {
                all.add(e);
                collect(e, all);
            }
        }
        return all;
    }

    private static void collect(PdfStructElem parent, List<PdfStructElem> into) {
        for (IStructureNode kid : parent.getKids()) {
            if (kid instanceof PdfStructElem e) {
                into.add(e);
                collect(e, into);
            }
        }
    }

    private static String role(PdfStructElem element) {
        return element.getRole().getValue();
    }

    private static String scope(PdfStructElem th) {
        return attributes(th).stream().map(d -> d.getAsName(new PdfName("Scope"))).filter(java.util.Objects::nonNull)
                .map(PdfName::getValue).findFirst().orElse("");
    }

    private static List<String> headerIds(PdfStructElem td) {
        List<String> ids = new ArrayList<>();
        for (PdfDictionary d : attributes(td)) {
            PdfArray headers = d.getAsArray(new PdfName("Headers"));
            if (headers != null) {
                for (PdfObject id : headers) {
                    ids.add(((PdfString) id).toUnicodeString());
                }
            }
        }
        return ids;
    }

    private static List<PdfDictionary> attributes(PdfStructElem element) {
        PdfObject attributes = element.getAttributes(false);
        List<PdfDictionary> dictionaries = new ArrayList<>();
        if (attributes instanceof PdfDictionary d) {
            dictionaries.add(d);
        } else if (attributes instanceof PdfArray a) {
            for (PdfObject o : a) {
                if (o instanceof PdfDictionary d) {
                    dictionaries.add(d);
                }
            }
        }
        return dictionaries;
    }
}
