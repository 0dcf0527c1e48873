package kg.trustbox.appeal;

import java.util.Optional;
import kg.trustbox.school.Language;

/** The language an appeal is written in: Kyrgyz, Russian, or another language of Kyrgyzstan's peoples. */
public enum AppealLanguage {
    KYRGYZ,
    RUSSIAN,
    OTHER;

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
