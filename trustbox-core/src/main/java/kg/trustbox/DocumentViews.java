package kg.trustbox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kg.trustbox.access.Official;
import kg.trustbox.access.Purpose;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.Deadlines;
import kg.trustbox.appeal.Extension;
import kg.trustbox.appeal.Forwarding;
import kg.trustbox.appeal.Registration;
import kg.trustbox.appeal.DeadlinePolicy;
import kg.trustbox.appeal.Status;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.ActLine;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.JournalEntry;
import kg.trustbox.box.OpenedBox;
import kg.trustbox.box.WithdrawalAct;
import kg.trustbox.chain.Chain;
import kg.trustbox.commission.Commission;
import kg.trustbox.commission.Member;
import kg.trustbox.commission.PersonId;
import kg.trustbox.commission.Vote;
import kg.trustbox.document.AnswerLetterView;
import kg.trustbox.document.ExtensionNoticeView;
import kg.trustbox.document.ForwardingNoticeView;
import kg.trustbox.document.JournalView;
import kg.trustbox.document.MinutesView;
import kg.trustbox.document.OutcomesBoardView;
import kg.trustbox.document.ReceiptFormsView;
import kg.trustbox.document.PublicNoticeView;
import kg.trustbox.document.QuarterlyReportView;
import kg.trustbox.document.SchoolHeader;
import kg.trustbox.document.Signatory;
import kg.trustbox.document.WithdrawalActView;
import kg.trustbox.document.Wording;
import kg.trustbox.input.Limits;
import kg.trustbox.meeting.AgendaItem;
import kg.trustbox.meeting.Protocol;
import kg.trustbox.receipt.IssuedReceipts;
import kg.trustbox.report.Quarter;
import kg.trustbox.report.QuarterlyReport;
import kg.trustbox.rule.Messages;
import kg.trustbox.outcome.NotFoundException;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.rule.Rule;
import kg.trustbox.school.Language;

/**
 * Builds the view of each document a school keeps from its records, for a
 * {@link kg.trustbox.document.Documents} renderer. Views of the act and of the answer letter
 * carry a signed appellant's name and are built only for an official the access policy allows,
 * each such read recorded in the access log; every other view carries no personal data.
 * Obtained from {@code TrustBoxOffice#documents()}; thread-safe.
 */
public final class DocumentViews {
    private final Desk desk;
    private final Appointments appointments;
    private final Openings openings;
    private final Register register;
    private final Confidentiality confidentiality;
    private final Sittings sittings;
    private final Oversight oversight;

    DocumentViews(Desk desk, Appointments appointments, Openings openings, Register register, Confidentiality confidentiality,
                  Sittings sittings, Oversight oversight) {
        this.desk = desk;
        this.appointments = appointments;
        this.openings = openings;
        this.register = register;
        this.confidentiality = confidentiality;
        this.sittings = sittings;
        this.oversight = oversight;
    }

    private SchoolHeader header(Language language) {
        return new SchoolHeader(desk.school().name(language), desk.school().boxLocation(language),
                desk.stores().ledger().head(desk.school().id()));
    }

    private Map<PersonId, Member> membersOn(LocalDate date) {
        return appointments.on(date).or(appointments::current).map(Commission::membersById).orElse(Map.of());
    }

    private String nameOf(Map<PersonId, Member> members, PersonId id) {
        return Optional.ofNullable(members.get(id)).map(Member::fullName).orElse(id.value());
    }

    private static Signatory signatory(Map<PersonId, Member> members, PersonId id, Language language) {
        Member m = members.get(id);
        return m == null ? new Signatory("", id.value()) : new Signatory(m.position(language), m.fullName());
    }

