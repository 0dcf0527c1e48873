package kg.trustbox.document;

import java.time.LocalDate;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.school.Language;

/**
 * The answer letter to a signed appellant, in the appeal's language (Law No. 67).
 *
 * @param language the letter's language
 * @param school the school
 * @param registrationNumber the appeal's registration number, for example {@code 2026-0017}
 * @param registeredOn when the appeal was registered
 * @param date the letter's date
 * @param addressee the appellant's name
 * @param returnAddress where the letter goes (may be empty when answered by e-mail or phone)
 * @param verdict the decision
 * @param measures the measures taken
 * @param signedBy who signs (the director or the chair)
 */
public record AnswerLetterView(
        Language language,
        SchoolHeader school,
        String registrationNumber,
        LocalDate registeredOn,
        LocalDate date,
        String addressee,
        String returnAddress,
        Verdict verdict,
        String measures,
        Signatory signedBy) implements DocumentView {
    /** Hides the personal data. */
    @Override
    public String toString() {
        return "AnswerLetterView[" + registrationNumber + ", " + language + "]";
    }
}
