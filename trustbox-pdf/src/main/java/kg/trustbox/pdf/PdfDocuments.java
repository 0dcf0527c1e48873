package kg.trustbox.pdf;

import com.itextpdf.commons.exceptions.ITextException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import kg.trustbox.document.DocumentView;
import kg.trustbox.document.Documents;
import kg.trustbox.pdf.internal.Layouts;
import kg.trustbox.outcome.DocumentException;

/**
 * The core's {@link Documents} port rendered with iText as archival PDF/A-2u on A4, tagged as
 * PDF/UA-1 for screen readers, in the view's language (Kyrgyz or Russian): every record the regulation requires a school to keep
 * and the public notice.
 *
 * <p>Each document embeds a subset of Noto Sans, carries an sRGB output intent, and names its
 * title and language in its metadata. Each is tagged (PDF/UA-1): title and section headings as
 * H1 and H2, lists, tables with column header cells, the chart as a figure whose alternate text
 * gives its figures, page lines as artifacts. A renderer reads only the view; text the font cannot show
 * (emoji, other scripts) prints as the replacement character U+FFFD, control characters are
 * removed, long words wrap, and long tables repeat their header on every page. Nothing is
 * logged.
 *
 * <p>Instances are immutable and thread-safe: create one with {@link #create()} (which reads the
 * bundled fonts and colour profile once) and share it.
 *
 * <p>iText Core is licensed under the AGPL or a commercial licence; an application that ships
 * this module must comply with one of them.
 */
public final class PdfDocuments implements Documents {
    private final Layouts layouts;

    private PdfDocuments(Layouts layouts) {
        this.layouts = layouts;
    }

    /**
     * A renderer with the bundled fonts (Noto Sans, SIL OFL 1.1) and sRGB profile, read once.
     *
     * @throws UncheckedIOException if the bundled resources cannot be read (a broken build)
     */
    public static PdfDocuments create() {
        return new PdfDocuments(Layouts.load());
    }

    /**
     * Renders {@code view} as a PDF/A-2u and PDF/UA-1 document to {@code out}, which is not closed.
     *
     * @throws NullPointerException if {@code view} or {@code out} is null
     * @throws DocumentException if the document cannot be built or written (what was written to
     *     {@code out} by then is incomplete); the message names the document type, no data
     */
    @Override
    public void render(DocumentView view, OutputStream out) {
        try {
            layouts.render(view, out);
        } catch (ITextException | UncheckedIOException e) {
            throw new DocumentException(kind(view), e);
        }
    }

    private static String kind(DocumentView view) {
        String name = view.getClass().getSimpleName().replace("View", "");
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
