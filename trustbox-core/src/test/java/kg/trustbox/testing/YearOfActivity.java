package kg.trustbox.testing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Channel;
import kg.trustbox.appeal.Decision;
import kg.trustbox.appeal.Forwarding;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.Inspection;
import kg.trustbox.box.OpeningRequest;
import kg.trustbox.box.Paper;
import kg.trustbox.commission.PersonId;
import kg.trustbox.meeting.AgendaItem;
import kg.trustbox.meeting.MeetingRecord;
import kg.trustbox.meeting.Protocol;
import kg.trustbox.report.Quarter;
import kg.trustbox.rule.Rule;

/**
 * Plays a school's year 2027 through the office: every Tuesday an opening with 0–2 appeals,
 * registration the same day, decisions a week later, two meetings per half-year with signed
 * minutes, quarterly reports prepared on the 3rd and discussed. Breaches can be seeded; each is
 * returned with the rule and date a compliance check should report.
 */
public final class YearOfActivity {
    public static final LocalDate FROM = LocalDate.of(2027, 1, 1);
    public static final LocalDate TO = LocalDate.of(2027, 12, 31);

    /** A breach to seed. */
    public sealed interface Breach permits MissedTuesday, LateRegistration, LateDecision, UnsignedProtocol, LateReport, SealedNextDay {
    }

    /** No opening in week {@code week} (0–51). */
    public record MissedTuesday(int week) implements Breach {
    }

    /** Week {@code week}'s appeal registered on Friday. */
    public record LateRegistration(int week) implements Breach {
    }

    /** Week {@code week}'s appeal decided 20 days after registration. */
    public record LateDecision(int week) implements Breach {
    }

    /** Meeting {@code meeting} (0–3) keeps one signature missing. */
    public record UnsignedProtocol(int meeting) implements Breach {
    }

    /** The report of quarter index {@code quarter} (0 = Q4 2026 … 3 = Q3 2027) prepared on the 8th. */
    public record LateReport(int quarter) implements Breach {
    }

    /** Week {@code week}'s box sealed the next morning. */
    public record SealedNextDay(int week) implements Breach {
    }

    /** A finding the check should report. */
    public record Expected(Rule rule, LocalDate date) {
    }

    private static final LocalDate[] MEETINGS = {LocalDate.of(2027, 2, 10), LocalDate.of(2027, 5, 12), LocalDate.of(2027, 9, 15),
            LocalDate.of(2027, 11, 17)};
    private static final Quarter[] REPORTS = {new Quarter(2026, 4), new Quarter(2027, 1), new Quarter(2027, 2), new Quarter(2027, 3)};

    private YearOfActivity() {
    }

