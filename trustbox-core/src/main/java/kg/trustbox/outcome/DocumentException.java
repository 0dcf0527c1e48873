package kg.trustbox.outcome;

import java.util.Locale;
import kg.trustbox.rule.Messages;

/**
 * A document renderer failed (the output stream broke, a resource was missing). Nothing usable
 * was written. The message names the document, never its content; the cause is kept for the
 * operator.
 */
public final class DocumentException extends TrustBoxException {
    private final String document;

    /** @param document which document, for example {@code withdrawal act 2026/17} */
    public DocumentException(String document, Throwable cause) {
        super(null, cause);
        this.document = document;
    }

    @Override
    public String getLocalizedMessage(Locale locale) {
        return Messages.format("document.failed", locale, document);
    }
}
