package kg.trustbox.pdf;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import kg.trustbox.document.DocumentView;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Test helpers: one shared renderer, veraPDF validation, and iText text extraction. */
final class Pdfs {
    /** Shared, as an application would share it. */
    static final PdfDocuments DOCUMENTS = PdfDocuments.create();
    /** Where rendered documents are kept for a look (not read by any test). */
    static final Path OUT = Path.of("target", "documents");

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private Pdfs() {
    }

    static byte[] render(DocumentView view) {
        return DOCUMENTS.render(view);
    }

    /** Renders {@code view} and keeps a copy as {@code target/documents/name.pdf}. */
    static byte[] render(DocumentView view, String name) {
        byte[] pdf = render(view);
        try {
            Files.createDirectories(OUT);
            Files.write(OUT.resolve(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf;
    }

    /** The failed PDF/A-2u rules, one line each ("6.2.11.4.1-1: message"); empty when compliant. */
    static List<String> pdfaFailures(byte[] pdf) {
        return failures(pdf, PDFAFlavour.PDFA_2_U);
    }

    /** The failed PDF/UA-1 rules (issue #18), one line each ("7.1-3: message"); empty when compliant. */
    static List<String> pdfuaFailures(byte[] pdf) {
        return failures(pdf, PDFAFlavour.PDFUA_1);
    }

    /**
     * The failed rules of each of {@code flavours}, validated in one pass over the document, one
     * line each prefixed with the flavour ("2u 6.2.11.4.1-1: message", "ua1 7.1-3: message"); empty
     * when the document complies with all of them.
     */
    static List<String> failures(byte[] pdf, PDFAFlavour... flavours) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
             PDFAValidator validator = Foundries.defaultInstance().createValidator(List.of(flavours))) {
            List<String> failures = new ArrayList<>();
            for (ValidationResult result : validator.validateAll(parser)) {
                String flavour = result.getPDFAFlavour().getId() + " ";
                int before = failures.size();
                for (TestAssertion assertion : result.getTestAssertions()) {
                    if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                        failures.add(flavour + assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                                + ": " + assertion.getMessage() + " @ " + assertion.getLocation().getContext());
                    }
                }
                if (!result.isCompliant() && failures.size() == before) {
                    failures.add(flavour + "not compliant, job status " + result.getJobEndStatus());
                }
            }
            return failures.stream().distinct().collect(Collectors.toList());
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate the document", e);
        }
    }

    /** The text of every page, in order. */
    static List<String> pages(byte[] pdf) {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                pages.add(PdfTextExtractor.getTextFromPage(doc.getPage(i)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole text. */
    static String text(byte[] pdf) {
        return String.join("\n", pages(pdf));
    }

    /** The whole text with line breaks taken as spaces, runs of spaces as one. */
    static String flat(byte[] pdf) {
        return text(pdf).replaceAll("\\s+", " ");
    }
}
