package kg.trustbox.benchmarks.compliance;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Channel;
import kg.trustbox.appeal.Decision;
import kg.trustbox.appeal.Forwarding;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.time.ManualClock;
import kg.trustbox.benchmarks.BenchSchools;
import kg.trustbox.box.Inspection;
import kg.trustbox.box.OpeningRequest;
import kg.trustbox.box.Paper;
import kg.trustbox.box.Seal;
import kg.trustbox.box.SealedBox;
import kg.trustbox.commission.PersonId;
import kg.trustbox.meeting.AgendaItem;
import kg.trustbox.meeting.MeetingRecord;
import kg.trustbox.meeting.Protocol;
import kg.trustbox.report.Quarter;
import kg.trustbox.school.School;
import kg.trustbox.store.Stores;

/**
 * Figure 4's data: one school's year 2027 played through {@link TrustBoxOffice}, as the core's test fixture does:
 * every Tuesday an opening with 0–2 appeals, registration the same day, decisions a week later, answers or closures,
 * a forwarding now and then, four meetings with minutes signed by all, quarterly reports prepared on the 3rd and
 * discussed. A school that keeps the rules: the compliance check should find nothing. With breaches (for the smoke
 * test) it misses a Tuesday, seals one opening a day late, finds a broken seal once, holds no meeting in May, prepares
 * the second quarter's report late, registers an appeal three days late and decides another after its term.
 */
public final class YearOfActivity {
    public static final LocalDate FROM = LocalDate.of(2027, 1, 1);
    public static final LocalDate TO = LocalDate.of(2027, 12, 31);
    private static final LocalDate[] MEETINGS = {LocalDate.of(2027, 2, 10), LocalDate.of(2027, 5, 12), LocalDate.of(2027, 9, 15),
        LocalDate.of(2027, 11, 17)};
    private static final Quarter[] REPORTS = {new Quarter(2026, 4), new Quarter(2027, 1), new Quarter(2027, 2), new Quarter(2027, 3)};

    private YearOfActivity() {
    }

    private record Pending(AppealId id, LocalDate on, boolean anonymous) {
    }

    /** A year played: the school's office, and its date when the year was over (what a check run then calls today). */
    public record Played(TrustBoxOffice office, LocalDate today) {
    }

    /** Constitutes {@code school}'s commission, installs its box and plays the year on {@code stores}; returns its office. */
    public static TrustBoxOffice play(School school, Stores stores, long seed) {
        return play(school, stores, seed, false).office();
    }