    /**
     * The withdrawal act numbered {@code number} (Appendix 2, R-4.3) in {@code language}. Reading
     * the names of signed appellants is recorded for {@code official} with purpose
     * {@link Purpose#DOCUMENT}; refused if the policy does not allow it.
     */
    public Outcome<WithdrawalActView> withdrawalAct(ActNumber number, Language language, Official official) {
        WithdrawalAct act = openings.act(number).orElseThrow(() -> new NotFoundException("act", number.qualified()));
        // the authors of the signed lines, read once for the whole act: one access record, refused lines withheld
        List<AppealId> signedLines = act.lines().stream().filter(l -> l.from() instanceof Appellant.Signed)
                .map(l -> AppealId.of(number, l.number())).toList();
        Outcome<Map<AppealId, Optional<Appellant>>> read = confidentiality.readIdentities(signedLines, official, Purpose.DOCUMENT);
        if (!(read instanceof Outcome.Accepted<Map<AppealId, Optional<Appellant>>> authors)) {
            return Outcome.rejected(read.rejectionIfAny().orElseThrow());
        }
        java.util.Set<AppealId> withReceipt = desk.stores().receipts().attachedTo(desk.school().id(),
                act.lines().stream().map(l -> AppealId.of(number, l.number())).toList()).keySet();
        List<WithdrawalActView.Line> lines = new ArrayList<>();
        for (ActLine line : act.lines()) {
            Optional<Appellant> author = authors.value().getOrDefault(AppealId.of(number, line.number()), Optional.empty());
            boolean withheld = line.from() instanceof Appellant.Signed && author.isEmpty();
            Optional<Appellant.Signed> signed = author.filter(Appellant.Signed.class::isInstance).map(Appellant.Signed.class::cast);
            lines.add(new WithdrawalActView.Line(line.number(), signed.map(Appellant.Signed::fullName),
                    signed.flatMap(x -> x.contacts().returnAddress()), line.note(), withheld,
                    withReceipt.contains(AppealId.of(number, line.number()))));
        }
        LocalDate day = desk.school().local(act.openedAt()).toLocalDate();
        Map<PersonId, Member> members = membersOn(day);
        Optional<kg.trustbox.box.Opening> inProgress = openings.box().filter(OpenedBox.class::isInstance)
                .map(b -> ((OpenedBox) b).opening()).filter(o -> o.act().equals(Optional.of(number)));
        Optional<JournalEntry> entry = openings.journal().stream().filter(e -> e.act().equals(Optional.of(number))).findFirst();
        String expected = entry.map(e -> e.sealFound().number())
                .or(() -> inProgress.map(o -> o.sealFound().number()))
                .orElse(act.inspection().sealNumberRead());
        Optional<String> deviation = entry.map(JournalEntry::deviation).orElseGet(() -> inProgress.flatMap(o -> o.deviation()))
                .map(d -> d.reason());
        return Outcome.accepted(new WithdrawalActView(language, header(language), number.year(), number.sequence(),
                desk.school().local(act.openedAt()).toLocalDateTime(), act.inspection().boxDamaged(), act.inspection().sealIntact(),
                act.inspection().sealNumberRead(), expected, lines, act.present().stream().map(p -> signatory(members, p, language)).toList(),
                deviation));
    }

