package kg.trustbox.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kg.trustbox.input.PlainText;

/** An item on a commission meeting's agenda. */
public sealed interface AgendaItem permits AgendaItem.OfficersElection, AgendaItem.ReportDiscussion, AgendaItem.Incidents,
        AgendaItem.AppealDiscussion, AgendaItem.Other {

    /** The election of chair and secretary, at the first meeting. */
    record OfficersElection() implements AgendaItem {
    }

    /**
     * The discussion of a quarterly report.
     *
     * @param year the report's year
     * @param quarter the report's quarter, 1 to 4
     */
    record ReportDiscussion(int year, int quarter) implements AgendaItem {
    }

    /**
     * Seal or box incidents.
     *
     * @param text what happened (no personal data)
     */
    record Incidents(@NotBlank @Size(max = 1000) @PlainText(multiline = true) String text) implements AgendaItem {
    }

    /**
     * An appeal, by its registration number; the minutes carry no personal data.
     *
     * @param registrationNumber for example {@code 2026-0017}
     */
    record AppealDiscussion(@NotNull @jakarta.validation.constraints.Pattern(regexp = "[0-9]{4}-[0-9]{4,10}") String registrationNumber)
            implements AgendaItem {
    }

    /**
     * Anything else.
     *
     * @param text the item
     */
    record Other(@NotBlank @Size(max = 1000) @PlainText(multiline = true) String text) implements AgendaItem {
    }
}
