package kg.trustbox.benchmarks.compliance;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kg.trustbox.access.AccessRecord;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.Extension;
import kg.trustbox.appeal.Registration;
import kg.trustbox.box.Incident;
import kg.trustbox.box.JournalEntry;
import kg.trustbox.box.OpenedBox;
import kg.trustbox.box.TrustBox;
import kg.trustbox.chain.Chain;
import kg.trustbox.chain.Linked;
import kg.trustbox.commission.Commission;
import kg.trustbox.commission.Member;
import kg.trustbox.meeting.Protocol;
import kg.trustbox.report.QuarterlyReport;
import kg.trustbox.rule.Rule;
import kg.trustbox.school.School;
import kg.trustbox.school.SchoolId;
import kg.trustbox.school.WorkingCalendar;
import kg.trustbox.store.Stores;

/**
 * The fair compliance baseline (issue #17): a school's compliance check written by hand, as an engineer would write
 * it for one regulation without trustbox's rule objects, over the same stores and the same rules:
 * <ul>
 *   <li>R-4.3: each Tuesday from the day after the commission was constituted (chair and secretary elected) and the
 *       box installed, not in a vacation, with no opening that day and no opening recorded as a deviation within six
 *       days of it, judged once those six days have passed;</li>
 *   <li>R-4.5: each opening sealed the same day, each incident found at an opening, a box left open;</li>
 *   <li>R-6.2, R-6.1: the opening journal's and the access log's hash chains verified whole, each entry's hash
 *       recomputed and its link and sequence checked, the last against the recorded head;</li>
 *   <li>R-5.3: two meetings with complete minutes per half-year, minutes not signed by all;</li>
 *   <li>R-5.5: each quarterly report from the commission's first order on: missing by the 5th after the quarter, late,
 *       not discussed by the end of the next quarter;</li>
 *   <li>Law No. 67: registration by the next working day after withdrawal; a decision within 14 calendar days of
 *       registration, or by the extension's date when it was granted while the term ran;</li>
 *   <li>R-5.1, R-5.2, R-5.4: each composition odd, at least three, with a parent representative; the composition in
 *       force at the end with a responsible person, chair and secretary.</li>
 * </ul>
 * It reads what the library's check reads, once each: the commission's history, the box, the whole journal (for the
 * chain, and the period's openings from it), the access log, the appeals undecided or decided since the period
 * began, the minutes and the reports. A finding is kept when dated in the period and certain on {@code today}.
 *
 * <p>The library's: the school's calendar (data), and the chains' definition of an entry's text and hash
 * ({@code canonical()}, {@link Chain#link}), which a verification must recompute exactly. The defaults of the
 * regulation (Tuesday, 14 days, two meetings) are written in, as such a check would have them. Stateless;
 * thread-safe if the stores are.
 */
public final class HandCheck {
    private static final DayOfWeek OPENING_DAY = DayOfWeek.TUESDAY;
    private static final int DEVIATION_DAYS = 6;
    private static final int MEETINGS_PER_HALF_YEAR = 2;
    private static final int CONSIDERATION_DAYS = 14;

    /** One finding: the rule, its date and the library's message key, what the smoke test compares. */
    public record Found(Rule rule, LocalDate date, String key) {
    }

    private final Stores stores;

    public HandCheck(Stores stores) {
        this.stores = stores;
    }

