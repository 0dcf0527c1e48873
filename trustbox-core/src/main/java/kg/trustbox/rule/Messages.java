package kg.trustbox.rule;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The library's message texts in English (the default), Kyrgyz ({@code ky}) and Russian
 * ({@code ru}), read from the resource bundle {@code kg.trustbox.rule.messages}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Messages {
    /** The bundle's base name. */
    public static final String BUNDLE = "kg.trustbox.rule.messages";
    /** Kyrgyz, the state language. */
    public static final Locale KYRGYZ = Locale.forLanguageTag("ky");
    /** Russian, the official language. */
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private Messages() {
    }

    /**
     * Formats the message {@code key} in {@code locale} with {@code arguments}
     * ({@link MessageFormat} syntax); an unknown key yields the key itself and its arguments.
     */
    public static String format(String key, Locale locale, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, NoFallback.INSTANCE).getString(key);
        } catch (MissingResourceException e) {
            return key + java.util.Arrays.toString(arguments);
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** Falls back to the root bundle (English), never to the JVM's default locale. */
    private static final class NoFallback extends ResourceBundle.Control {
        static final NoFallback INSTANCE = new NoFallback();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }
}
