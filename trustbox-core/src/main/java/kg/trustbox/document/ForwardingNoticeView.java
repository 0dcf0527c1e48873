package kg.trustbox.document;

import java.time.LocalDate;
import java.util.Objects;
import kg.trustbox.appeal.Forwarding;
import kg.trustbox.school.Language;

/**
 * The notice to a signed appellant that the appeal was sent to another body for consideration
 * (Law No. 67: the appellant is told of the forwarding), in the appeal's language, dated the day
 * of the forwarding. Addressed and greeted like the {@link AnswerLetterView}. Immutable.
 *
 * @param language the letter's language
 * @param school the school
 * @param registrationNumber the appeal's registration number, for example {@code 2026-0019}
 * @param registeredOn when the appeal was registered
 * @param outgoingNumber the notice's outgoing number: the registration number and {@code /(2+n)}
 *     for the n-th forwarding, for example {@code 2026-0019/3} for the first
 * @param date the notice's date: the day of the forwarding
 * @param addressee the appellant's name
 * @param returnAddress where the notice goes (may be empty)
 * @param forwarding the body, the date and the number of the letter that sent the appeal
 * @param signedBy who signs: the school's configured letter signatory, by default the director
 */
public record ForwardingNoticeView(
        Language language,
        SchoolHeader school,
        String registrationNumber,
        LocalDate registeredOn,
        String outgoingNumber,
        LocalDate date,
        String addressee,
        String returnAddress,
        Forwarding forwarding,
        Signatory signedBy) implements DocumentView {
    public ForwardingNoticeView {
        Objects.requireNonNull(forwarding, "forwarding");
    }

    /** Hides the personal data. */
    @Override
    public String toString() {
        return "ForwardingNoticeView[" + registrationNumber + ", " + language + "]";
    }
}
