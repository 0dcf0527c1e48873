package kg.trustbox.meeting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kg.trustbox.commission.PersonId;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.rule.Rule;
import kg.trustbox.school.SchoolId;

/**
 * The minutes (protocol) of a commission meeting, drawn up by the secretary and signed by
 * every member of the commission as it stood on the meeting's date. Complete only when all have
 * signed; an incomplete protocol is pending and never counts towards the meetings of a half-year.
 * Immutable.
 *
 * @param school the school
 * @param number the protocol's number in the school, from 1
 * @param date the meeting's date
 * @param secretary who drew it up
 * @param present the members present
 * @param agenda the agenda
 * @param decisions the decisions
 * @param signatories every member of the commission on the meeting's date
 * @param signatures who has signed, and when
 */
public record Protocol(
        SchoolId school,
        int number,
        LocalDate date,
        PersonId secretary,
        List<PersonId> present,
        List<AgendaItem> agenda,
        List<String> decisions,
        List<PersonId> signatories,
        Map<PersonId, LocalDate> signatures) {
    public Protocol {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(date, "date");
        present = List.copyOf(present);
        agenda = List.copyOf(agenda);
        decisions = List.copyOf(decisions);
        signatories = List.copyOf(signatories);
        signatures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(signatures));
    }

    /** Whether every member has signed. */
    public boolean isComplete() {
        return signatures.keySet().containsAll(signatories);
    }

    /** The members who have not signed yet. */
    public List<PersonId> unsigned() {
        return signatories.stream().filter(p -> !signatures.containsKey(p)).toList();
    }

    /** The protocol with {@code member}'s signature of {@code on}. */
    public Outcome<Protocol> sign(PersonId member, LocalDate on) {
        if (!signatories.contains(member)) {
            return Outcome.rejected(Rule.R_5_3, "protocol.notSignatory", member, number);
        }
        if (signatures.containsKey(member)) {
            return Outcome.rejected(Rule.R_5_3, "protocol.signedTwice", member, number, signatures.get(member));
        }
        if (on.isBefore(date)) {
            return Outcome.rejected(Rule.R_5_3, "protocol.signedBeforeMeeting", member, on, date);
        }
        Map<PersonId, LocalDate> more = new LinkedHashMap<>(signatures);
        more.put(member, on);
        return Outcome.accepted(new Protocol(school, number, date, secretary, present, agenda, decisions, signatories, more));
    }

    /** The day the last member signed, once complete. */
    public java.util.Optional<LocalDate> completedOn() {
        return isComplete() ? signatures.values().stream().max(LocalDate::compareTo) : java.util.Optional.empty();
    }
}
