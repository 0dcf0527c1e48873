package kg.trustbox.school;

import java.util.Locale;

/** The languages of the library's documents and messages: Kyrgyz (state language) and Russian (official language). */
public enum Language {
    KYRGYZ(Locale.forLanguageTag("ky")),
    RUSSIAN(Locale.forLanguageTag("ru"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The locale of this language. */
    public Locale locale() {
        return locale;
    }
}
