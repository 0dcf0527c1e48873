package kg.trustbox.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.DeadlinePolicy;
import kg.trustbox.appeal.Deadlines;
import kg.trustbox.box.Incident;
import kg.trustbox.box.JournalEntry;
import kg.trustbox.box.OpenedBox;
import kg.trustbox.box.OpeningDays;
import kg.trustbox.box.OpeningSchedule;
import kg.trustbox.box.Readiness;
import kg.trustbox.box.TrustBox;
import kg.trustbox.chain.Chain;
import kg.trustbox.commission.Commission;
import kg.trustbox.commission.Member;
import kg.trustbox.meeting.Protocol;
import kg.trustbox.receipt.PublishedOutcomes;
import kg.trustbox.rule.Rule;
import kg.trustbox.school.School;

/**
 * What an inspector checks for a school over a period, each finding with its rule, its date and
 * the record it rests on: every owed opening day has an opening or a recorded deviation
 * ({@link OpeningDays}, R-4.3); every opening was sealed the same day, and box or seal damage found
 * at an opening is reported; the journal and access log verify; each
 * half-year has the minimum of meetings with complete minutes; each quarterly report was
 * ready by the 5th and discussed; appeals were registered and decided in time
 * ({@link Deadlines}, Law No. 67); the commission stayed odd, with a parent representative,
 * a responsible person, chair and secretary.
 *
 * <p>Only what has happened is judged: a finding is reported once its breach is certain on
 * {@code today}, the school's date, never for a day still to come. Stateless and thread-safe.
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

    /**
     * Where a compliance check's verification of the chains ended: the heads of the
     * opening journal and of the access log as verified intact. Kept by the inspector outside the
     * database and passed to the next check, it lets that check read and hash only what was
     * written since, so its cost follows the period, not the school's age. A change to an entry
     * before the checkpoint is left to a check from {@link #START}: run one now and then.
     *
     * @param journal the journal's head as verified
     * @param accessLog the access log's head as verified
     */
    public record Checkpoint(Chain.Head journal, Chain.Head accessLog) {
        /** Verify both chains from their first entry. */
        public static final Checkpoint START = new Checkpoint(Chain.Head.START, Chain.Head.START);

        public Checkpoint {
            Objects.requireNonNull(journal, "journal");
            Objects.requireNonNull(accessLog, "accessLog");
        }
    }

    /**
     * A compliance check's findings, and the checkpoint to pass to the next one: each chain's head
     * when it verified intact, the checkpoint it was verified from otherwise.
     *
     * @param findings the findings, by date
     * @param checkpoint where the next check may verify the chains from
     * @param anonymousOutcomes the anonymous appeals decided in the period, counted by receipt and
     *     by outcome published for it: those whose authors learn nothing of what was done
     */
    public record Result(List<Finding> findings, Checkpoint checkpoint, PublishedOutcomes anonymousOutcomes) {
        public Result {
            findings = List.copyOf(findings);
            Objects.requireNonNull(checkpoint, "checkpoint");
            Objects.requireNonNull(anonymousOutcomes, "anonymousOutcomes");
        }
    }

    /** The findings from {@code from} to {@code to} (inclusive) as known on {@code today}, by date. */
    public List<Finding> run(Evidence e, LocalDate from, LocalDate to, LocalDate today) {
        Objects.requireNonNull(today, "today");
        Findings found = new Findings(from, to, today);
        openings(e, found);
        sealing(e, found);
        if (e.journalVerification() instanceof Chain.Verification.Broken b) {
            found.add(Finding.of(Rule.R_6_2, to, new Basis.ChainRecord(true, b.sequence()), "compliance.journalBroken", b.sequence()),
                    from);
        }
        if (e.accessLogVerification() instanceof Chain.Verification.Broken b) {
            found.add(Finding.of(Rule.R_6_1, to, new Basis.ChainRecord(false, b.sequence()), "compliance.accessLogBroken",
                    b.sequence()), from);
        }
        meetings(e, found);
        reports(e, found);
        appeals(e, found);
        commission(e, found);
        List<Finding> list = new ArrayList<>(found.list);
        list.sort(Comparator.comparing(Finding::date).thenComparing(f -> f.rule().ordinal()));
        return list;
    }

    /** The findings of one run: those dated in the period whose breach is certain on {@code today}. */
    private static final class Findings {
        final LocalDate from;
        final LocalDate to;
        final LocalDate today;
        final List<Finding> list = new ArrayList<>();

        Findings(LocalDate from, LocalDate to, LocalDate today) {
            this.from = from;
            this.to = to;
            this.today = today;
        }

        boolean in(LocalDate d) {
            return !d.isBefore(from) && !d.isAfter(to);
        }

        /** Adds {@code f} if it is dated in the period and its breach is certain on {@code certainOn} or before today. */
        void add(Finding f, LocalDate certainOn) {
            if (in(f.date()) && !certainOn.isAfter(today)) {
                list.add(f);
            }
        }
    }

    private void openings(Evidence e, Findings found) {
        Readiness ready = Readiness.of(e.commissions(), e.box().map(TrustBox::installedAt), school.zone());
        List<LocalDate> days = e.journal().stream().map(j -> day(j.openedAt())).toList();
        List<LocalDate> deviations = e.journal().stream().filter(j -> j.deviation().isPresent()).map(j -> day(j.openedAt())).toList();
        new OpeningDays(school, schedule).missed(ready, days, deviations, found.from, found.to, found.today)
                .forEach(d -> found.add(Finding.of(Rule.R_4_3, d, new Basis.NoOpening(d), "compliance.missedOpening", d), d));
    }

    private void sealing(Evidence e, Findings found) {
        for (JournalEntry j : e.journal()) {
            LocalDate opened = day(j.openedAt());
            LocalDate sealed = day(j.sealedAt());
            Basis entry = new Basis.JournalEntry(j.sequence(), j.act());
            if (!sealed.equals(opened)) {
                found.add(Finding.of(Rule.R_4_5, opened, entry, "compliance.sealedLate", opened, sealed), sealed);
            }
            for (Incident i : new TreeSet<>(j.incidents())) {
                found.add(Finding.of(Rule.R_4_5, opened, entry, "compliance.incident." + i.name(), opened), opened);
            }
        }
        if (e.box().orElse(null) instanceof OpenedBox open) {
            LocalDate opened = day(open.opening().at());
            found.add(Finding.of(Rule.R_4_5, opened, new Basis.Box(), "compliance.leftOpen", opened), opened.plusDays(1));
            for (Incident i : new TreeSet<>(open.opening().incidents())) {
                found.add(Finding.of(Rule.R_4_5, opened, new Basis.Box(), "compliance.incident." + i.name(), opened), opened);
            }
        }
    }

    private void meetings(Evidence e, Findings found) {
        for (HalfYear h = HalfYear.of(found.from); !h.last().isAfter(found.to); h = h.next()) {
            HalfYear half = h;
            if (half.first().isBefore(found.from)) {
                continue;
            }
            long complete = e.protocols().stream().filter(p -> half.contains(p.date()) && p.isComplete()).count();
            if (complete < meetingsPerHalfYear) {
                found.add(Finding.of(Rule.R_5_3, half.last(), new Basis.Protocols(half), "compliance.fewMeetings", half, complete,
                        meetingsPerHalfYear), half.last().plusDays(1));
            }
        }
        for (Protocol p : e.protocols()) {
            if (!p.isComplete()) {
                found.add(Finding.of(Rule.R_5_3, p.date(), new Basis.Protocol(p.number()), "compliance.protocolUnsigned", p.number(),
                        p.unsigned().size()), p.date());
            }
        }
    }

    private void reports(Evidence e, Findings found) {
        LocalDate activeFrom = e.commissions().stream().map(c -> c.order().date()).min(LocalDate::compareTo).orElse(LocalDate.MAX);
        for (Quarter q = Quarter.of(found.from).previous(); !q.reportDue().isAfter(found.to); q = q.next()) {
            Quarter quarter = q;
            if (q.reportDue().isBefore(activeFrom)) {
                continue;
            }
            Basis basis = new Basis.Report(q);
            Optional<QuarterlyReport> r = e.reports().stream().filter(x -> x.quarter().equals(quarter)).findFirst();
            if (r.isEmpty()) {
                found.add(Finding.of(Rule.R_5_5, q.reportDue(), basis, "compliance.reportMissing", q, q.reportDue()),
                        q.reportDue().plusDays(1));
                continue;
            }
            if (!r.get().wasOnTime()) {
                found.add(Finding.of(Rule.R_5_5, r.get().preparedOn(), basis, "compliance.reportLate", q, r.get().preparedOn(),
                        q.reportDue()), r.get().preparedOn());
            }
            LocalDate discussBy = q.next().last();
            if (r.get().discussedAt().isEmpty()) {
                found.add(Finding.of(Rule.R_5_5, discussBy, basis, "compliance.reportNotDiscussed", q, discussBy),
                        discussBy.plusDays(1));
            }
        }
    }

    private void appeals(Evidence e, Findings found) {
        Deadlines terms = new Deadlines(school, deadlines);
        for (Appeal a : e.appeals()) {
            LocalDate registrationDue = terms.registrationDue(a);
            Optional<LocalDate> registered = a.registration().map(r -> day(r.at()));
            if (registered.map(r -> r.isAfter(registrationDue)).orElse(true)) {
                LocalDate late = registrationDue.plusDays(1);
                Basis basis = basis(a);
                found.add(Finding.of(Rule.LAW_67, late, basis, "compliance.registeredLate", basis.values().get(0), registrationDue), late);
            }
            Optional<LocalDate> due = terms.considerationDue(a);
            if (due.isEmpty()) {
                continue;
            }
            Optional<LocalDate> decided = a.decidedAt().map(this::day);
            if (decided.map(d -> d.isAfter(due.get())).orElse(true)) {
                LocalDate late = due.get().plusDays(1);
                Basis basis = basis(a);
                found.add(Finding.of(Rule.LAW_67, late, basis, "compliance.overdue", basis.values().get(0), due.get()), late);
            }
        }
    }

    private void commission(Evidence e, Findings found) {
        for (Commission c : e.commissions()) {
            LocalDate on = c.order().date().isBefore(found.from) ? found.from : c.order().date();
            Basis order = new Basis.Order(c.order().number());
            if (c.members().size() % 2 == 0 || c.members().size() < Commission.MINIMUM_MEMBERS) {
                found.add(Finding.of(Rule.R_5_1, on, order, "compliance.commissionSize", c.order().number(), c.members().size()), on);
            }
            if (c.members().stream().noneMatch(Member::parentRepresentative)) {
                found.add(Finding.of(Rule.R_5_1, on, order, "compliance.noParent", c.order().number()), on);
            }
        }
        LocalDate until = found.to.isBefore(found.today) ? found.to : found.today;
        e.commissions().stream().filter(c -> !c.order().date().isAfter(until)).reduce((a, b) -> b).ifPresent(c -> {
            Basis order = new Basis.Order(c.order().number());
            if (c.responsiblePerson().isEmpty()) {
                found.add(Finding.of(Rule.R_5_2, until, order, "compliance.noResponsible", c.order().number()), until);
            }
            if (!c.isConstituted()) {
                found.add(Finding.of(Rule.R_5_4, until, order, "compliance.notConstituted", c.order().number()), until);
            }
        });
    }

    /** An appeal as a finding names it: by its registration number, by its id until it has one. */
    private static Basis basis(Appeal a) {
        return new Basis.Appeal(a.registration().map(r -> r.number().toString()).orElse(a.id().value()));
    }

    private LocalDate day(java.time.Instant instant) {
        return school.local(instant).toLocalDate();
    }
}
