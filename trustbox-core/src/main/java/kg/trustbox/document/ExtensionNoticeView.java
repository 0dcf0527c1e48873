package kg.trustbox.document;

import java.time.LocalDate;
import java.util.Objects;
import kg.trustbox.school.Language;

/**
 * The notice to a signed appellant that the consideration term was extended (Law No. 67: one
 * extension, with its reason, told to the appellant), in the appeal's language, dated the day the
 * extension was granted. Addressed and greeted like the {@link AnswerLetterView}. Immutable.
 *
 * @param language the letter's language
 * @param school the school
 * @param registrationNumber the appeal's registration number, for example {@code 2026-0019}
 * @param registeredOn when the appeal was registered
 * @param outgoingNumber the notice's outgoing number: the registration number and {@code /2}, for
 *     example {@code 2026-0019/2}
 * @param date the notice's date: the day the extension was granted
 * @param addressee the appellant's name
 * @param returnAddress where the notice goes (may be empty)
 * @param newDue the new due date of the answer
 * @param reason why the term was extended, as recorded
 * @param signedBy who signs: the school's configured letter signatory, by default the director
 */
public record ExtensionNoticeView(
        Language language,
        SchoolHeader school,
        String registrationNumber,
        LocalDate registeredOn,
        String outgoingNumber,
        LocalDate date,
        String addressee,
        String returnAddress,
        LocalDate newDue,
        String reason,
        Signatory signedBy) implements DocumentView {
    public ExtensionNoticeView {
        Objects.requireNonNull(newDue, "newDue");
    }

    /** Hides the personal data and the reason. */
    @Override
    public String toString() {
        return "ExtensionNoticeView[" + registrationNumber + ", " + language + "]";
    }
}
