package kg.trustbox.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import kg.trustbox.commission.PersonId;
import kg.trustbox.input.PlainText;

/**
 * What the secretary records of a meeting.
 *
 * @param date the meeting's date
 * @param present the members present
 * @param agenda the agenda, in order
 * @param decisions the decisions taken, in order
 */
public record MeetingRecord(
        @NotNull LocalDate date,
        @NotEmpty List<@NotNull @Valid PersonId> present,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid AgendaItem> agenda,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 2000) @PlainText(multiline = true) String> decisions) {
    public MeetingRecord {
        present = List.copyOf(present);
        agenda = List.copyOf(agenda);
        decisions = List.copyOf(decisions);
    }
}