    /** The opening journal from {@code from} to {@code to}, with the chain's verification. No personal data of appellants. */
    public JournalView journal(LocalDate from, LocalDate to, Language language) {
        Limits.period(from, to);
        List<JournalView.Row> rows = new ArrayList<>();
        for (JournalEntry e : openings.journal()) {
            LocalDate day = desk.school().local(e.openedAt()).toLocalDate();
            if (day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            Map<PersonId, Member> members = membersOn(day);
            rows.add(new JournalView.Row(e.sequence(), desk.school().local(e.openedAt()).toLocalDateTime(), e.sealFound().number(),
                    e.incidents(), e.appealCount(), e.act().map(ActNumber::sequence), e.newSeal().number(),
                    e.present().stream().map(p -> nameOf(members, p)).toList(), e.deviation().map(d -> d.reason())));
        }
        Chain.Verification v = openings.verifyJournal();
        LocalDate today = desk.today();
        return new JournalView(language, header(language), from, to, rows, v.isIntact(),
                v instanceof Chain.Verification.Broken b ? Optional.of(b.sequence()) : Optional.empty(),
                certifier(today, language), today);
    }

    /**
     * Who certifies an extract issued on {@code day}: the commission's secretary, who keeps
     * its records, as "secretary of the commission, position"; before one is elected, a blank line
     * to be filled in by hand.
     */
    private Signatory certifier(LocalDate day, Language language) {
        Map<PersonId, Member> members = membersOn(day);
        return appointments.on(day).flatMap(Commission::officers).map(o -> {
            Signatory s = signatory(members, o.secretary(), language);
            return new Signatory(Wording.of(language).text("minutes.election.secretary") + ", " + s.position(), s.fullName());
        }).orElse(new Signatory("", ""));
    }

    /** The minutes of protocol {@code number}, with the election's votes when it held one. */
    public MinutesView minutes(int number, Language language) {
        Protocol p = sittings.protocols().stream().filter(x -> x.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("protocol", Integer.toString(number)));
        Map<PersonId, Member> members = membersOn(p.date());
        Locale locale = language.locale();
        List<String> agenda = p.agenda().stream().map(item -> agendaText(item, locale)).toList();
        Optional<MinutesView.ElectionResult> election = Optional.empty();
        if (p.agenda().stream().anyMatch(AgendaItem.OfficersElection.class::isInstance)) {
            election = appointments.on(p.date()).flatMap(Commission::officers).map(o -> new MinutesView.ElectionResult(
                    nameOf(members, o.chair()), count(o.chairVotes(), o.chair()), nameOf(members, o.secretary()),
                    count(o.secretaryVotes(), o.secretary()), o.chairVotes().size()));
        }
        List<String> absent = p.signatories().stream().filter(s -> !p.present().contains(s)).map(s -> nameOf(members, s)).toList();
        return new MinutesView(language, header(language), p.number(), p.date(), p.present().stream().map(s -> nameOf(members, s)).toList(),
                absent, agenda, p.decisions(), election,
                p.signatories().stream().map(s -> new MinutesView.Signature(signatory(members, s, language), Optional.ofNullable(p.signatures().get(s))))
                        .toList());
    }

    private static String agendaText(AgendaItem item, Locale locale) {
        if (item instanceof AgendaItem.ReportDiscussion r) {
            return Messages.format("agenda.report", locale, new Quarter(r.year(), r.quarter()).roman(), String.valueOf(r.year()));
        }
        if (item instanceof AgendaItem.Incidents i) {
            return Messages.format("agenda.incidents", locale, i.text());
        }
        if (item instanceof AgendaItem.AppealDiscussion a) {
            return Messages.format("agenda.appeal", locale, a.registrationNumber());
        }
        if (item instanceof AgendaItem.Other o) {
            return o.text();
        }
        return Messages.format("agenda.election", locale);
    }

    private static int count(List<Vote> votes, PersonId candidate) {
        return (int) votes.stream().filter(v -> v.candidate().equals(candidate)).count();
    }

    /** The quarterly report of {@code quarter}: figures only. */
    public QuarterlyReportView quarterlyReport(Quarter quarter, Language language) {
        QuarterlyReport r = oversight.report(quarter).orElseThrow(() -> new NotFoundException("report", quarter.toString()));
        Map<PersonId, Member> members = membersOn(r.preparedOn());
        return new QuarterlyReportView(language, header(language), quarter.year(), quarter.quarter(), r.current(),
                r.previous(), r.recurringProblems(), signatory(members, r.preparedBy(), language), r.preparedOn(),
                overdue(quarter), Optional.of(receiptViews().outcomes(quarter.first(), quarter.last())));
    }

    /**
     * The appeals the report's figures count as overdue ({@link kg.trustbox.report.Analysis}):
     * withdrawn in {@code quarter}, registered, due before its last day and not decided by then;
     * by registration number. Their dates on the school's clock; no personal data.
     */
    private List<QuarterlyReportView.Overdue> overdue(Quarter quarter) {
        Deadlines terms = new Deadlines(desk.school(), desk.regulation().deadlines());
        List<QuarterlyReportView.Overdue> overdue = new ArrayList<>();
        for (Appeal a : desk.stores().appeals().list(desk.school().id())) {
            if (a.registration().isEmpty() || !quarter.contains(desk.day(a.withdrawal().at()))) {
                continue;
            }
            LocalDate due = terms.considerationDue(a).orElseThrow();
            if (due.isBefore(quarter.last()) && a.decidedAt().filter(at -> !desk.day(at).isAfter(quarter.last())).isEmpty()) {
                Registration registration = a.registration().get();
                overdue.add(new QuarterlyReportView.Overdue(registration.number(), desk.day(registration.at()),
                        registration.category(), due));
            }
        }
        overdue.sort(Comparator.comparing(QuarterlyReportView.Overdue::number));
        return overdue;
    }

    /** The public notice from the school's configuration and the rules in force. */
    public PublicNoticeView publicNotice(Language language) {
        Regulation r = desk.regulation();
        int days = r.deadlines() instanceof DeadlinePolicy.WorkingDays w ? w.days() : ((DeadlinePolicy.CalendarDays) r.deadlines()).days();
        Signatory contact = responsible(language);
        return new PublicNoticeView(language, header(language), desk.school().accessHours().opens(),
                desk.school().accessHours().closes(), r.schedule().day(), r.schedule().start(), days,
                r.deadlines() instanceof DeadlinePolicy.WorkingDays, contact,
                !desk.stores().receipts().batches(desk.school().id()).isEmpty());
    }

    /**
     * The answer letter to the signed author of a decided appeal, in the appeal's language (Law
     * No. 67), dated the day the answer was recorded (today, before that), naming the bodies the
     * appeal was forwarded to, signed by the school's letter signatory. Reading the author's
     * identity is recorded for {@code official}; refused for an undecided appeal
     * an anonymous one and an official the access policy refuses.
     */
    public Outcome<AnswerLetterView> answerLetter(AppealId id, Official official) {
        Appeal appeal = register.find(id);
        if (appeal.decision().isEmpty() || !(appeal.status() == Status.DECIDED || appeal.status() == Status.ANSWERED)) {
            return Outcome.rejected(Rule.R_1_5_2, "appeal.notDecided", id, appeal.status());
        }
        LocalDate date = appeal.answer().map(x -> desk.day(x.at())).orElseGet(desk::today);
        return addressee(appeal, official, "appeal.anonymousAnswer").then(to -> Outcome.accepted(new AnswerLetterView(to.language(), header(to.language()),
                to.number(), to.registeredOn(), outgoing(to.number(), 1), date, to.name(), to.address(), appeal.forwardings(),
                appeal.decision().get().verdict(), appeal.decision().get().measures(), letterSignatory(to.language()))));
    }

    /**
     * The notice to the signed author that the appeal was sent to another body (Law No. 67), for
     * its latest forwarding: see {@link #forwardingNotice(AppealId, int, Official)}.
     */
    public Outcome<ForwardingNoticeView> forwardingNotice(AppealId id, Official official) {
        return forwardingNotice(id, Math.max(1, register.find(id).forwardings().size()), official);
    }

    /**
     * The notice to the signed author that the appeal was sent to another body for consideration
     * (Law No. 67), for its {@code ordinal}-th forwarding (from 1), in the appeal's language,
     * dated the day of the forwarding, signed by the school's letter signatory. Reading the
     * author's identity is recorded for {@code official}; refused when the appeal has
     * fewer forwardings (Law No. 67), is anonymous (R-3.2: its author is never stored) or the
     * access policy refuses the official.
     *
     * @throws IllegalArgumentException if {@code ordinal} is below 1
     */
    public Outcome<ForwardingNoticeView> forwardingNotice(AppealId id, int ordinal, Official official) {
        if (ordinal < 1) {
            throw new IllegalArgumentException("ordinal must be 1 or more: " + ordinal);
        }
        Appeal appeal = register.find(id);
        List<Forwarding> forwardings = appeal.forwardings();
        if (forwardings.size() < ordinal) {
            return Outcome.rejected(Rule.LAW_67, "appeal.notForwarded", id, ordinal);
        }
        Forwarding forwarding = forwardings.get(ordinal - 1);
        return addressee(appeal, official, "appeal.anonymousLetter").then(to -> Outcome.accepted(new ForwardingNoticeView(to.language(),
                header(to.language()), to.number(), to.registeredOn(), outgoing(to.number(), 2 + ordinal), forwarding.date(),
                to.name(), to.address(), forwarding, letterSignatory(to.language()))));
    }

    /**
     * The notice to the signed author that the consideration term was extended (Law No. 67), with
     * the new due date and the reason, in the appeal's language, dated the day the extension was
     * granted, signed by the school's letter signatory. Reading the author's identity is recorded
     * for {@code official}; refused when the term was not extended (Law No. 67), for an
     * anonymous appeal and an official the access policy refuses.
     */
    public Outcome<ExtensionNoticeView> extensionNotice(AppealId id, Official official) {
        Appeal appeal = register.find(id);
        Optional<Extension> extension = appeal.extension();
        if (extension.isEmpty()) {
            return Outcome.rejected(Rule.LAW_67, "appeal.notExtended", id);
        }
        Extension e = extension.get();
        return addressee(appeal, official, "appeal.anonymousLetter").then(to -> Outcome.accepted(new ExtensionNoticeView(to.language(),
                header(to.language()), to.number(), to.registeredOn(), outgoing(to.number(), 2), desk.day(e.at()), to.name(),
                to.address(), e.newDue(), e.reason(), letterSignatory(to.language()))));
    }

    /** The signed author of a registered appeal as a letter addresses them, in the appeal's language. */
    private record Addressee(Language language, String number, LocalDate registeredOn, String name, String address) {
    }

    /** The author of {@code appeal}, read for {@code official}; refused for an anonymous appeal. */
    private Outcome<Addressee> addressee(Appeal appeal, Official official, String anonymousKey) {
        if (appeal.isAnonymous()) {
            return Outcome.rejected(Rule.R_3_2, anonymousKey, appeal.id());
        }
        return confidentiality.readIdentity(appeal.id(), official, Purpose.DOCUMENT).then(author -> {
            Appellant.Signed signed = (Appellant.Signed) author;
            Registration registration = appeal.registration().orElseThrow();
            return Outcome.accepted(new Addressee(registration.language().answerLanguage(desk.regulation().answerFallback()),
                    registration.number().toString(), desk.day(registration.at()), signed.fullName(),
                    signed.contacts().returnAddress().orElse("")));
        });
    }

    /**
     * The outgoing number of a letter about the appeal numbered {@code number}: {@code number/n},
     * n fixed by the kind of letter (1 the answer, 2 the extension notice, 2 + k the notice of the
     * k-th forwarding), so that a letter keeps its number and no counter is stored.
     */
    private static String outgoing(String number, int n) {
        return number + "/" + n;
    }

    /** The school's letter signatory, or the director's position with the name left blank. */
    private Signatory letterSignatory(Language language) {
        return desk.school().letterSignatory().map(s -> new Signatory(s.position(language), s.fullName()))
                .orElseGet(() -> new Signatory(Wording.of(language).text("letter.signatory.director"), ""));
    }

    /**
     * The register of appeals (Law No. 67, R-4.4, R-1.5.1, R-1.5.2) from {@code from} to {@code to}:
     * every appeal registered in the period, by registration number, with its author, category,
     * summary, executor, term, extension, forwardings, decision and answer. Reading the names of
     * signed authors is one read and the summaries another, each recorded once for {@code
     * official} with purpose {@link Purpose#DOCUMENT}; what the access policy refuses is
     * withheld, and a role the records contradict refuses the whole register.
     */
    public Outcome<kg.trustbox.document.RegisterView> register(LocalDate from, LocalDate to, Language language, Official official) {
        java.util.Objects.requireNonNull(language, "language");
        return new RegisterViews(desk, appointments, confidentiality).register(from, to, language, official, header(language));
    }

    /** The register of appeals of calendar year {@code year}: see {@link #register(LocalDate, LocalDate, Language, Official)}. */
    public Outcome<kg.trustbox.document.RegisterView> register(int year, Language language, Official official) {
        Limits.year("year", year);
        return register(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), language, official);
    }

