package kg.trustbox.examples;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import kg.trustbox.OpeningResult;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.AppealTracking;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Channel;
import kg.trustbox.appeal.Decision;
import kg.trustbox.appeal.Forwarding;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.Inspection;
import kg.trustbox.box.JournalEntry;
import kg.trustbox.box.OpeningRequest;
import kg.trustbox.box.Paper;
import kg.trustbox.box.Seal;
import kg.trustbox.box.SealedBox;
import kg.trustbox.commission.Commission;
import kg.trustbox.commission.Election;
import kg.trustbox.commission.PersonId;
import kg.trustbox.commission.Vote;
import kg.trustbox.meeting.AgendaItem;
import kg.trustbox.meeting.MeetingRecord;
import kg.trustbox.meeting.Protocol;
import kg.trustbox.time.ManualClock;
import kg.trustbox.report.Quarter;
import kg.trustbox.report.QuarterlyReport;

/**
 * Plays one school term (18 weeks from a Tuesday) through the office, as the commission and the
 * responsible person would: the Tuesday openings with their acts, sealing and journal, the
 * appeals' registration, consideration, forwarding, decisions and answers, two meetings with
 * signed minutes and the quarterly reports. Deterministic for a seed.
 */
final class SchoolTerm {
    static final int WEEKS = 18;
    private static final List<PersonId> PRESENT = List.of(DemoSchool.CHAIR, DemoSchool.SECRETARY, DemoSchool.PARENT);
    private static final List<PersonId> EVERYONE = List.of(DemoSchool.CHAIR, DemoSchool.SECRETARY, DemoSchool.RESPONSIBLE,
            DemoSchool.PARENT, DemoSchool.TEACHER);

    /** The signed appellants a term draws from: name and address. Package-private for the raw-table test. */
    static final String[][] SIGNED = {
            {"Асанов Бакыт Токтогулович", "Бишкек ш., Ахунбаев көч., 112-үй, 14-батир"},
            {"Кадырова Айнура Жумабековна", "Бишкек ш., Токтогул көч., 45"},
            {"Смирнова Ольга Викторовна", "г. Бишкек, ул. Киевская, д. 77, кв. 3"},
            {"Токтосунов Үмөт Эрмекович", "Бишкек ш., Жибек Жолу пр., 300"},
            {"Ким Елена Александровна", "г. Бишкек, мкр. Джал, д. 18, кв. 40"},
            {"Маматова Гүлзат Өскөнбаевна", "Бишкек ш., Исанов көч., 8"},
    };
    private static final String[] SUMMARIES_KY = {
            "Класс жетекчи баланы сабактан чыгарып жиберет, баланын билим алуу укугу бузулууда",
            "Ата-энелерден класстын ремонту үчүн акча чогултулат, эсеп берилбейт",
            "Мектептин ашканасында тамак муздак берилет, сапатын текшерүүнү суранабыз",
            "Мектептин короосуна кошумча жарык орнотууну сунуштайбыз",
            "Дене тарбия сабагында бала жаракат алды, мугалим кароосуз калтырды",
    };
    private static final String[] SUMMARIES_RU = {
            "Учитель повышает голос на детей, ребёнок боится ходить в школу",
            "С родителей собирают деньги на подарки учителям под давлением",
            "Предлагаем открыть кружок робототехники после уроков",
            "В раздевалке пропадают вещи, просим установить камеру",
            "Жалоба на расписание: шесть уроков подряд без перемены на обед",
    };
    private static final String[] BODIES = {"Бишкек шаарынын Билим берүү башкармалыгы", "Первомай районунун прокуратурасы",
            "Балдарды коргоо боюнча райондук бөлүм"};

    /**
     * What goes wrong in a term, on purpose, so that the compliance check has something true to find.
     *
     * @param brokenSeal the fifth opening finds the seal broken
     * @param overdue one appeal of the thirteenth week is never decided (Law No. 67)
     * @param missedTuesday nobody opens the box in the tenth week
     * @param lateExtension one appeal of the thirteenth week is extended only after its term ran out: the
     *     office refuses, and it is decided late (Law No. 67)
     */
    record Mishaps(boolean brokenSeal, boolean overdue, boolean missedTuesday, boolean lateExtension) {
        /** The demo's term: a broken seal and an overdue appeal. */
        static final Mishaps DEMO = new Mishaps(true, true, false, false);
    }