    /** {@link #play(School, Stores, long)}, with the breaches listed above when {@code breaches}. */
    public static Played play(School school, Stores stores, long seed, boolean breaches) {
        ManualClock clock = new ManualClock(LocalDate.of(2026, 8, 24).atTime(10, 0).atZone(school.zone()).toInstant());
        TrustBoxOffice office = TrustBoxOffice.of(school, stores, clock);
        BenchSchools.constitute(office);
        int[] seal = {1};
        office.installBox(Seal.of(String.format("KG-%06d", seal[0]++))).orElseThrow();
        Random random = new Random(seed);
        List<Pending> decisions = new ArrayList<>();
        int report = 0;
        int meeting = 0;
        LocalDate tuesday = LocalDate.of(2027, 1, 5);
        boolean registeredLate = false;
        for (int week = 0; week < 52; week++, tuesday = tuesday.plusWeeks(1)) {
            while (report < REPORTS.length && !REPORTS[report].reportDue().isAfter(tuesday.plusDays(7))) {
                boolean late = breaches && REPORTS[report].equals(new Quarter(2027, 2));
                clock.set(REPORTS[report].reportDue().plusDays(late ? 3 : -2), LocalTime.of(10, 0), school.zone());
                office.prepareQuarterlyReport(REPORTS[report], "Ата-энелер мектептин ашканасына даттанышат", BenchSchools.RESPONSIBLE)
                        .orElseThrow();
                report++;
            }
            while (meeting < MEETINGS.length && MEETINGS[meeting].isBefore(tuesday.minusDays(1).plusDays(7))) {
                LocalDate date = MEETINGS[meeting++];
                if (!(breaches && date.getMonthValue() == 5)) {
                    meet(office, clock, date);
                }
            }
            for (Pending p : List.copyOf(decisions)) {
                if (!p.on.isAfter(tuesday)) {
                    clock.set(p.on, LocalTime.of(9, 0), school.zone());
                    office.decide(p.id, Decision.of(Verdict.values()[random.nextInt(3)], "чаралар көрүлдү")).orElseThrow();
                    if (p.anonymous) {
                        office.closeWithoutAnswer(p.id).orElseThrow();
                    } else {
                        office.answer(p.id, Channel.LETTER).orElseThrow();
                    }
                    decisions.remove(p);
                }
            }
            int count = random.nextInt(3);
            List<Paper> papers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                papers.add(Paper.from(random.nextBoolean() ? Appellant.anonymous()
                        : new Appellant.Signed("Ата-эне " + week + "-" + i, Appellant.Contacts.address("Бишкек ш., Ленин көч., 1"))));
            }
            if (breaches && week == 9) {
                continue; // a Tuesday missed
            }
            clock.set(tuesday, LocalTime.of(12, 5), school.zone());
            Seal current = ((SealedBox) office.box().orElseThrow()).seal();
            Inspection inspection = breaches && week == 20 ? new Inspection(false, false, current.number()) : Inspection.inOrder(current);
            List<AppealId> ids = office.open(OpeningRequest.of(BenchSchools.quorum(), inspection, papers))
                    .orElseThrow().appeals();
            clock.advance(breaches && week == 14 ? Duration.ofDays(1) : Duration.ofMinutes(15));
            office.seal(Seal.of(String.format("KG-%06d", seal[0]++))).orElseThrow();
            for (int i = 0; i < ids.size(); i++) {
                AppealId id = ids.get(i);
                boolean lateRegistration = breaches && week >= 30 && !registeredLate && i == ids.size() - 1;
                registeredLate |= lateRegistration;
                clock.set(lateRegistration ? tuesday.plusDays(3) : tuesday, LocalTime.of(14, 0), school.zone());
                office.register(id, RegistrationRequest.of(BenchSchools.RESPONSIBLE, Category.values()[random.nextInt(5)],
                        AppealLanguage.values()[random.nextInt(3)], "мазмуну")).orElseThrow();
                office.assign(id, BenchSchools.RESPONSIBLE).orElseThrow();
                if (random.nextInt(4) == 0) {
                    office.forward(id, new Forwarding("Райондук билим берүү бөлүмү", tuesday, "01-" + week)).orElseThrow();
                }
                boolean overdue = breaches && week == 31 && i == 0;
                decisions.add(new Pending(id, tuesday.plusDays(overdue ? 20 : 7), papers.get(i).from() instanceof Appellant.Anonymous));
            }
        }
        while (meeting < MEETINGS.length) {
            meet(office, clock, MEETINGS[meeting++]);
        }
        for (Pending p : decisions) {
            clock.set(p.on, LocalTime.of(9, 0), school.zone());
            office.decide(p.id, Decision.of(Verdict.JUSTIFIED, "чаралар көрүлдү")).orElseThrow();
        }
        return new Played(office, clock.instant().atZone(school.zone()).toLocalDate());
    }

    private static void meet(TrustBoxOffice office, ManualClock clock, LocalDate date) {
        clock.set(date, LocalTime.of(15, 0), office.school().zone());
        List<AgendaItem> agenda = new ArrayList<>();
        agenda.add(new AgendaItem.Other("Ишеним кутусунун иши"));
        for (Quarter q : REPORTS) {
            if (office.quarterlyReport(q).filter(r -> r.discussedAt().isEmpty()).isPresent()) {
                agenda.add(new AgendaItem.ReportDiscussion(q.year(), q.quarter()));
            }
        }
        Protocol p = office.holdMeeting(new MeetingRecord(date, List.of(BenchSchools.CHAIR, BenchSchools.SECRETARY,
                BenchSchools.RESPONSIBLE, BenchSchools.PARENT), agenda, List.of("Маалымат эске алынсын"))).orElseThrow();
        for (PersonId member : p.signatories()) {
            office.signProtocol(p.number(), member, date.plusDays(1)).orElseThrow();
        }
    }
}
