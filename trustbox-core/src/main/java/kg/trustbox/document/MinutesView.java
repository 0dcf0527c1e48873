package kg.trustbox.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kg.trustbox.school.Language;

/**
 * The minutes (protocol) of a commission meeting.
 *
 * @param language the document's language
 * @param school the school
 * @param number the protocol's number
 * @param date the meeting's date
 * @param present names of the members present
 * @param absent names of the members absent
 * @param agenda the agenda items, in order
 * @param decisions the decisions, in order
 * @param election the vote for chair and secretary, at the first meeting
 * @param signatures one line per member of the commission on the meeting's date
 */
public record MinutesView(
        Language language,
        SchoolHeader school,
        int number,
        LocalDate date,
        List<String> present,
        List<String> absent,
        List<String> agenda,
        List<String> decisions,
        Optional<ElectionResult> election,
        List<Signature> signatures) implements DocumentView {
    public MinutesView {
        present = List.copyOf(present);
        absent = List.copyOf(absent);
        agenda = List.copyOf(agenda);
        decisions = List.copyOf(decisions);
        signatures = List.copyOf(signatures);
    }

    /**
     * The election's result with the votes each candidate received.
     *
     * @param chair the elected chair's name
     * @param chairVotes votes for the elected chair
     * @param secretary the elected secretary's name
     * @param secretaryVotes votes for the elected secretary
     * @param votersPresent how many voted
     */
    public record ElectionResult(String chair, int chairVotes, String secretary, int secretaryVotes, int votersPresent) {
    }

    /**
     * A member's signature line.
     *
     * @param signatory the member
     * @param signedOn when they signed, if they have
     */
    public record Signature(Signatory signatory, Optional<LocalDate> signedOn) {
    }
}