    private final TrustBoxOffice office;
    private final ManualClock clock;
    private final Mishaps mishaps;
    private final Random random;
    private final Progress progress;
    private int sealNumber;
    private boolean overduePlanned;
    private final List<Integer> protocols = new ArrayList<>();
    /** The appeals whose every step is printed: those of the term's first two openings. The rest print nothing. */
    private final java.util.Set<AppealId> detailed = new java.util.HashSet<>();

    /** Where the demo reports what happens. */
    interface Progress {
        void say(String line);
    }

    SchoolTerm(TrustBoxOffice office, ManualClock clock, long seed, Progress progress) {
        this(office, clock, seed, progress, Mishaps.DEMO);
    }

    SchoolTerm(TrustBoxOffice office, ManualClock clock, long seed, Progress progress, Mishaps mishaps) {
        this.office = office;
        this.mishaps = mishaps;
        this.clock = clock;
        this.random = new Random(seed);
        this.progress = progress;
    }

    /** What a term did, for the summary. */
    record Result(LocalDate first, LocalDate last, int openings, int acts, int appeals, int signed, int anonymous,
                  List<Integer> protocols, List<Quarter> reports) {
    }

    /** Appoints the commission, installs the box and holds the first meeting, if the school has none yet. */
    boolean setUpIfNew() {
        if (office.commission().isPresent()) {
            return false;
        }
        clock.set(DemoSchool.COMMISSION_ORDER.date(), LocalTime.of(9, 0), office.school().zone());
        office.appointCommission(DemoSchool.COMMISSION_ORDER, DemoSchool.members()).orElseThrow();
        office.appointResponsiblePerson(DemoSchool.RESPONSIBLE, DemoSchool.RESPONSIBLE_ORDER).orElseThrow();
        office.declare(new kg.trustbox.access.Declaration(DemoSchool.INSPECTOR, kg.trustbox.access.Role.AUDITOR,
                DemoSchool.INSPECTOR_ORDER)).orElseThrow();
        progress.say("Order " + DemoSchool.COMMISSION_ORDER.number() + ": a commission of 5 with a parent representative; "
                + "responsible person appointed by order " + DemoSchool.RESPONSIBLE_ORDER.number());
        LocalDate first = LocalDate.of(2026, 8, 27);
        clock.set(first, LocalTime.of(15, 0), office.school().zone());
        List<Vote> chair = EVERYONE.stream().map(v -> new Vote(v, v.equals(DemoSchool.TEACHER) ? DemoSchool.SECRETARY : DemoSchool.CHAIR)).toList();
        List<Vote> secretary = EVERYONE.stream().map(v -> new Vote(v, DemoSchool.SECRETARY)).toList();
        office.electOfficers(new Election(first, chair, secretary)).orElseThrow();
        protocols.add(meeting(first, List.of(new AgendaItem.OfficersElection(), new AgendaItem.Other("«Ишеним кутусунун» иш тартиби")),
                List.of("Комиссиянын төрагасы Ж. Т. Алымкулова, катчысы С. И. Петрова болуп шайлансын",
                        "Кутуну ар шейшемби саат 12:00дө ачуу тартиби бекитилсин")));
        clock.set(first, LocalTime.of(16, 30), office.school().zone());
        office.installBox(nextSeal()).orElseThrow();
        progress.say("First meeting " + first + ": chair and secretary elected by open vote; the box is installed and sealed");
        return true;
    }