    /**
     * The sheet of appeal forms for the batch just issued, one form and stub per code, in
     * {@code language}: print it and let it go, the library keeps no code.
     */
    public ReceiptFormsView receiptForms(IssuedReceipts issued, Language language) {
        java.util.Objects.requireNonNull(language, "language");
        return receiptViews().forms(issued, language, header(language), responsible(language));
    }

    /**
     * The outcomes board of {@code quarter}: the appeals with a receipt decided in it, under
     * the marks printed on their stubs, with the verdict and the outcome published. No code, no
     * name, no content, no date that would link a mark to the register.
     */
    public OutcomesBoardView outcomesBoard(Quarter quarter, Language language) {
        java.util.Objects.requireNonNull(language, "language");
        return receiptViews().board(quarter, language, header(language));
    }

    private ReceiptViews receiptViews() {
        return new ReceiptViews(desk);
    }

    /** The responsible person as a signatory, blank before one is appointed. */
    private Signatory responsible(Language language) {
        return appointments.current().flatMap(c -> c.responsiblePerson().map(rp -> signatory(c.membersById(), rp.person(), language)))
                .orElse(new Signatory("", ""));
    }

    /** Helper for callers that list appeals by act: the act numbers of {@code year}. */
    public List<ActNumber> actNumbers(int year) {
        return openings.journal().stream().flatMap(e -> e.act().stream()).filter(n -> n.year() == year).distinct()
                .collect(Collectors.toList());
    }
}
