package kg.trustbox.appeal;

import java.time.Instant;
import java.util.Optional;
import kg.trustbox.commission.PersonId;

/**
 * What registration records.
 *
 * @param number the registration number
 * @param at when it was registered
 * @param registrar who registered it
 * @param category what it is about
 * @param language the language it is written in
 * @param summary the registrar's summary: confidential, never logged
 * @param scan a reference to a scan of the paper original, if one was made
 */
public record Registration(RegistrationNumber number, Instant at, PersonId registrar, Category category,
                           AppealLanguage language, String summary, Optional<String> scan) {
    /** Hides the summary. */
    @Override
    public String toString() {
        return "Registration[" + number + ", " + category + ", " + language + "]";
    }
}
