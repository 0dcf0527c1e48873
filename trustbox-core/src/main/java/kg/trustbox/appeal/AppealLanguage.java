package kg.trustbox.appeal;

import java.util.Optional;
import kg.trustbox.school.Language;

/** The language an appeal is written in: Kyrgyz, Russian, or another language of Kyrgyzstan's peoples. */
public enum AppealLanguage {
    KYRGYZ,
    RUSSIAN,
    OTHER;

    /**
     * The language named {@code name} (case-insensitive), for input that arrives as text.
     *
     * @throws kg.trustbox.outcome.InvalidInputException naming the field and the allowed values
     */
    public static AppealLanguage parse(String name) {
        return Parsing.parse(AppealLanguage.class, "language", name);
    }

    /** The document language this is, if Kyrgyz or Russian. */
    public Optional<Language> asDocumentLanguage() {
        return switch (this) {
            case KYRGYZ -> Optional.of(Language.KYRGYZ);
            case RUSSIAN -> Optional.of(Language.RUSSIAN);
            case OTHER -> Optional.empty();
        };
    }

    /** The answer's language: this one if Kyrgyz or Russian, otherwise {@code schoolChoice} (Law No. 67). */
    public Language answerLanguage(Language schoolChoice) {
        return asDocumentLanguage().orElse(schoolChoice);
    }
}