    /** Plays {@link #WEEKS} weeks from the Tuesday {@code start}. */
    Result play(LocalDate start) {
        int openings = 0;
        int acts = 0;
        int signed = 0;
        int anonymous = 0;
        List<Quarter> reports = new ArrayList<>();
        List<Planned> plans = new ArrayList<>();
        LocalDate tuesday = start;
        LocalDate last = start.plusWeeks(WEEKS).minusDays(1);
        for (int week = 0; week < WEEKS; week++, tuesday = tuesday.plusWeeks(1)) {
            // quarterly reports fall due in the first days of a quarter's following month
            Quarter previous = Quarter.of(tuesday).previous();
            if (!tuesday.minusDays(7).isAfter(previous.last()) && office.quarterlyReport(previous).isEmpty()
                    && office.commission().flatMap(Commission::responsiblePerson).isPresent()) {
                LocalDate on = office.school().calendar().nextWorkingDay(previous.last());
                clock.set(on, LocalTime.of(10, 0), office.school().zone());
                QuarterlyReport r = office.prepareQuarterlyReport(previous,
                        "Ашкананын тамагы жана ата-энелерден акча чогултуу боюнча кайрылуулар кайталанууда.", DemoSchool.RESPONSIBLE)
                        .orElseThrow();
                reports.add(previous);
                progress.say("Quarterly report " + previous.roman() + " " + previous.year() + " prepared on " + on + ": "
                        + r.current().received() + " appeal(s)");
            }
            decideDue(plans, tuesday);
            if (mishaps.missedTuesday() && week == 9) {
                progress.say(tuesday + " nobody opens the box");
                continue;
            }
            Optional<OpeningResult> opened = openOn(tuesday, week);
            if (opened.isPresent()) {
                openings++;
                OpeningResult r = opened.get();
                if (r.act().isPresent()) {
                    acts++;
                }
                for (AppealId id : r.appeals()) {
                    boolean isAnonymous = office.tracking(id).anonymous();
                    if (isAnonymous) {
                        anonymous++;
                    } else {
                        signed++;
                    }
                    boolean late = !overduePlanned && week >= 12 && (mishaps.overdue() || mishaps.lateExtension());
                    overduePlanned |= late;
                    plans.add(register(id, r.box().opening().at(), week, isAnonymous, late && mishaps.overdue(),
                            late && mishaps.lateExtension()));
                }
            }
            if (week == 6 || week == 14) {
                protocols.add(termMeeting(tuesday.plusDays(1), week));
            }
        }
        decideDue(plans, last);
        return new Result(start, last, openings, acts, signed + anonymous, signed, anonymous, List.copyOf(protocols), reports);
    }