    /** The findings for {@code school} from {@code from} to {@code to} (inclusive) as known on {@code today}, by date and rule. */
    public List<Found> check(School school, LocalDate from, LocalDate to, LocalDate today) {
        SchoolId id = school.id();
        ZoneId zone = school.zone();
        List<Found> found = new ArrayList<>();
        List<Commission> commissions = stores.commissions().history(id);
        Optional<TrustBox> box = stores.boxes().find(id);
        List<JournalEntry> journal = stores.journal().entries(id);
        List<AccessRecord> access = stores.accessLog().records(id);
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        List<Appeal> appeals = stores.appeals().undecidedOrDecidedSince(id, start, end);
        List<Protocol> protocols = stores.meetings().list(id);
        List<QuarterlyReport> reports = stores.reports().list(id);

        long journalBroken = brokenAt(journal, stores.journal().head(id));
        if (journalBroken > 0) {
            add(found, Rule.R_6_2, to, "compliance.journalBroken", from, from, to, today);
        }
        long accessBroken = brokenAt(access, stores.accessLog().head(id));
        if (accessBroken > 0) {
            add(found, Rule.R_6_1, to, "compliance.accessLogBroken", from, from, to, today);
        }

        // owed Tuesdays without an opening
        Set<LocalDate> opened = new HashSet<>();
        List<LocalDate> deviations = new ArrayList<>();
        for (JournalEntry j : journal) {
            LocalDate day = j.openedAt().atZone(zone).toLocalDate();
            opened.add(day);
            if (j.deviation().isPresent()) {
                deviations.add(day);
            }
        }
        Optional<LocalDate> installed = box.map(b -> b.installedAt().atZone(zone).toLocalDate());
        WorkingCalendar calendar = school.calendar();
        LocalDate d = from;
        while (d.getDayOfWeek() != OPENING_DAY) {
            d = d.plusDays(1);
        }
        for (; !d.isAfter(to) && d.plusDays(DEVIATION_DAYS).isBefore(today); d = d.plusWeeks(1)) {
            if (ready(d, commissions, installed) && !vacation(d, calendar) && !held(d, opened, deviations)) {
                add(found, Rule.R_4_3, d, "compliance.missedOpening", d, from, to, today);
            }
        }

        // sealed the same day, incidents, a box left open
        for (JournalEntry j : journal) {
            LocalDate day = j.openedAt().atZone(zone).toLocalDate();
            LocalDate sealed = j.sealedAt().atZone(zone).toLocalDate();
            if (!sealed.equals(day)) {
                add(found, Rule.R_4_5, day, "compliance.sealedLate", sealed, from, to, today);
            }
            for (Incident i : j.incidents()) {
                add(found, Rule.R_4_5, day, "compliance.incident." + i.name(), day, from, to, today);
            }
        }
        if (box.orElse(null) instanceof OpenedBox open) {
            LocalDate day = open.opening().at().atZone(zone).toLocalDate();
            add(found, Rule.R_4_5, day, "compliance.leftOpen", day.plusDays(1), from, to, today);
            for (Incident i : open.opening().incidents()) {
                add(found, Rule.R_4_5, day, "compliance.incident." + i.name(), day, from, to, today);
            }
        }

        // meetings per half-year with complete minutes
        LocalDate half = LocalDate.of(from.getYear(), from.getMonthValue() <= 6 ? 1 : 7, 1);
        for (; !half.plusMonths(6).minusDays(1).isAfter(to); half = half.plusMonths(6)) {
            LocalDate last = half.plusMonths(6).minusDays(1);
            if (half.isBefore(from)) {
                continue;
            }
            int complete = 0;
            for (Protocol p : protocols) {
                if (!p.date().isBefore(half) && !p.date().isAfter(last) && p.signatures().keySet().containsAll(p.signatories())) {
                    complete++;
                }
            }
            if (complete < MEETINGS_PER_HALF_YEAR) {
                add(found, Rule.R_5_3, last, "compliance.fewMeetings", last.plusDays(1), from, to, today);
            }
        }
        for (Protocol p : protocols) {
            if (!p.signatures().keySet().containsAll(p.signatories())) {
                add(found, Rule.R_5_3, p.date(), "compliance.protocolUnsigned", p.date(), from, to, today);
            }
        }

        // quarterly reports, from the quarter before the period's first
        LocalDate activeFrom = LocalDate.MAX;
        for (Commission c : commissions) {
            if (c.order().date().isBefore(activeFrom)) {
                activeFrom = c.order().date();
            }
        }
        LocalDate quarter = LocalDate.of(from.getYear(), (from.getMonthValue() - 1) / 3 * 3 + 1, 1).minusMonths(3);
        for (; !quarter.plusMonths(3).plusDays(4).isAfter(to); quarter = quarter.plusMonths(3)) {
            LocalDate due = quarter.plusMonths(3).plusDays(4); // the 5th of the month after the quarter
            if (due.isBefore(activeFrom)) {
                continue;
            }
            int year = quarter.getYear();
            int q = (quarter.getMonthValue() - 1) / 3 + 1;
            QuarterlyReport report = null;
            for (QuarterlyReport r : reports) {
                if (r.quarter().year() == year && r.quarter().quarter() == q) {
                    report = r;
                    break;
                }
            }
            if (report == null) {
                add(found, Rule.R_5_5, due, "compliance.reportMissing", due.plusDays(1), from, to, today);
                continue;
            }
            if (report.preparedOn().isAfter(due)) {
                add(found, Rule.R_5_5, report.preparedOn(), "compliance.reportLate", report.preparedOn(), from, to, today);
            }
            LocalDate discussBy = quarter.plusMonths(6).minusDays(1);
            if (report.discussedAt().isEmpty()) {
                add(found, Rule.R_5_5, discussBy, "compliance.reportNotDiscussed", discussBy.plusDays(1), from, to, today);
            }
        }

        // Law No. 67: registered by the next working day, decided within 14 days (or the extension granted in time)
        for (Appeal a : appeals) {
            LocalDate withdrawn = a.withdrawal().at().atZone(zone).toLocalDate();
            LocalDate registrationDue = withdrawn.plusDays(1);
            while (!calendar.isWorkingDay(registrationDue)) {
                registrationDue = registrationDue.plusDays(1);
            }
            Optional<Registration> registration = a.registration();
            if (registration.isEmpty() || registration.get().at().atZone(zone).toLocalDate().isAfter(registrationDue)) {
                LocalDate late = registrationDue.plusDays(1);
                add(found, Rule.LAW_67, late, "compliance.registeredLate", late, from, to, today);
            }
            if (registration.isEmpty()) {
                continue;
            }
            LocalDate term = registration.get().at().atZone(zone).toLocalDate().plusDays(CONSIDERATION_DAYS);
            LocalDate due = term;
            Optional<Extension> extension = a.extension();
            if (extension.isPresent() && !extension.get().at().atZone(zone).toLocalDate().isAfter(term)) {
                due = extension.get().newDue();
            }
            Optional<Instant> decided = a.decidedAt();
            if (decided.isEmpty() || decided.get().atZone(zone).toLocalDate().isAfter(due)) {
                LocalDate late = due.plusDays(1);
                add(found, Rule.LAW_67, late, "compliance.overdue", late, from, to, today);
            }
        }

        // the commission's composition
        for (Commission c : commissions) {
            LocalDate on = c.order().date().isBefore(from) ? from : c.order().date();
            int size = c.members().size();
            if (size % 2 == 0 || size < 3) {
                add(found, Rule.R_5_1, on, "compliance.commissionSize", on, from, to, today);
            }
            boolean parent = false;
            for (Member m : c.members()) {
                parent |= m.parentRepresentative();
            }
            if (!parent) {
                add(found, Rule.R_5_1, on, "compliance.noParent", on, from, to, today);
            }
        }
        LocalDate until = to.isBefore(today) ? to : today;
        Commission inForce = null;
        for (Commission c : commissions) {
            if (!c.order().date().isAfter(until)) {
                inForce = c;
            }
        }
        if (inForce != null) {
            if (inForce.responsiblePerson().isEmpty()) {
                add(found, Rule.R_5_2, until, "compliance.noResponsible", until, from, to, today);
            }
            if (inForce.officers().isEmpty()) {
                add(found, Rule.R_5_4, until, "compliance.notConstituted", until, from, to, today);
            }
        }
        found.sort(Comparator.comparing(Found::date).thenComparing(f -> f.rule().ordinal()).thenComparing(Found::key));
        return found;
    }

