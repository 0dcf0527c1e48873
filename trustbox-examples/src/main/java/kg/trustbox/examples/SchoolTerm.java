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
    private final DemoWords words;
    private int sealNumber;
    private boolean overduePlanned;
    private final List<Integer> protocols = new ArrayList<>();
    private final java.util.Map<Category, Integer> categories = new java.util.EnumMap<>(Category.class);
    private final java.util.Map<Verdict, Integer> verdicts = new java.util.EnumMap<>(Verdict.class);
    /** The appeals whose every step is printed: those of the term's first two openings. The rest print nothing. */
    private final java.util.Set<AppealId> detailed = new java.util.HashSet<>();
    /** Forms with a receipt lying beside the box: a parent writing anonymously takes one now and then. */
    private final java.util.Deque<kg.trustbox.receipt.ReceiptCode> forms = new java.util.ArrayDeque<>();
    /** Codes attached this term, in order, with the appeal each is on: what the stubs' holders keep. */
    private final java.util.Map<kg.trustbox.receipt.ReceiptCode, AppealId> stubs = new java.util.LinkedHashMap<>();
    private int published;
    /** Who takes a form: drawn apart from the term's other chances, so receipts leave the rest of the term as it was. */
    private Random takesForm;

    /** Where the demo reports what happens. */
    interface Progress {
        void say(String line);
    }

    SchoolTerm(TrustBoxOffice office, ManualClock clock, long seed, DemoWords words, Progress progress) {
        this(office, clock, seed, words, progress, Mishaps.DEMO);
    }

    /** A term that reports in English. */
    SchoolTerm(TrustBoxOffice office, ManualClock clock, long seed, Progress progress, Mishaps mishaps) {
        this(office, clock, seed, new DemoWords(DemoWords.EN), progress, mishaps);
    }

    SchoolTerm(TrustBoxOffice office, ManualClock clock, long seed, DemoWords words, Progress progress, Mishaps mishaps) {
        this.office = office;
        this.words = words;
        this.mishaps = mishaps;
        this.clock = clock;
        this.random = new Random(seed);
        this.takesForm = new Random(seed + 1);
        this.progress = progress;
    }

    /** Lays out forms with these receipt codes beside the box for the term. */
    void layOutForms(List<kg.trustbox.receipt.ReceiptCode> codes) {
        forms.addAll(codes);
    }

    /** The stubs the anonymous parents of this term keep: code, and the appeal it is attached to. */
    java.util.Map<kg.trustbox.receipt.ReceiptCode, AppealId> stubs() {
        return java.util.Collections.unmodifiableMap(stubs);
    }

    /** Outcomes published this term for the holders of receipts. */
    int published() {
        return published;
    }

    /** What a term did, for the summary. */
    record Result(LocalDate first, LocalDate last, int openings, int acts, int appeals, int signed, int anonymous,
                  List<Integer> protocols, List<Quarter> reports, java.util.Map<Category, Integer> categories,
                  java.util.Map<Verdict, Integer> verdicts) {
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
        progress.say(words.text("setup", DemoSchool.COMMISSION_ORDER.number(), DemoSchool.RESPONSIBLE_ORDER.number()));
        LocalDate first = LocalDate.of(2026, 8, 27);
        clock.set(first, LocalTime.of(15, 0), office.school().zone());
        List<Vote> chair = EVERYONE.stream().map(v -> new Vote(v, v.equals(DemoSchool.TEACHER) ? DemoSchool.SECRETARY : DemoSchool.CHAIR)).toList();
        List<Vote> secretary = EVERYONE.stream().map(v -> new Vote(v, DemoSchool.SECRETARY)).toList();
        office.electOfficers(new Election(first, chair, secretary)).orElseThrow();
        protocols.add(meeting(first, List.of(new AgendaItem.OfficersElection(), new AgendaItem.Other(DemoTexts.AGENDA_ORDER.ky())),
                List.of(DemoTexts.DECISION_OFFICERS.ky(), DemoTexts.DECISION_SCHEDULE.ky())));
        clock.set(first, LocalTime.of(16, 30), office.school().zone());
        office.installBox(nextSeal()).orElseThrow();
        progress.say(words.text("setup.meeting", first));
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
                QuarterlyReport r = office.prepareQuarterlyReport(previous, DemoTexts.REPORT_PROBLEMS.ky(), DemoSchool.RESPONSIBLE)
                        .orElseThrow();
                reports.add(previous);
                progress.say(words.text("report.prepared", previous.roman(), String.valueOf(previous.year()), on, r.current().received()));
            }
            decideDue(plans, tuesday);
            if (mishaps.missedTuesday() && week == 9) {
                progress.say(words.text("opening.missed", tuesday));
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
        return new Result(start, last, openings, acts, signed + anonymous, signed, anonymous, List.copyOf(protocols), reports,
                java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(categories)),
                java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(verdicts)));
    }

    private Optional<OpeningResult> openOn(LocalDate tuesday, int week) {
        LocalDate day = tuesday;
        Optional<String> deviation = Optional.empty();
        if (!office.school().calendar().isWorkingDay(tuesday)) {
            day = office.school().calendar().nextWorkingDay(tuesday);
            // in the state language, as a secretary writes it: "2026-жылдын 10-ноябры", not an ISO date
            deviation = Optional.of(DemoTexts.deviation(tuesday).ky());
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
        progress.say(words.text("opening", day, n, result.act().map(a -> words.text("opening.act", a.number())).orElse(""),
                brokenSeal ? words.text("opening.broken") : "", deviation.isPresent() ? words.text("opening.moved", tuesday) : "",
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
        return new Paper(new Appellant.Signed(who[0], contacts), i == 0 ? "" : DemoTexts.ONE_SHEET.ky());
    }

    /** What will happen to an appeal: decided on a day, answered or closed, or left overdue. */
    private record Planned(AppealId id, LocalDate decideOn, boolean anonymous, boolean leaveOverdue, AppealLanguage language,
                           Optional<LocalDate> extendOn) {
    }

    private Planned register(AppealId id, java.time.Instant withdrawnAt, int week, boolean anonymous, boolean leaveOverdue,
                             boolean extendLate) {
        LocalDate day = office.school().local(withdrawnAt).toLocalDate();
        clock.set(day, LocalTime.of(14, 30), office.school().zone());
        Category category = Category.values()[random.nextInt(Category.values().length)];
        categories.merge(category, 1, Integer::sum);
        boolean russian = random.nextInt(3) == 0;
        AppealLanguage language = russian ? AppealLanguage.RUSSIAN : AppealLanguage.KYRGYZ;
        // the summary in the appeal's own language: the first five are written in Kyrgyz, the last five in Russian
        DemoTexts.Text summary = DemoTexts.SUMMARIES.get((russian ? 5 : 0) + random.nextInt(5));
        AppealTracking t = office.register(id, RegistrationRequest.of(DemoSchool.RESPONSIBLE, category, language,
                summary.in(language))).orElseThrow();
        if (anonymous && !forms.isEmpty() && takesForm.nextInt(2) == 0) {
            // written on a form: the registrar types the code from it; the parent keeps the stub
            kg.trustbox.receipt.ReceiptCode code = forms.poll();
            office.attachReceipt(id, code.grouped()).orElseThrow();
            stubs.put(code, id);
            if (stubs.size() == 1) {
                progress.say(words.text("receipt.attached", t.number().orElseThrow()));
            }
        }
        office.assign(id, DemoSchool.RESPONSIBLE).orElseThrow();
        String forwarded = "";
        if (category == Category.CORRUPTION || random.nextInt(5) == 0) {
            DemoTexts.Text body = DemoTexts.BODIES.get(random.nextInt(DemoTexts.BODIES.size()));
            // the school writes to a Kyrgyz body in the state language
            office.forward(id, new Forwarding(body.ky(), day, "01-15/" + (200 + week))).orElseThrow();
            forwarded = words.text("registered.forwarded", words.name(body));
        }
        if (random.nextInt(3) == 0) {
            office.tag(id, List.of((category == Category.CORRUPTION ? DemoTexts.TAG_MONEY : DemoTexts.TAG_CANTEEN).in(language))).orElseThrow();
        }
        if (week < 2) {
            detailed.add(id);
        }
        if (week < 2 || leaveOverdue) {
            progress.say(words.text("registered", t.number().orElseThrow(), words.category(category),
                    anonymous ? words.text("registered.anonymous") : "", forwarded, leaveOverdue ? words.text("registered.overdue") : ""));
        }
        if (extendLate) {
            // the term (14 days) ends on day + 14; the extension is asked for two days later and refused,
            // and the decision comes on day + 20
            return new Planned(id, day.plusDays(20), anonymous, false, language, Optional.of(day.plusDays(16)));
        }
        return new Planned(id, office.school().calendar().plusWorkingDays(day, 2 + random.nextInt(6)), anonymous, leaveOverdue, language,
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
                var refused = office.extend(p.id(), DemoTexts.EXTENSION_REASON.in(p.language()), p.extendOn().get().plusDays(10)).rejectionIfAny();
                progress.say(words.text("extension.refused", p.extendOn().get(), office.tracking(p.id()).number().orElseThrow(),
                        refused.map(r -> r.rule().id()).orElse(words.text("extension.accepted"))));
            }
            clock.set(p.decideOn(), LocalTime.of(11, 0), office.school().zone());
            Verdict verdict = Verdict.values()[random.nextInt(3)];
            verdicts.merge(verdict, 1, Integer::sum);
            // the measures in the appeal's language: the answer letter is written in it
            String measures = verdict == Verdict.NOT_JUSTIFIED ? "" : DemoTexts.MEASURES.in(p.language());
            office.decide(p.id(), Decision.of(verdict, measures)).orElseThrow();
            AppealTracking t;
            if (office.tracking(p.id()).anonymous()) {
                office.answer(p.id(), Channel.LETTER).rejectionIfAny().orElseThrow(); // the regulation refuses: no one to write to
                t = office.closeWithoutAnswer(p.id()).orElseThrow();
                if (stubs.containsValue(p.id()) && takesForm.nextInt(4) != 0) {
                    // the commission writes what the stub's holder may read: no name, nothing that identifies
                    office.publishOutcome(p.id(), DemoTexts.PUBLISHED_OUTCOME.in(p.language())).orElseThrow();
                    published++;
                }
                if (detailed.contains(p.id())) {
                    progress.say(words.text("decided.closed", p.decideOn(), t.number().orElseThrow(), words.verdict(verdict)));
                }
            } else {
                t = office.answer(p.id(), Channel.LETTER).orElseThrow();
                if (detailed.contains(p.id())) {
                    progress.say(words.text("decided.answered", p.decideOn(), t.number().orElseThrow(), words.verdict(verdict)));
                }
            }
            plans.remove(p);
        }
    }

    private int termMeeting(LocalDate date, int week) {
        List<AgendaItem> agenda = new ArrayList<>();
        agenda.add(new AgendaItem.Other(DemoTexts.AGENDA_APPEALS.ky()));
        for (Quarter q = Quarter.of(date).previous().previous(); !q.equals(Quarter.of(date)); q = q.next()) {
            Quarter quarter = q;
            if (office.quarterlyReport(q).filter(r -> r.discussedAt().isEmpty()).isPresent()) {
                agenda.add(new AgendaItem.ReportDiscussion(quarter.year(), quarter.quarter()));
            }
        }
        if (week == 14) {
            agenda.add(new AgendaItem.Incidents(DemoTexts.AGENDA_INCIDENT.ky()));
        }
        // the school's own records are kept in the state language; Russian documents show the demo's translation (DemoTexts)
        return meeting(date, agenda, List.of(DemoTexts.DECISION_NOTED.ky(), DemoTexts.DECISION_TERMS.ky()));
    }

    private int meeting(LocalDate date, List<AgendaItem> agenda, List<String> decisions) {
        clock.set(date, LocalTime.of(15, 0), office.school().zone());
        Protocol p = office.holdMeeting(new MeetingRecord(date, List.of(DemoSchool.CHAIR, DemoSchool.SECRETARY, DemoSchool.RESPONSIBLE,
                DemoSchool.PARENT, DemoSchool.TEACHER), agenda, decisions)).orElseThrow();
        for (PersonId member : p.signatories()) {
            office.signProtocol(p.number(), member, date.plusDays(1)).orElseThrow();
        }
        progress.say(words.text("meeting", date, p.number(), p.signatories().size()));
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
