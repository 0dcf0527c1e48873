package kg.trustbox.outcome;

import java.util.Locale;
import kg.trustbox.rule.Messages;

/**
 * A storage adapter failed (connection lost, constraint broken underneath the core). The
 * operation's transaction was rolled back. The message names the operation, never SQL or personal
 * data; the cause is kept for the operator.
 */
public final class StorageException extends TrustBoxException {
    private final String key;
    private final String operation;

    /**
     * @param key a message key, {@code storage.unavailable}, {@code storage.conflict}, {@code storage.failed},
     *     {@code storage.isolation} or {@code storage.hostRollback}
     * @param operation what was being done, for example {@code register appeals}
     */
    public StorageException(String key, String operation, Throwable cause) {
        super(null, cause);
        this.key = key;
        this.operation = operation;
    }

    /** The message key: {@code storage.unavailable}, {@code storage.conflict}, {@code storage.failed},
     *     {@code storage.isolation} or {@code storage.hostRollback}. */
    public String key() {
        return key;
    }

    /** What was being done, for example {@code register appeals}. */
    public String operation() {
        return operation;
    }

    @Override
    public String getLocalizedMessage(Locale locale) {
        return Messages.format(key, locale, operation);
    }
}