    private Optional<OpeningResult> openOn(LocalDate tuesday, int week) {
        LocalDate day = tuesday;
        Optional<String> deviation = Optional.empty();
        if (!office.school().calendar().isWorkingDay(tuesday)) {
            day = office.school().calendar().nextWorkingDay(tuesday);
            // as a secretary writes it: "2026-жылдын 10-ноябры", not an ISO date
            String date = kg.trustbox.document.Wording.of(kg.trustbox.school.Language.KYRGYZ).date(tuesday);
            deviation = Optional.of(date + " шейшемби майрам күнү болгондуктан, куту кийинки жумуш күнү ачылды");
        }
        clock.set(day, LocalTime.of(12, 5 + random.nextInt(20)), office.school().zone());
        Seal current = ((SealedBox) office.box().orElseThrow()).seal();
        boolean brokenSeal = mishaps.brokenSeal() && week == 4;
        Inspection inspection = brokenSeal ? new Inspection(false, false, current.number()) : Inspection.inOrder(current);
        List<Paper> papers = new ArrayList<>();
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            papers.add(paper(i));
        }
        OpeningRequest request = OpeningRequest.of(PRESENT, inspection, papers);
        if (deviation.isPresent()) {
            request = request.withDeviation(deviation.get());
        }
        OpeningResult result = office.open(request).orElseThrow();
        clock.set(day, LocalTime.of(12, 40), office.school().zone());
        JournalEntry entry = office.seal(nextSeal()).orElseThrow();
        progress.say(String.format("%s opening: %d appeal(s)%s%s%s, sealed with %s", day, n,
                result.act().map(a -> ", act № " + a.number()).orElse(""),
                brokenSeal ? ", the seal was found BROKEN (incident recorded)" : "",
                deviation.isPresent() ? ", moved from the holiday " + tuesday + " (deviation recorded)" : "",
                entry.newSeal().number()));
        return Optional.of(result);
    }

    private Paper paper(int i) {
        if (random.nextInt(3) == 0) {
            return Paper.from(Appellant.anonymous());
        }
        String[] who = SIGNED[random.nextInt(SIGNED.length)];
        Appellant.Contacts contacts = random.nextBoolean() ? Appellant.Contacts.address(who[1])
                : new Appellant.Contacts(Optional.of(who[1]), Optional.of("+996 555 " + (100000 + random.nextInt(900000))), Optional.empty());
        return new Paper(new Appellant.Signed(who[0], contacts), i == 0 ? "" : "бир барак");
    }

    /** What will happen to an appeal: decided on a day, answered or closed, or left overdue. */
    private record Planned(AppealId id, LocalDate decideOn, boolean anonymous, boolean leaveOverdue, boolean russian,
                           Optional<LocalDate> extendOn) {
    }

    private Planned register(AppealId id, java.time.Instant withdrawnAt, int week, boolean anonymous, boolean leaveOverdue,
                             boolean extendLate) {
        LocalDate day = office.school().local(withdrawnAt).toLocalDate();
        clock.set(day, LocalTime.of(14, 30), office.school().zone());
        Category category = Category.values()[random.nextInt(Category.values().length)];
        boolean russian = random.nextInt(3) == 0;
        String summary = russian ? SUMMARIES_RU[random.nextInt(SUMMARIES_RU.length)] : SUMMARIES_KY[random.nextInt(SUMMARIES_KY.length)];
        AppealTracking t = office.register(id, RegistrationRequest.of(DemoSchool.RESPONSIBLE, category,
                russian ? AppealLanguage.RUSSIAN : AppealLanguage.KYRGYZ, summary)).orElseThrow();
        office.assign(id, DemoSchool.RESPONSIBLE).orElseThrow();
        String forwarded = "";
        if (category == Category.CORRUPTION || random.nextInt(5) == 0) {
            String body = BODIES[random.nextInt(BODIES.length)];
            office.forward(id, new Forwarding(body, day, "01-15/" + (200 + week))).orElseThrow();
            forwarded = ", forwarded to " + body;
        }
        if (random.nextInt(3) == 0) {
            office.tag(id, List.of(category == Category.CORRUPTION ? "акча чогултуу" : "ашкана")).orElseThrow();
        }
        if (week < 2) {
            detailed.add(id);
        }
        if (week < 2 || leaveOverdue) {
            progress.say("  registered " + t.number().orElseThrow() + " (" + category + (anonymous ? ", anonymous" : "") + ")"
                    + ", under consideration" + forwarded + (leaveOverdue ? "; nobody will decide it in time" : ""));
        }
        if (extendLate) {
            // the term (14 days) ends on day + 14; the extension is asked for two days later and refused,
            // and the decision comes on day + 20
            return new Planned(id, day.plusDays(20), anonymous, false, russian, Optional.of(day.plusDays(16)));
        }
        return new Planned(id, office.school().calendar().plusWorkingDays(day, 2 + random.nextInt(6)), anonymous, leaveOverdue, russian,
                Optional.empty());
    }

    private void decideDue(List<Planned> plans, LocalDate upTo) {
        List<Planned> byDate = new ArrayList<>(plans);
        byDate.sort(java.util.Comparator.comparing(Planned::decideOn));
        for (Planned p : byDate) {
            if (p.leaveOverdue() || p.decideOn().isAfter(upTo)) {
                continue;
            }
            if (p.extendOn().isPresent()) {
                clock.set(p.extendOn().get(), LocalTime.of(10, 0), office.school().zone());
                var refused = office.extend(p.id(), "Кошумча маалымат талап кылынат", p.extendOn().get().plusDays(10)).rejectionIfAny();
                progress.say("  " + p.extendOn().get() + " " + office.tracking(p.id()).number().orElseThrow()
                        + ": an extension asked for after the term ran out is refused ("
                        + refused.map(r -> r.rule().id()).orElse("accepted?") + ")");
            }
            clock.set(p.decideOn(), LocalTime.of(11, 0), office.school().zone());
            Verdict verdict = Verdict.values()[random.nextInt(3)];
            String measures = verdict == Verdict.NOT_JUSTIFIED ? ""
                    : p.russian() ? "С учителем проведена разъяснительная беседа, вопрос взят на контроль классным руководителем"
                    : "Мугалим менен түшүндүрүү иши жүргүзүлдү, маселе класс жетекчинин көзөмөлүнө алынды";
            office.decide(p.id(), Decision.of(verdict, measures)).orElseThrow();
            AppealTracking t;
            if (office.tracking(p.id()).anonymous()) {
                office.answer(p.id(), Channel.LETTER).rejectionIfAny().orElseThrow(); // the regulation refuses: no one to write to
                t = office.closeWithoutAnswer(p.id()).orElseThrow();
                if (detailed.contains(p.id())) {
                    progress.say("  " + p.decideOn() + " " + t.number().orElseThrow() + " decided " + verdict
                            + "; anonymous, so it cannot be answered by letter: closed without answer");
                }
            } else {
                t = office.answer(p.id(), Channel.LETTER).orElseThrow();
                if (detailed.contains(p.id())) {
                    progress.say("  " + p.decideOn() + " " + t.number().orElseThrow() + " decided " + verdict + ", answered by letter");
                }
            }
            plans.remove(p);
        }
    }

    private int termMeeting(LocalDate date, int week) {
        List<AgendaItem> agenda = new ArrayList<>();
        agenda.add(new AgendaItem.Other("«Ишеним кутусу» аркылуу келип түшкөн кайрылуулардын каралышы"));
        for (Quarter q = Quarter.of(date).previous().previous(); !q.equals(Quarter.of(date)); q = q.next()) {
            Quarter quarter = q;
            if (office.quarterlyReport(q).filter(r -> r.discussedAt().isEmpty()).isPresent()) {
                agenda.add(new AgendaItem.ReportDiscussion(quarter.year(), quarter.quarter()));
            }
        }
        if (week == 14) {
            agenda.add(new AgendaItem.Incidents("Пломбанын бузулганы аныкталган ачуу боюнча иликтөө"));
        }
        return meeting(date, agenda, List.of("Маалымат эске алынсын", "Кайрылуулар мыйзамда белгиленген мөөнөттө каралсын"));
    }

    private int meeting(LocalDate date, List<AgendaItem> agenda, List<String> decisions) {
        clock.set(date, LocalTime.of(15, 0), office.school().zone());
        Protocol p = office.holdMeeting(new MeetingRecord(date, List.of(DemoSchool.CHAIR, DemoSchool.SECRETARY, DemoSchool.RESPONSIBLE,
                DemoSchool.PARENT, DemoSchool.TEACHER), agenda, decisions)).orElseThrow();
        for (PersonId member : p.signatories()) {
            office.signProtocol(p.number(), member, date.plusDays(1)).orElseThrow();
        }
        progress.say(date + " meeting, protocol № " + p.number() + " signed by all " + p.signatories().size() + " members");
        return p.number();
    }

    private Seal nextSeal() {
        sealNumber++;
        return Seal.of(String.format("KG-61-%05d", sealNumber));
    }

    /** Continues the seal numbering of a school that already has a journal. */
    void continueSeals() {
        sealNumber = office.journal().size() + 1;
    }

    /** The first Tuesday after the school's last opening, or 1 September 2026 for a new school. */
    LocalDate nextTermStart() {
        List<JournalEntry> journal = office.journal();
        if (journal.isEmpty()) {
            return LocalDate.of(2026, 9, 1);
        }
        LocalDate last = office.school().local(journal.get(journal.size() - 1).openedAt()).toLocalDate();
        LocalDate d = last.plusDays(1);
        while (d.getDayOfWeek() != DayOfWeek.TUESDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
