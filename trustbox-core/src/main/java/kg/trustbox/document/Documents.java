package kg.trustbox.document;

import java.io.OutputStream;

/**
 * The port that renders documents (trustbox-pdf renders archival PDF/A). Implementations are
 * thread-safe.
 */
public interface Documents {

    /**
     * Renders {@code view} to {@code out} (not closed).
     *
     * @throws kg.trustbox.outcome.DocumentException if the document cannot be written
     */
    void render(DocumentView view, OutputStream out);

    /** Renders {@code view} into a new byte array. */
    default byte[] render(DocumentView view) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        render(view, out);
        return out.toByteArray();
    }
}
