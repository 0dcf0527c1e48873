package kg.trustbox;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kg.trustbox.commission.Commission;
import kg.trustbox.commission.Member;
import kg.trustbox.commission.PersonId;
import kg.trustbox.input.Limits;
import kg.trustbox.meeting.AgendaItem;
import kg.trustbox.meeting.MeetingRecord;
import kg.trustbox.meeting.Protocol;
import kg.trustbox.report.Quarter;
import kg.trustbox.report.QuarterlyReport;
import kg.trustbox.outcome.NotFoundException;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The commission's meetings and their minutes, where quarterly reports are discussed
 * . Not API; thread-safe.
 */
final class Sittings {
    private static final Logger LOG = LoggerFactory.getLogger(Sittings.class);
    private final Desk desk;
    private final Appointments appointments;

    Sittings(Desk desk, Appointments appointments) {
        this.desk = desk;
        this.appointments = appointments;
    }

    Outcome<Protocol> hold(MeetingRecord meeting) {
        desk.inputs().require("meeting", meeting);
        return desk.step(() -> appointments.constitutedOn(meeting.date())
                .then(c -> c.presence(meeting.present(), desk.regulation().quorum(), Commission.Sitting.MEETING).then(p -> minutes(c, meeting))));
    }

    private Outcome<Protocol> minutes(Commission c, MeetingRecord meeting) {
        int number = desk.stores().meetings().nextNumber(desk.school().id());
        for (AgendaItem item : meeting.agenda()) {
            if (item instanceof AgendaItem.ReportDiscussion d) {
                Quarter q = new Quarter(d.year(), d.quarter());
                Optional<QuarterlyReport> report = desk.stores().reports().find(desk.school().id(), q);
                if (report.isEmpty()) {
                    return Outcome.rejected(Rule.R_5_5, "meeting.noReport", q);
                }
                desk.stores().reports().save(report.get().discussedAt(number));
            }
        }
        Protocol protocol = new Protocol(desk.school().id(), number, meeting.date(), c.officers().orElseThrow().secretary(),
                meeting.present(), meeting.agenda(), meeting.decisions(), c.members().stream().map(Member::id).toList(), Map.of());
        desk.stores().meetings().save(protocol);
        LOG.debug("school {}: meeting of {} recorded as protocol {}", desk.school().id(), meeting.date(), number);
        return Outcome.accepted(protocol);
    }

    Outcome<Protocol> sign(int number, PersonId member, LocalDate on) {
        Limits.day("on", on);
        desk.inputs().require("member", member);
        Objects.requireNonNull(on, "on");
        return desk.step(() -> {
            Protocol p = desk.stores().meetings().find(desk.school().id(), number)
                    .orElseThrow(() -> new NotFoundException("protocol", Integer.toString(number)));
            Outcome<Protocol> signed = p.sign(member, on);
            if (signed instanceof Outcome.Accepted<Protocol> a) {
                desk.stores().meetings().save(a.value());
                LOG.debug("school {}: protocol {} signed by {}{}", desk.school().id(), number, member,
                        a.value().isComplete() ? ", now complete" : "");
            }
            return signed;
        });
    }

    List<Protocol> protocols() {
        return desk.stores().meetings().list(desk.school().id());
    }
}
