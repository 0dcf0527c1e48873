package kg.trustbox.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import kg.trustbox.appeal.Forwarding;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.school.Language;

/**
 * The answer letter to a signed appellant, in the appeal's language (Law No. 67). Immutable.
 *
 * <p>The letter names its addressee after a label ("Кому:", "Кимге:") rather than in the dative
 * case, and greets the appellant as "Уважаемый заявитель!" / "Урматтуу кайрылуучу!": the library
 * never guesses a gender or a declension from a name. Its outgoing number is derived from the
 * appeal's registration number (see {@link #outgoingNumber}), so no counter is stored.
 *
 * @param language the letter's language
 * @param school the school
 * @param registrationNumber the appeal's registration number, for example {@code 2026-0017}
 * @param registeredOn when the appeal was registered
 * @param outgoingNumber the letter's outgoing number: the registration number and {@code /1}, for
 *     example {@code 2026-0017/1} (the extension notice is {@code /2}, the notice of the n-th
 *     forwarding {@code /(2+n)}), unique in the school because the registration number is
 * @param date the letter's date
 * @param addressee the appellant's name
 * @param returnAddress where the letter goes (may be empty when answered by e-mail or phone)
 * @param forwardings the bodies the appeal was sent to for consideration, in order, which the
 *     letter names (may be empty)
 * @param verdict the decision
 * @param measures the measures taken
 * @param signedBy who signs: the school's configured letter signatory, by default the director
 */
public record AnswerLetterView(
        Language language,
        SchoolHeader school,
        String registrationNumber,
        LocalDate registeredOn,
        String outgoingNumber,
        LocalDate date,
        String addressee,
        String returnAddress,
        List<Forwarding> forwardings,
        Verdict verdict,
        String measures,
        Signatory signedBy) implements DocumentView {
    public AnswerLetterView {
        forwardings = List.copyOf(Objects.requireNonNull(forwardings, "forwardings"));
    }

    /** Hides the personal data. */
    @Override
    public String toString() {
        return "AnswerLetterView[" + registrationNumber + ", " + language + "]";
    }
}
