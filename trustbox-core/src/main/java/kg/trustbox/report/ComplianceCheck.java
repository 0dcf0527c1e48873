package kg.trustbox.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.DeadlinePolicy;
import kg.trustbox.box.JournalEntry;
import kg.trustbox.box.OpenedBox;
import kg.trustbox.box.OpeningSchedule;
import kg.trustbox.box.TrustBox;
import kg.trustbox.chain.Chain;
import kg.trustbox.commission.Commission;
import kg.trustbox.commission.Member;
import kg.trustbox.meeting.Protocol;
import kg.trustbox.rule.Rule;
import kg.trustbox.school.School;

/**
 * What an inspector checks for a school over a period, each finding with its rule and date:
 * every opening day has an opening or a recorded deviation; every opening was sealed the
 * same day with a journal entry; the journal and access log verify; each
 * half-year has the minimum of meetings with complete minutes; each quarterly report was
 * ready by the 5th and discussed; appeals were registered in time and none is overdue
 * (Law No. 67); the commission stayed odd, with a parent representative, a responsible
 * person, chair and secretary. Stateless and thread-safe.
 *
 * @param school the school
 * @param schedule the opening schedule
 * @param deadlines the deadline policy
 * @param meetingsPerHalfYear the minimum of meetings per half-year
 */
public record ComplianceCheck(School school, OpeningSchedule schedule, DeadlinePolicy deadlines, int meetingsPerHalfYear) {

    /** Everything the check reads, gathered by the caller. */
    public record Evidence(
            List<Commission> commissions,
            Optional<TrustBox> box,
            List<JournalEntry> journal,
            Chain.Verification journalVerification,
            Chain.Verification accessLogVerification,
            List<Appeal> appeals,
            List<Protocol> protocols,
            List<QuarterlyReport> reports) {
    }

    /** The findings from {@code from} to {@code to} (inclusive), by date. */
    public List<Finding> run(Evidence e, LocalDate from, LocalDate to) {
        List<Finding> found = new ArrayList<>();
        LocalDate activeFrom = e.commissions().stream().map(c -> c.order().date()).min(LocalDate::compareTo).orElse(to.plusDays(1));
        LocalDate start = activeFrom.isAfter(from) ? activeFrom : from;
        if (!start.isAfter(to)) {
            Slots.missed(school, schedule, e.journal(), start, to)
                    .forEach(d -> found.add(Finding.of(Rule.R_4_3, d, "compliance.missedOpening", d)));
        }
        sealing(e, from, to, found);
        if (e.journalVerification() instanceof Chain.Verification.Broken b) {
            found.add(Finding.of(Rule.R_6_2, to, "compliance.journalBroken", b.sequence()));
        }
        if (e.accessLogVerification() instanceof Chain.Verification.Broken b) {
            found.add(Finding.of(Rule.R_6_1, to, "compliance.accessLogBroken", b.sequence()));
        }
        meetings(e, from, to, found);
        reports(e, from, to, found);
        appeals(e, from, to, found);
        commission(e, from, to, found);
        found.sort(Comparator.comparing(Finding::date).thenComparing(f -> f.rule().ordinal()));
        return found;
    }

    private void sealing(Evidence e, LocalDate from, LocalDate to, List<Finding> found) {
        for (JournalEntry j : e.journal()) {
            LocalDate opened = school.local(j.openedAt()).toLocalDate();
            LocalDate sealed = school.local(j.sealedAt()).toLocalDate();
            if (in(opened, from, to) && !sealed.equals(opened)) {
                found.add(Finding.of(Rule.R_4_5, opened, "compliance.sealedLate", opened, sealed));
            }
        }
        if (e.box().orElse(null) instanceof OpenedBox open) {
            LocalDate opened = school.local(open.opening().at()).toLocalDate();
            if (in(opened, from, to) && opened.isBefore(to)) {
                found.add(Finding.of(Rule.R_4_5, opened, "compliance.leftOpen", opened));
            }
        }
    }

