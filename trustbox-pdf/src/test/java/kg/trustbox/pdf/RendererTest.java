package kg.trustbox.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kg.trustbox.document.DocumentView;
import kg.trustbox.outcome.DocumentException;
import kg.trustbox.school.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-6.2 the renderer: shared across threads, leaves the stream open, fails with the library's exception")
class RendererTest {

    @Test
    @DisplayName("R-6.2 one renderer used from four threads at once gives the same documents as used alone")
    void threadSafe() throws Exception {
        List<DocumentView> views = SampleViews.all().toList();
        List<String> alone = new ArrayList<>();
        for (DocumentView view : views) {
            alone.add(Pdfs.text(Pdfs.render(view)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (DocumentView view : views) {
                    results.add(pool.submit(() -> Pdfs.text(Pdfs.DOCUMENTS.render(view))));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(alone.get(i % views.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("R-6.2 render leaves the caller's stream open")
    void streamLeftOpen() {
        class Tracking extends ByteArrayOutputStream {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        Tracking out = new Tracking();

        Pdfs.DOCUMENTS.render(SampleViews.notice(Language.KYRGYZ), out);

        assertThat(out.closed).isFalse();
        assertThat(out.toByteArray()).startsWith("%PDF-1.7".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    @DisplayName("R-6.2 a stream that fails gives a DocumentException that names the document and no data")
    void failingStream() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };

        assertThatThrownBy(() -> Pdfs.DOCUMENTS.render(SampleViews.letter(Language.RUSSIAN), broken))
                .isInstanceOf(DocumentException.class)
                .satisfies(e -> assertThat(((DocumentException) e).getLocalizedMessage(Locale.ROOT))
                        .isEqualTo("The answer letter could not be written").doesNotContain(SampleViews.SIGNED_NAME))
                .hasRootCauseMessage("disk full");
    }

    @Test
    @DisplayName("R-6.2 the PDF/A check is not vacuous: a plain PDF without output intent fails it")
    void validatorRejectsPlainPdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Document doc = new Document(new PdfDocument(new PdfWriter(out)))) {
            doc.add(new Paragraph("plain"));
        }

        assertThat(Pdfs.pdfaFailures(out.toByteArray())).isNotEmpty();
    }
}
