package kg.trustbox.commission;

import java.time.LocalDate;
import java.util.List;

/**
 * The chair and secretary elected at the commission's first meeting, with the open votes that
 * elected them.
 */
public record Officers(PersonId chair, PersonId secretary, LocalDate electedOn, List<Vote> chairVotes, List<Vote> secretaryVotes) {
    public Officers {
        chairVotes = List.copyOf(chairVotes);
        secretaryVotes = List.copyOf(secretaryVotes);
    }
}
