package kg.trustbox.outcome;

import java.util.Locale;
import kg.trustbox.rule.Messages;

/**
 * The host's keys could not protect or reveal an appellant's identity: a key is missing or
 * wrong, the stored data was changed, or the keys given to the library cannot be used. Nothing was
 * changed. The message names the key id or the key source, never key material or personal data.
 */
public final class KeyException extends TrustBoxException {
    private final String key;
    private final Object[] arguments;

    /**
     * @param key a message key: {@code keys.unknown}, {@code keys.refused}, {@code keys.missing},
     *     {@code keys.unreadable}, {@code keys.exposed}, {@code keys.malformed}, {@code keys.exists},
     *     {@code keys.current}
     * @param arguments the key id, file or variable concerned (never key material)
     */
    public KeyException(String key, Throwable cause, Object... arguments) {
        super(null, cause);
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** The message key, for example {@code keys.unknown}. */
    public String key() {
        return key;
    }

    @Override
    public String getLocalizedMessage(Locale locale) {
        return Messages.format(key, locale, arguments);
    }
}
