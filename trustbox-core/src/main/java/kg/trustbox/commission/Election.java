package kg.trustbox.commission;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * The open vote for chair and secretary at the commission's first meeting. Every member
 * present casts one vote for each post; those who vote for the chair are those present.
 *
 * @param date the meeting's date
 * @param chairVotes one vote per member present
 * @param secretaryVotes one vote per member present
 */
public record Election(
        @NotNull LocalDate date,
        @NotEmpty List<@Valid @NotNull Vote> chairVotes,
        @NotEmpty List<@Valid @NotNull Vote> secretaryVotes) {
    public Election {
        chairVotes = List.copyOf(chairVotes);
        secretaryVotes = List.copyOf(secretaryVotes);
    }
}