    private void meetings(Evidence e, LocalDate from, LocalDate to, List<Finding> found) {
        for (HalfYear h = HalfYear.of(from); !h.last().isAfter(to); h = h.next()) {
            HalfYear half = h;
            if (half.first().isBefore(from)) {
                continue;
            }
            long complete = e.protocols().stream().filter(p -> half.contains(p.date()) && p.isComplete()).count();
            if (complete < meetingsPerHalfYear) {
                found.add(Finding.of(Rule.R_5_3, half.last(), "compliance.fewMeetings", half, complete, meetingsPerHalfYear));
            }
        }
        for (Protocol p : e.protocols()) {
            if (in(p.date(), from, to) && !p.isComplete()) {
                found.add(Finding.of(Rule.R_5_3, p.date(), "compliance.protocolUnsigned", p.number(), p.unsigned().size()));
            }
        }
    }

    private void reports(Evidence e, LocalDate from, LocalDate to, List<Finding> found) {
        for (Quarter q = Quarter.of(from).previous(); !q.reportDue().isAfter(to); q = q.next()) {
            Quarter quarter = q;
            if (q.reportDue().isBefore(from) || q.reportDue().isBefore(activeFrom(e))) {
                continue;
            }
            Optional<QuarterlyReport> r = e.reports().stream().filter(x -> x.quarter().equals(quarter)).findFirst();
            if (r.isEmpty()) {
                found.add(Finding.of(Rule.R_5_5, q.reportDue(), "compliance.reportMissing", q, q.reportDue()));
                continue;
            }
            if (!r.get().wasOnTime()) {
                found.add(Finding.of(Rule.R_5_5, r.get().preparedOn(), "compliance.reportLate", q, r.get().preparedOn(), q.reportDue()));
            }
            LocalDate discussBy = q.next().last();
            if (r.get().discussedAt().isEmpty() && !discussBy.isAfter(to)) {
                found.add(Finding.of(Rule.R_5_5, discussBy, "compliance.reportNotDiscussed", q, discussBy));
            }
        }
    }

    private static LocalDate activeFrom(Evidence e) {
        return e.commissions().stream().map(c -> c.order().date()).min(LocalDate::compareTo).orElse(LocalDate.MAX);
    }

    private void appeals(Evidence e, LocalDate from, LocalDate to, List<Finding> found) {
        Analysis analysis = new Analysis(school, schedule, deadlines);
        for (Appeal a : e.appeals()) {
            LocalDate withdrawn = school.local(a.withdrawal().at()).toLocalDate();
            LocalDate registrationDue = deadlines.registrationDue(withdrawn, school.calendar());
            Optional<LocalDate> registered = a.registration().map(r -> school.local(r.at()).toLocalDate());
            String name = a.registration().map(r -> r.number().toString()).orElse(a.id().value());
            if (registered.map(r -> r.isAfter(registrationDue)).orElse(true) && in(registrationDue.plusDays(1), from, to)) {
                found.add(Finding.of(Rule.LAW_67, registrationDue.plusDays(1), "compliance.registeredLate", name, registrationDue));
            }
            if (registered.isEmpty()) {
                continue;
            }
            LocalDate due = analysis.due(a);
            Optional<LocalDate> decided = a.decidedAt().map(t -> school.local(t).toLocalDate());
            if (decided.map(d -> d.isAfter(due)).orElse(true) && in(due.plusDays(1), from, to)) {
                found.add(Finding.of(Rule.LAW_67, due.plusDays(1), "compliance.overdue", name, due));
            }
        }
    }

    private void commission(Evidence e, LocalDate from, LocalDate to, List<Finding> found) {
        for (Commission c : e.commissions()) {
            LocalDate on = c.order().date().isBefore(from) ? from : c.order().date();
            if (on.isAfter(to)) {
                continue;
            }
            if (c.members().size() % 2 == 0 || c.members().size() < Commission.MINIMUM_MEMBERS) {
                found.add(Finding.of(Rule.R_5_1, on, "compliance.commissionSize", c.order().number(), c.members().size()));
            }
            if (c.members().stream().noneMatch(Member::parentRepresentative)) {
                found.add(Finding.of(Rule.R_5_1, on, "compliance.noParent", c.order().number()));
            }
        }
        e.commissions().stream().filter(c -> !c.order().date().isAfter(to)).reduce((a, b) -> b).ifPresent(c -> {
            if (c.responsiblePerson().isEmpty()) {
                found.add(Finding.of(Rule.R_5_2, to, "compliance.noResponsible", c.order().number()));
            }
            if (!c.isConstituted()) {
                found.add(Finding.of(Rule.R_5_4, to, "compliance.notConstituted", c.order().number()));
            }
        });
    }

    private static boolean in(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }
}