    /** Plays the year on {@code h} (constituted, box installed) with {@code breaches}; returns what a check should find. */
    public static List<Expected> play(Harness h, Set<Breach> breaches, long seed) {
        Random random = new Random(seed);
        List<Expected> expected = new ArrayList<>();
        List<Pending> decisions = new ArrayList<>();
        int reportIndex = 0;
        int meetingIndex = 0;
        LocalDate tuesday = LocalDate.of(2027, 1, 5);
        for (int week = 0; week < 52; week++, tuesday = tuesday.plusWeeks(1)) {
            LocalDate weekStart = tuesday.minusDays(1);
            // reports due this week: prepared on the 3rd (or the 8th when seeded late)
            while (reportIndex < REPORTS.length && !REPORTS[reportIndex].reportDue().isAfter(tuesday.plusDays(7))) {
                boolean late = breaches.contains(new LateReport(reportIndex));
                LocalDate on = REPORTS[reportIndex].reportDue().minusDays(late ? -3 : 2);
                at(h, on, 10, 0);
                h.office.prepareQuarterlyReport(REPORTS[reportIndex], "Ата-энелер мектептин ашканасына даттанышат", Fixtures.RESPONSIBLE)
                        .orElseThrow();
                if (late) {
                    expected.add(new Expected(Rule.R_5_5, on));
                }
                reportIndex++;
            }
            while (meetingIndex < MEETINGS.length && MEETINGS[meetingIndex].isBefore(weekStart.plusDays(7))) {
                meeting(h, meetingIndex, breaches.contains(new UnsignedProtocol(meetingIndex)), expected);
                meetingIndex++;
            }
            for (Pending p : List.copyOf(decisions)) {
                if (!p.on.isAfter(tuesday)) {
                    at(h, p.on, 9, 0);
                    h.office.decide(p.id, Decision.of(Verdict.values()[random.nextInt(3)], "чаралар көрүлдү")).orElseThrow();
                    if (p.anonymous) {
                        h.office.closeWithoutAnswer(p.id).orElseThrow();
                    } else {
                        h.office.answer(p.id, Channel.LETTER).orElseThrow();
                    }
                    decisions.remove(p);
                }
            }
            if (breaches.contains(new MissedTuesday(week))) {
                expected.add(new Expected(Rule.R_4_3, tuesday));
                continue;
            }
            boolean forced = breaches.contains(new LateRegistration(week)) || breaches.contains(new LateDecision(week));
            int papers = forced ? 1 : random.nextInt(3);
            List<Paper> list = new ArrayList<>();
            for (int i = 0; i < papers; i++) {
                list.add(Paper.from(random.nextBoolean() ? Appellant.anonymous() : Fixtures.signed("Ата-эне " + week + "-" + i)));
            }
            at(h, tuesday, 12, 5);
            List<AppealId> ids = h.office.open(OpeningRequest.of(Fixtures.quorum(), Inspection.inOrder(h.currentSeal()), list))
                    .orElseThrow().appeals();
            if (breaches.contains(new SealedNextDay(week))) {
                at(h, tuesday.plusDays(1), 8, 30);
                expected.add(new Expected(Rule.R_4_5, tuesday));
            } else {
                h.clock.advance(Duration.ofMinutes(15));
            }
            h.office.seal(h.nextSeal()).orElseThrow();
            for (int i = 0; i < ids.size(); i++) {
                AppealId id = ids.get(i);
                LocalDate registered = tuesday;
                if (breaches.contains(new LateRegistration(week))) {
                    registered = tuesday.plusDays(3);
                    expected.add(new Expected(Rule.LAW_67, tuesday.plusDays(2)));
                }
                at(h, registered, 14, 0);
                h.office.register(id, RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.values()[random.nextInt(5)],
                        AppealLanguage.values()[random.nextInt(3)], "мазмуну")).orElseThrow();
                h.office.assign(id, Fixtures.RESPONSIBLE).orElseThrow();
                if (random.nextInt(4) == 0) {
                    h.office.forward(id, new Forwarding("Райондук билим берүү бөлүмү", registered, "01-" + week)).orElseThrow();
                }
                boolean late = breaches.contains(new LateDecision(week));
                if (late) {
                    expected.add(new Expected(Rule.LAW_67, registered.plusDays(15)));
                }
                decisions.add(new Pending(id, registered.plusDays(late ? 20 : 7), list.get(i).from() instanceof Appellant.Anonymous));
            }
        }
        while (meetingIndex < MEETINGS.length) {
            meeting(h, meetingIndex, breaches.contains(new UnsignedProtocol(meetingIndex)), expected);
            meetingIndex++;
        }
        for (Pending p : decisions) {
            at(h, p.on, 9, 0);
            h.office.decide(p.id, Decision.of(Verdict.JUSTIFIED, "чаралар көрүлдү")).orElseThrow();
        }
        return expected;
    }

    /** Moves the clock past the year's end (10 January 2028), when every day of the year can be judged. */
    public static void after(Harness h) {
        at(h, TO.plusDays(10), 9, 0);
    }

    private record Pending(AppealId id, LocalDate on, boolean anonymous) {
    }

    private static void meeting(Harness h, int index, boolean leaveUnsigned, List<Expected> expected) {
        LocalDate date = MEETINGS[index];
        at(h, date, 15, 0);
        List<AgendaItem> agenda = new ArrayList<>();
        agenda.add(new AgendaItem.Other("Ишеним кутусунун иши"));
        for (Quarter q : REPORTS) {
            if (h.office.quarterlyReport(q).filter(r -> r.discussedAt().isEmpty()).isPresent()) {
                agenda.add(new AgendaItem.ReportDiscussion(q.year(), q.quarter()));
            }
        }
        Protocol p = h.office.holdMeeting(new MeetingRecord(date, List.of(Fixtures.CHAIR, Fixtures.SECRETARY, Fixtures.RESPONSIBLE,
                Fixtures.PARENT), agenda, List.of("Маалымат эске алынсын"))).orElseThrow();
        for (PersonId member : p.signatories()) {
            if (leaveUnsigned && member.equals(Fixtures.TEACHER)) {
                continue;
            }
            h.office.signProtocol(p.number(), member, date.plusDays(1)).orElseThrow();
        }
        if (leaveUnsigned) {
            expected.add(new Expected(Rule.R_5_3, date));
            LocalDate halfEnd = date.getMonthValue() <= 6 ? LocalDate.of(2027, 6, 30) : LocalDate.of(2027, 12, 31);
            expected.add(new Expected(Rule.R_5_3, halfEnd));
        }
    }

    private static void at(Harness h, LocalDate date, int hour, int minute) {
        h.clock.set(LocalDateTime.of(date, LocalTime.of(hour, minute)).atZone(h.school.zone()).toInstant());
    }

    /** Whether {@code d} is a Tuesday. */
    static boolean isTuesday(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.TUESDAY;
    }
}
