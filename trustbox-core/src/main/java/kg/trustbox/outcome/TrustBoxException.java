package kg.trustbox.outcome;

import java.util.Locale;
import kg.trustbox.rule.Messages;

/**
 * The root of the library's exceptions. Each has a message in English and can be shown in
 * Kyrgyz or Russian with {@link #getLocalizedMessage(Locale)}. Messages never carry personal data.
 */
public abstract sealed class TrustBoxException extends RuntimeException
        permits RuleViolationException, InvalidInputException, NotFoundException, StorageException, DocumentException,
        KeyException {

    protected TrustBoxException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The message in {@code locale} (Kyrgyz, Russian or English). */
    public abstract String getLocalizedMessage(Locale locale);

    @Override
    public String getMessage() {
        return getLocalizedMessage(Locale.ROOT);
    }

    @Override
    public String getLocalizedMessage() {
        return getLocalizedMessage(Locale.getDefault());
    }
}
