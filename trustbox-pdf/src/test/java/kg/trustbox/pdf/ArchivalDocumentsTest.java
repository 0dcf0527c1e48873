package kg.trustbox.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.xmp.XMPConst;
import com.itextpdf.kernel.xmp.XMPMeta;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kg.trustbox.document.DocumentView;
import kg.trustbox.document.SchoolHeader;
import kg.trustbox.school.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

@DisplayName("R-6.2 every record is an archival PDF/A-2u document, accessible as PDF/UA-1, in Kyrgyz and in Russian")
class ArchivalDocumentsTest {

    static Stream<Arguments> everyDocument() {
        return SampleViews.all().map(v -> Arguments.of(name(v), v));
    }

    static String name(DocumentView view) {
        String kind = view.getClass().getSimpleName().replace("View", "");
        // the sample answer to a forwarded appeal is a second answer letter: its own name and file
        if (view instanceof kg.trustbox.document.AnswerLetterView letter && !letter.forwardings().isEmpty()) {
            kind += "-forwarded";
        }
        return kind + "-" + view.language().locale().getLanguage();
    }

    @ParameterizedTest(name = "R-6.2 #18 {0} validates as PDF/A-2u and as PDF/UA-1 with veraPDF")
    @MethodSource("everyDocument")
    void validatesAsPdfA2uAndPdfUa1(String name, DocumentView view) {
        byte[] pdf = Pdfs.render(view, name);

        // both profiles in one pass over the document
        List<String> failures = Pdfs.failures(pdf, PDFAFlavour.PDFA_2_U, PDFAFlavour.PDFUA_1);

        if (!failures.isEmpty()) {
            System.out.println(name + " fails PDF/A-2u or PDF/UA-1:\n  " + String.join("\n  ", failures));
        }
        assertThat(failures).as("failed PDF/A-2u and PDF/UA-1 rules of " + name).isEmpty();
    }

    @ParameterizedTest(name = "R-6.2 {0} names its title and language and embeds a Noto Sans subset")
    @MethodSource("everyDocument")
    void carriesTitleLanguageAndEmbeddedSubsetFonts(String name, DocumentView view) throws Exception {
        byte[] pdf = Pdfs.render(view);
        String tag = view.language().locale().getLanguage();

        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            XMPMeta xmp = doc.getXmpMetadata();
            assertThat(xmp.getPropertyString("http://www.aiim.org/pdfa/ns/id/", "part")).isEqualTo("2");
            assertThat(xmp.getPropertyString("http://www.aiim.org/pdfa/ns/id/", "conformance")).isEqualTo("U");
            String title = xmp.getLocalizedText(XMPConst.NS_DC, "title", null, "x-default").getValue();
            assertThat(title).isNotBlank().isEqualTo(doc.getDocumentInfo().getTitle());
            assertThat(xmp.getArrayItem(XMPConst.NS_DC, "language", 1).getValue()).isEqualTo(tag);
            assertThat(doc.getCatalog().getLang().toUnicodeString()).isEqualTo(tag);

            List<String> fonts = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                PdfDictionary resources = doc.getPage(i).getResources().getResource(PdfName.Font);
                for (PdfName key : resources.keySet()) {
                    PdfDictionary font = resources.getAsDictionary(key);
                    fonts.add(font.getAsName(PdfName.BaseFont).getValue());
                    PdfDictionary descendant = font.getAsArray(PdfName.DescendantFonts).getAsDictionary(0);
                    assertThat(descendant.getAsDictionary(PdfName.FontDescriptor).get(PdfName.FontFile2))
                            .as("embedded font program").isNotNull();
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(f -> f.matches("[A-Z]{6}\\+NotoSans-(Regular|Bold)"));
        }
    }

    static Stream<Arguments> everyDocumentWithKyrgyzLetters() {
        SchoolHeader kyrgyz = new SchoolHeader("Ө ө Ү ү Ң ң: Т. Абдымомунов атындагы Жаңы-Алыш орто мектеби",
                "биринчи кабаттагы фойе");
        SchoolHeader russian = new SchoolHeader("Ө ө Ү ү Ң ң: средняя школа Жаңы-Алыш имени Т. Абдымомунова",
                "фойе первого этажа");
        return Stream.concat(SampleViews.all(Language.KYRGYZ, kyrgyz).stream(),
                        SampleViews.all(Language.RUSSIAN, russian).stream())
                .map(v -> Arguments.of(name(v), v));
    }

    @ParameterizedTest(name = "R-6.2 {0} keeps the Kyrgyz letters Ө ө Ү ү Ң ң in its text layer")
    @MethodSource("everyDocumentWithKyrgyzLetters")
    void keepsKyrgyzLetters(String name, DocumentView view) {
        String text = Pdfs.text(Pdfs.render(view));

        assertThat(text).contains("Ө ө Ү ү Ң ң:").contains(view.school().name());
    }
}