    /** Adds a finding dated in the period whose breach is certain on {@code certainOn}, not after {@code today}. */
    private static void add(List<Found> found, Rule rule, LocalDate date, String key, LocalDate certainOn, LocalDate from, LocalDate to,
                            LocalDate today) {
        if (!date.isBefore(from) && !date.isAfter(to) && !certainOn.isAfter(today)) {
            found.add(new Found(rule, date, key));
        }
    }

    /** The first sequence at which the chain breaks, 0 when it is intact up to its recorded head. */
    private static long brokenAt(List<? extends Linked> entries, Optional<Chain.Head> head) {
        String previous = Chain.GENESIS;
        long expected = 1;
        for (Linked e : entries) {
            if (e.sequence() != expected || !e.previousHash().equals(previous) || !Chain.link(e.canonical(), previous).equals(e.hash())) {
                return expected;
            }
            previous = e.hash();
            expected++;
        }
        Chain.Head recorded = head.orElse(Chain.Head.START);
        return recorded.sequence() == expected - 1 && recorded.hash().equals(previous) ? 0 : Math.min(expected - 1, recorded.sequence()) + 1;
    }

    /** Whether the school could open on {@code day}: a constituted composition in force, a day after its election and the box's installation. */
    private static boolean ready(LocalDate day, List<Commission> history, Optional<LocalDate> installed) {
        if (installed.isEmpty() || !day.isAfter(installed.get())) {
            return false;
        }
        for (int i = 0; i < history.size(); i++) {
            Commission c = history.get(i);
            if (c.officers().isEmpty() || day.isBefore(c.order().date()) || !day.isAfter(c.officers().get().electedOn())) {
                continue;
            }
            if (i + 1 == history.size() || day.isBefore(history.get(i + 1).order().date())) {
                return true;
            }
        }
        return false;
    }

    /** A day the school does not work, with no working day in the six after it. */
    private static boolean vacation(LocalDate day, WorkingCalendar calendar) {
        if (calendar.isWorkingDay(day)) {
            return false;
        }
        for (int i = 1; i <= DEVIATION_DAYS; i++) {
            if (calendar.isWorkingDay(day.plusDays(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean held(LocalDate day, Set<LocalDate> opened, List<LocalDate> deviations) {
        if (opened.contains(day)) {
            return true;
        }
        for (LocalDate x : deviations) {
            if (Math.abs(x.toEpochDay() - day.toEpochDay()) <= DEVIATION_DAYS) {
                return true;
            }
        }
        return false;
    }
}
