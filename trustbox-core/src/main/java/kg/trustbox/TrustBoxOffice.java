package kg.trustbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import kg.trustbox.access.AccessRecord;
import kg.trustbox.access.Official;
import kg.trustbox.access.Purpose;
import kg.trustbox.access.Subject;
import kg.trustbox.appeal.Answer;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.AppealContent;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealTracking;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Channel;
import kg.trustbox.appeal.Decision;
import kg.trustbox.appeal.Extension;
import kg.trustbox.appeal.Forwarding;
import kg.trustbox.appeal.Registration;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appeal.Withdrawal;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.ActLine;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.Incident;
import kg.trustbox.box.JournalEntry;
import kg.trustbox.box.OpenedBox;
import kg.trustbox.box.Opening;
import kg.trustbox.box.OpeningRequest;
import kg.trustbox.box.Paper;
import kg.trustbox.box.Seal;
import kg.trustbox.box.SealedBox;
import kg.trustbox.box.TrustBox;
import kg.trustbox.box.WithdrawalAct;
import kg.trustbox.chain.Chain;
import kg.trustbox.commission.Commission;
import kg.trustbox.commission.Election;
import kg.trustbox.commission.Member;
import kg.trustbox.commission.Order;
import kg.trustbox.commission.PersonId;
import kg.trustbox.meeting.AgendaItem;
import kg.trustbox.meeting.MeetingRecord;
import kg.trustbox.meeting.Protocol;
import kg.trustbox.report.ComplianceCheck;
import kg.trustbox.report.Figures;
import kg.trustbox.report.Rollups;
import kg.trustbox.report.Finding;
import kg.trustbox.report.Quarter;
import kg.trustbox.report.QuarterlyReport;
import kg.trustbox.rule.Inputs;
import kg.trustbox.rule.NotFoundException;
import kg.trustbox.rule.Outcome;
import kg.trustbox.rule.Rule;
import kg.trustbox.school.Language;
import kg.trustbox.school.School;
import kg.trustbox.store.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trust box of one school, as its commission and officials work it: the entry point of the
 * library. It offers the regulation's steps in the order an appeal goes through them: appoint the
 * commission and elect its officers; open the box on Tuesday, draw up
 * the withdrawal act and seal the box again with a journal entry; register each appeal
 * and see it through consideration to an answer, every read of its
 * content recorded.
 *
 * <p>Each step is one transaction of the {@link Stores} and returns an {@link Outcome}: accepted
 * with the result, or rejected naming the rule, with nothing changed. Invalid input (blank,
 * oversized, control characters) throws {@link kg.trustbox.rule.InvalidInputException}. Time comes
 * from the injected {@link Clock}. Logs carry ids and numbers only, never personal data.
 *
 * <p>Thread-safe: any number of offices, for any number of schools, may share one {@link Stores}.
 */
public final class TrustBoxOffice {
    private static final Logger LOG = LoggerFactory.getLogger(TrustBoxOffice.class);

    private final School school;
    private final Stores stores;
    private final Clock clock;
    private final Regulation regulation;
    private final Inputs inputs;

    private TrustBoxOffice(School school, Stores stores, Clock clock, Regulation regulation, Inputs inputs) {
        this.school = Objects.requireNonNull(school, "school");
        this.stores = Objects.requireNonNull(stores, "stores");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.regulation = Objects.requireNonNull(regulation, "regulation");
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        inputs.require("school", school);
    }

    /** The office of {@code school} under the default {@link Regulation}, validating input with the class path's Bean Validation provider. */
    public static TrustBoxOffice of(School school, Stores stores, Clock clock) {
        return of(school, stores, clock, Regulation.defaults());
    }

    /** The office of {@code school} under {@code regulation}. */
    public static TrustBoxOffice of(School school, Stores stores, Clock clock, Regulation regulation) {
        return new TrustBoxOffice(school, stores, clock, regulation, Inputs.usingDefaultProvider());
    }

    /** The office of {@code school} under {@code regulation}, validating input with {@code inputs}. */
    public static TrustBoxOffice of(School school, Stores stores, Clock clock, Regulation regulation, Inputs inputs) {
        return new TrustBoxOffice(school, stores, clock, regulation, inputs);
    }

    /** The stores, for the document views of this package. */
    Stores stores() {
        return stores;
    }

    /** The clock. */
    Clock clock() {
        return clock;
    }

    /** The views of the documents this school keeps. */
    public DocumentViews documents() {
        return new DocumentViews(this);
    }

    /** The school. */
    public School school() {
        return school;
    }

    /** The rules in force. */
    public Regulation regulation() {
        return regulation;
    }

    private <T> Outcome<T> step(java.util.function.Supplier<Outcome<T>> work) {
        return stores.transactions().inTransaction(work);
    }

    // ---------------------------------------------------------------- commission

    /** Appoints the commission by the director's order. A later appointment is a new composition. */
    public Outcome<Commission> appointCommission(Order order, List<Member> members) {
        inputs.require("order", order);
        members.forEach(m -> inputs.require("member", m));
        return step(() -> {
            Optional<Commission> current = stores.commissions().current(school.id());
            Outcome<Commission> next = current.isPresent()
                    ? current.get().recompose(order, members)
                    : Commission.appoint(school.id(), order, members);
            return saved(next, "commission appointed by order {}", order.number());
        });
    }

    /** Appoints the responsible person by order, from among the commission. */
    public Outcome<Commission> appointResponsiblePerson(PersonId person, Order order) {
        inputs.require("person", person);
        inputs.require("order", order);
        return step(() -> withCommission(c -> saved(c.appointResponsible(person, order),
                "responsible person appointed by order {}", order.number())));
    }

    /** Records the election of chair and secretary at the first meeting. */
    public Outcome<Commission> electOfficers(Election election) {
        inputs.require("election", election);
        return step(() -> withCommission(c -> saved(c.elect(election, regulation.quorum()),
                "chair and secretary elected on {}", election.date())));
    }

    /** The commission in force now. */
    public Optional<Commission> commission() {
        return stores.commissions().current(school.id());
    }

    /** The commission in force on {@code date}. */
    public Optional<Commission> commissionOn(LocalDate date) {
        return stores.commissions().asOf(school.id(), date);
    }

    private Outcome<Commission> saved(Outcome<Commission> outcome, String message, Object arg) {
        if (outcome instanceof Outcome.Accepted<Commission> a) {
            stores.commissions().save(a.value());
            LOG.info("school {}: " + message, school.id(), arg);
        }
        return outcome;
    }

    private <T> Outcome<T> withCommission(Function<Commission, Outcome<T>> then) {
        return stores.commissions().current(school.id())
                .map(then)
                .orElseGet(() -> Outcome.rejected(Rule.R_5_1, "commission.none", school.id()));
    }

    // ---------------------------------------------------------------- box

    /** Installs the box, sealed with its first seal. */
    public Outcome<SealedBox> installBox(Seal seal) {
        inputs.require("seal", seal);
        return step(() -> {
            if (stores.boxes().find(school.id()).isPresent()) {
                return Outcome.rejected(Rule.R_4_5, "box.installed", school.id());
            }
            if (!stores.boxes().useSeal(school.id(), seal)) {
                return Outcome.rejected(Rule.R_4_5, "seal.reused", seal.number());
            }
            SealedBox box = SealedBox.installed(school.id(), seal, clock.instant());
            if (!stores.boxes().replace(box)) {
                return Outcome.rejected(Rule.R_4_5, "box.concurrent", school.id());
            }
            LOG.info("school {}: box installed under seal {}", school.id(), seal.number());
            return Outcome.accepted(box);
        });
    }

    /** The box as it stands. */
    public Optional<TrustBox> box() {
        return stores.boxes().find(school.id());
    }

    /**
     * Opens the box now: the constituted commission, with a quorum present, in the Tuesday
     * slot or with a recorded deviation. Damage, a broken or mismatched seal are recorded as
     * incidents and do not stop the opening. If the box holds appeals, a withdrawal act is drawn up
     * and each appeal is withdrawn, awaiting registration. The box must then be {@link #seal sealed}.
     */
    public Outcome<OpeningResult> open(OpeningRequest request) {
        inputs.require("opening", request);
        Instant now = clock.instant();
        return step(() -> {
            Optional<Commission> found = stores.commissions().asOf(school.id(), now.atZone(school.zone()).toLocalDate());
            if (found.isEmpty()) {
                return Outcome.rejected(Rule.R_5_1, "commission.none", school.id());
            }
            Commission commission = found.get();
            if (!commission.isConstituted()) {
                return Outcome.rejected(Rule.R_5_4, "commission.notConstituted", school.id());
            }
            Set<PersonId> present = new HashSet<>();
            for (PersonId p : request.present()) {
                if (!commission.isMember(p)) {
                    return Outcome.rejected(Rule.R_4_3, "opening.notMember", p);
                }
                if (!present.add(p)) {
                    return Outcome.rejected(Rule.R_4_3, "opening.presentTwice", p);
                }
            }
            if (!regulation.quorum().isMet(present.size(), commission.members().size())) {
                return Outcome.rejected(Rule.R_4_3, "opening.noQuorum", present.size(), commission.members().size());
            }
            Optional<TrustBox> box = stores.boxes().find(school.id());
            if (box.isEmpty()) {
                return Outcome.rejected(Rule.R_4_5, "box.notInstalled", school.id());
            }
            if (!(box.get() instanceof SealedBox sealed)) {
                return Outcome.rejected(Rule.R_4_5, "box.alreadyOpen", school.id());
            }
            if (!regulation.schedule().isInSlot(now, school.zone()) && request.deviation().isEmpty()) {
                return Outcome.rejected(Rule.R_4_3, "opening.outsideSlot", school.local(now).toLocalDateTime().withNano(0),
                        school.zone(), regulation.schedule().day(), regulation.schedule().start());
            }
            Set<Incident> incidents = request.inspection().incidents(sealed.seal());
            Optional<WithdrawalAct> act = Optional.empty();
            List<AppealId> withdrawn = new ArrayList<>();
            if (!request.papers().isEmpty()) {
                ActNumber number = stores.boxes().nextActNumber(school.id(), school.local(now).getYear());
                List<ActLine> lines = new ArrayList<>();
                for (Paper paper : request.papers()) {
                    lines.add(new ActLine(lines.size() + 1, paper.from(), paper.note()));
                }
                WithdrawalAct drawnUp = new WithdrawalAct(school.id(), number, now, request.inspection(), incidents, lines,
                        request.present());
                stores.boxes().saveAct(drawnUp);
                List<Appeal> appeals = new ArrayList<>();
                for (ActLine line : lines) {
                    Appeal appeal = Appeal.withdrawn(school.id(), new Withdrawal(number, line.number(), now), line.from());
                    appeals.add(appeal);
                    withdrawn.add(appeal.id());
                }
                stores.appeals().addAll(appeals);
                act = Optional.of(drawnUp);
            }
            Opening opening = new Opening(now, request.present(), sealed.seal(), request.inspection(), incidents,
                    request.deviation(), request.papers().size(), act.map(WithdrawalAct::number));
            OpenedBox opened = sealed.open(opening);
            if (!stores.boxes().replace(opened)) {
                return Outcome.rejected(Rule.R_4_5, "box.concurrent", school.id());
            }
            LOG.info("school {}: box opened, {} appeal(s){}{}{}", school.id(), request.papers().size(),
                    act.map(a -> ", act " + a.number().qualified()).orElse(""),
                    incidents.isEmpty() ? "" : ", incidents " + incidents,
                    request.deviation().isPresent() ? ", with a recorded deviation" : "");
            return Outcome.accepted(new OpeningResult(opened, act, withdrawn));
        });
    }

    /**
     * Seals the opened box with a new seal in front of those present and writes the journal entry
     * . A seal number the school used before is refused.
     */
    public Outcome<JournalEntry> seal(Seal newSeal) {
        inputs.require("seal", newSeal);
        Instant now = clock.instant();
        return step(() -> {
            Optional<TrustBox> box = stores.boxes().find(school.id());
            if (box.isEmpty()) {
                return Outcome.rejected(Rule.R_4_5, "box.notInstalled", school.id());
            }
            if (!(box.get() instanceof OpenedBox opened)) {
                return Outcome.rejected(Rule.R_4_5, "box.notOpen", school.id());
            }
            if (!stores.boxes().useSeal(school.id(), newSeal)) {
                return Outcome.rejected(Rule.R_4_5, "seal.reused", newSeal.number());
            }
            Chain.Head head = stores.journal().head(school.id()).orElse(new Chain.Head(0, Chain.GENESIS));
            JournalEntry entry = JournalEntry.next(head, school.id(), opened.opening(), newSeal, now);
            if (!stores.journal().append(entry) || !stores.boxes().replace(opened.seal(newSeal, now))) {
                return Outcome.rejected(Rule.R_4_5, "box.concurrent", school.id());
            }
            LOG.info("school {}: box sealed with seal {}, journal entry {}", school.id(), newSeal.number(), entry.sequence());
            return Outcome.accepted(entry);
        });
    }

    /** The opening journal, oldest entry first. */
    public List<JournalEntry> journal() {
        return stores.journal().entries(school.id());
    }

    /** Verifies the journal's hash chain: intact, or the first entry where it breaks. */
    public Chain.Verification verifyJournal() {
        return stores.journal().verify(school.id());
    }

    /** The withdrawal act numbered {@code number}. */
    public Optional<WithdrawalAct> act(ActNumber number) {
        return stores.boxes().act(school.id(), number);
    }

    // ---------------------------------------------------------------- appeals (R-4.4, R-1.5.x, law)

    /** Registers a withdrawn appeal with the next number of the year. */
    public Outcome<AppealTracking> register(AppealId id, RegistrationRequest request) {
        Objects.requireNonNull(id, "id");
        inputs.require("registration", request);
        return registerAt(id, request, clock.instant());
    }

    /**
     * Registers the appeals of an opening as one step: numbers are given in the
     * map's iteration order (pass a {@link java.util.LinkedHashMap} to choose it); either every
     * appeal is registered or, if one is refused, none is and no number is taken.
     */
    public Outcome<List<AppealTracking>> registerAll(java.util.Map<AppealId, RegistrationRequest> requests) {
        requests.forEach((id, request) -> {
            Objects.requireNonNull(id, "id");
            inputs.require("registration", request);
        });
        Instant now = clock.instant();
        return step(() -> {
            java.util.Map<AppealId, Appeal> found = stores.appeals().findAll(school.id(), requests.keySet());
            List<Appeal> withdrawn = new ArrayList<>();
            for (AppealId id : requests.keySet()) {
                Appeal appeal = found.get(id);
                if (appeal == null) {
                    throw new NotFoundException("appeal", id.value());
                }
                if (!appeal.status().canMoveTo(kg.trustbox.appeal.Status.REGISTERED)) {
                    return Outcome.rejected(Rule.R_4_4, "appeal.illegalMove", id, appeal.status(), kg.trustbox.appeal.Status.REGISTERED);
                }
                withdrawn.add(appeal);
            }
            List<kg.trustbox.appeal.RegistrationNumber> numbers = stores.appeals().nextRegistrationNumbers(school.id(),
                    school.local(now).getYear(), withdrawn.size());
            List<Appeal> registered = new ArrayList<>();
            for (int i = 0; i < withdrawn.size(); i++) {
                Appeal appeal = withdrawn.get(i);
                RegistrationRequest request = requests.get(appeal.id());
                registered.add(appeal.register(new Registration(numbers.get(i), now, request.registrar(), request.category(),
                        request.language(), request.summary(), request.scan())).orElseThrow());
            }
            if (!stores.appeals().replaceAll(registered)) {
                return Outcome.rejected(Rule.R_1_5_2, "appeal.concurrent", registered.isEmpty() ? "" : registered.get(0).id());
            }
            registered.forEach(a -> LOG.info("school {}: appeal {} registered", school.id(), a.registration().orElseThrow().number()));
            return Outcome.accepted(registered.stream().map(this::track).toList());
        });
    }

    private Outcome<AppealTracking> registerAt(AppealId id, RegistrationRequest request, Instant now) {
        return change(id, "registered", appeal -> {
            if (!appeal.status().canMoveTo(kg.trustbox.appeal.Status.REGISTERED)) {
                return Outcome.rejected(Rule.R_4_4, "appeal.illegalMove", id, appeal.status(), kg.trustbox.appeal.Status.REGISTERED);
            }
            var number = stores.appeals().nextRegistrationNumber(school.id(), school.local(now).getYear());
            return appeal.register(new Registration(number, now, request.registrar(), request.category(), request.language(),
                    request.summary(), request.scan()));
        });
    }

    /** Assigns a registered appeal to {@code official} for consideration. */
    public Outcome<AppealTracking> assign(AppealId id, PersonId official) {
        inputs.require("official", official);
        return change(id, "assigned", a -> a.assign(official));
    }

    /** Sends an appeal under consideration to a competent body; may happen more than once. */
    public Outcome<AppealTracking> forward(AppealId id, Forwarding forwarding) {
        inputs.require("forwarding", forwarding);
        return change(id, "forwarded", a -> a.forward(forwarding));
    }

    /**
     * Extends the consideration term once, with a reason, to {@code newDue} (Law No. 67): only an
     * appeal being considered (assigned, or forwarded) while its term still runs, to a day after
     * the current due date and no later than the policy's limit. A registered appeal is assigned
     * first: the extension is a step of its consideration, asked for by whoever considers it. A
     * term that has run out cannot be extended; the missed deadline stays a finding. See
     * {@link kg.trustbox.appeal.Deadlines#extension}.
     */
    public Outcome<AppealTracking> extend(AppealId id, String reason, LocalDate newDue) {
        inputs.require("extension", new ExtensionReason(reason));
        Objects.requireNonNull(newDue, "newDue");
        Instant now = clock.instant();
        return change(id, "extended", a -> deadlines().extension(a, now, reason, newDue).then(a::extend));
    }

    private kg.trustbox.appeal.Deadlines deadlines() {
        return new kg.trustbox.appeal.Deadlines(school, regulation.deadlines());
    }

    /** Why a term is extended: recorded, plain text. */
    private record ExtensionReason(@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 500)
                                   @kg.trustbox.rule.PlainText String reason) {
    }

    /** Records the decision on an appeal. */
    public Outcome<AppealTracking> decide(AppealId id, Decision decision) {
        inputs.require("decision", decision);
        Instant now = clock.instant();
        return change(id, "decided", a -> a.decide(decision, now));
    }

    /**
     * Records the answer sent by {@code channel}, in the appeal's language when that is Kyrgyz or
     * Russian, otherwise in the regulation's fallback language (Law No. 67).
     */
    public Outcome<AppealTracking> answer(AppealId id, Channel channel) {
        Objects.requireNonNull(channel, "channel");
        Instant now = clock.instant();
        return change(id, "answered", a -> a.answer(new Answer(now, answerLanguage(a), channel)));
    }

    /** Closes a decided appeal that cannot be answered: anonymous, or without a way to answer. */
    public Outcome<AppealTracking> closeWithoutAnswer(AppealId id) {
        Instant now = clock.instant();
        return change(id, "closed without answer", a -> a.closeWithoutAnswer(now));
    }

    /** Sets the recurring-problem tags of a registered appeal. */
    public Outcome<AppealTracking> tag(AppealId id, List<String> tags) {
        inputs.require("tags", new Tags(tags));
        return change(id, "tagged", a -> a.tag(tags));
    }

    /** Tags as input: short plain words. */
    private record Tags(@jakarta.validation.constraints.Size(max = 20)
                        List<@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 60)
                        @kg.trustbox.rule.PlainText String> tags) {
    }

    private Language answerLanguage(Appeal a) {
        return a.registration().map(r -> r.language().answerLanguage(regulation.answerFallback())).orElse(regulation.answerFallback());
    }

    private Outcome<AppealTracking> change(AppealId id, String what, Function<Appeal, Outcome<Appeal>> move) {
        Objects.requireNonNull(id, "id");
        return step(() -> {
            Appeal appeal = stores.appeals().find(school.id(), id).orElseThrow(() -> new NotFoundException("appeal", id.value()));
            Outcome<Appeal> next = move.apply(appeal);
            if (next instanceof Outcome.Accepted<Appeal> a) {
                if (!stores.appeals().replace(a.value())) {
                    return Outcome.rejected(Rule.R_1_5_2, "appeal.concurrent", id);
                }
                LOG.info("school {}: appeal {} {}", school.id(), a.value().registration().map(r -> r.number().toString())
                        .orElse(id.value()), what);
                return Outcome.accepted(track(a.value()));
            }
            return next.map(this::track);
        });
    }

    /** An appeal's tracking data: status, number, deadline; no personal data. */
    public AppealTracking tracking(AppealId id) {
        return stores.appeals().find(school.id(), id).map(this::track)
                .orElseThrow(() -> new NotFoundException("appeal", id.value()));
    }

    /** Every appeal of the school, as tracking data. */
    public List<AppealTracking> appeals() {
        return stores.appeals().list(school.id()).stream().map(this::track).toList();
    }

    /** Appeals whose next legal step (registration or decision) was due before {@code date}. */
    public List<AppealTracking> overdue(LocalDate date) {
        return appeals().stream().filter(t -> t.isOverdueOn(date)).toList();
    }

    /** Appeals whose next legal step is due from {@code date} to {@code days} days after it. */
    public List<AppealTracking> dueSoon(LocalDate date, int days) {
        LocalDate until = date.plusDays(days);
        return appeals().stream().filter(t -> t.due().filter(d -> !d.isBefore(date) && !d.isAfter(until)).isPresent()).toList();
    }

    private AppealTracking track(Appeal a) {
        return new AppealTracking(a.id(), a.registration().map(Registration::number), a.status(), a.category(), a.isAnonymous(),
                school.local(a.withdrawal().at()).toLocalDate(), dueOf(a), a.assignee());
    }

    /** The day by which the next legal step of {@code a} is due, while one is. */
    private Optional<LocalDate> dueOf(Appeal a) {
        return deadlines().nextDue(a);
    }

    // ---------------------------------------------------------------- confidentiality

    /**
     * Reads an appeal's content for {@code purpose}, if the access policy allows {@code official}
     * . Either way the read is appended to the access log; a refused read returns no data.
     */
    public Outcome<AppealContent> readContent(AppealId id, Official official, Purpose purpose) {
        return read(id, official, purpose, Subject.CONTENT,
                a -> new AppealContent(a.id(), a.registration(), a.status(), a.forwardings(), a.decision(), a.tags()));
    }

    /**
     * Reads who wrote an appeal for {@code purpose}: the signed appellant's name and
     * contacts, or the anonymous appellant (who has none). Recorded like {@link #readContent}.
     */
    public Outcome<Appellant> readIdentity(AppealId id, Official official, Purpose purpose) {
        return read(id, official, purpose, Subject.IDENTITY, Appeal::appellant);
    }

    private <T> Outcome<T> read(AppealId id, Official official, Purpose purpose, Subject subject, Function<Appeal, T> what) {
        inputs.require("official", official);
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(id, "id");
        Instant now = clock.instant();
        Outcome<Optional<T>> logged = step(() -> {
            Appeal appeal = stores.appeals().find(school.id(), id).orElseThrow(() -> new NotFoundException("appeal", id.value()));
            Category category = appeal.category().orElse(Category.OTHER);
            boolean allowed = regulation.access().allows(official, subject, category, purpose);
            Chain.Head head = stores.accessLog().head(school.id()).orElse(new Chain.Head(0, Chain.GENESIS));
            AccessRecord record = AccessRecord.next(head, school.id(), now, official.id(), id, subject, purpose, allowed);
            if (!stores.accessLog().append(record)) {
                return Outcome.rejected(Rule.R_6_1, "access.concurrent", id);
            }
            LOG.info("school {}: {} read of appeal {} by {} for {} {}", school.id(), subject, id, official.id(), purpose,
                    allowed ? "allowed" : "refused");
            return Outcome.accepted(allowed ? Optional.of(what.apply(appeal)) : Optional.empty());
        });
        return logged.then(o -> o.map(Outcome::accepted)
                .orElseGet(() -> Outcome.rejected(Rule.R_6_1, "access.refused", official.id(), subject, id, purpose)));
    }

    /** The access log, oldest first. */
    public List<AccessRecord> accessLog() {
        return stores.accessLog().records(school.id());
    }

    /** Verifies the access log's hash chain. */
    public Chain.Verification verifyAccessLog() {
        return stores.accessLog().verify(school.id());
    }

    // ---------------------------------------------------------------- meetings

    /**
     * Records a meeting of the constituted commission: those present are members; the
     * secretary draws up the protocol, to be signed by every member of the commission as it stands
     * on the meeting's date. A quarterly report on the agenda must exist and is marked discussed.
     */
    public Outcome<Protocol> holdMeeting(MeetingRecord meeting) {
        inputs.require("meeting", meeting);
        return step(() -> {
            Optional<Commission> found = stores.commissions().asOf(school.id(), meeting.date());
            if (found.isEmpty()) {
                return Outcome.rejected(Rule.R_5_1, "commission.none", school.id());
            }
            Commission c = found.get();
            if (!c.isConstituted()) {
                return Outcome.rejected(Rule.R_5_4, "commission.notConstituted", school.id());
            }
            Set<PersonId> present = new HashSet<>();
            for (PersonId p : meeting.present()) {
                if (!c.isMember(p)) {
                    return Outcome.rejected(Rule.R_5_3, "meeting.notMember", p);
                }
                if (!present.add(p)) {
                    return Outcome.rejected(Rule.R_5_3, "meeting.presentTwice", p);
                }
            }
            if (!regulation.quorum().isMet(present.size(), c.members().size())) {
                return Outcome.rejected(Rule.R_5_3, "meeting.noQuorum", present.size(), c.members().size());
            }
            int number = stores.meetings().nextNumber(school.id());
            for (AgendaItem item : meeting.agenda()) {
                if (item instanceof AgendaItem.ReportDiscussion d) {
                    Quarter q = new Quarter(d.year(), d.quarter());
                    Optional<QuarterlyReport> report = stores.reports().find(school.id(), q);
                    if (report.isEmpty()) {
                        return Outcome.rejected(Rule.R_5_5, "meeting.noReport", q);
                    }
                    stores.reports().save(report.get().discussedAt(number));
                }
            }
            Protocol protocol = new Protocol(school.id(), number, meeting.date(), c.officers().orElseThrow().secretary(),
                    meeting.present(), meeting.agenda(), meeting.decisions(), c.members().stream().map(Member::id).toList(),
                    java.util.Map.of());
            stores.meetings().save(protocol);
            LOG.info("school {}: meeting of {} recorded as protocol {}", school.id(), meeting.date(), number);
            return Outcome.accepted(protocol);
        });
    }

    /** Records {@code member}'s signature of protocol {@code number} on {@code on}. */
    public Outcome<Protocol> signProtocol(int number, PersonId member, LocalDate on) {
        inputs.require("member", member);
        Objects.requireNonNull(on, "on");
        return step(() -> {
            Optional<Protocol> p = stores.meetings().find(school.id(), number);
            if (p.isEmpty()) {
                throw new NotFoundException("protocol", Integer.toString(number));
            }
            Outcome<Protocol> signed = p.get().sign(member, on);
            if (signed instanceof Outcome.Accepted<Protocol> a) {
                stores.meetings().save(a.value());
                LOG.info("school {}: protocol {} signed by {}{}", school.id(), number, member,
                        a.value().isComplete() ? ", now complete" : "");
            }
            return signed;
        });
    }

    /** The school's protocols, by number; incomplete ones are pending. */
    public List<Protocol> protocols() {
        return stores.meetings().list(school.id());
    }

    // ---------------------------------------------------------------- reports and oversight

    /**
     * The responsible person prepares the analytical report of {@code quarter},
     * after the quarter has ended, with the previous quarter's figures beside it. Figures only:
     * {@code recurringProblems} is the responsible person's own text and must not name anyone.
     */
    public Outcome<QuarterlyReport> prepareQuarterlyReport(Quarter quarter, String recurringProblems, PersonId preparedBy) {
        inputs.require("report", new ReportText(recurringProblems));
        inputs.require("preparedBy", preparedBy);
        LocalDate today = school.local(clock.instant()).toLocalDate();
        return step(() -> {
            Optional<Commission> c = stores.commissions().asOf(school.id(), today);
            if (c.flatMap(Commission::responsiblePerson).filter(r -> r.person().equals(preparedBy)).isEmpty()) {
                return Outcome.rejected(Rule.R_5_5, "report.notResponsible", preparedBy);
            }
            if (!today.isAfter(quarter.last())) {
                return Outcome.rejected(Rule.R_5_5, "report.quarterNotOver", quarter, quarter.last());
            }
            if (stores.reports().find(school.id(), quarter).isPresent()) {
                return Outcome.rejected(Rule.R_5_5, "report.exists", quarter);
            }
            // the previous quarter as its own report showed it, so that its figures read the same in both
            Figures previous = stores.reports().find(school.id(), quarter.previous()).map(QuarterlyReport::current)
                    .orElseGet(() -> figures(quarter.previous(), today));
            QuarterlyReport report = new QuarterlyReport(school.id(), quarter, figures(quarter, today), previous,
                    recurringProblems, preparedBy, today, Optional.empty());
            stores.reports().save(report);
            LOG.info("school {}: quarterly report {} prepared{}", school.id(), quarter, report.wasOnTime() ? "" : " late");
            return Outcome.accepted(report);
        });
    }

    /** The report's free text: no control characters, bounded. */
    private record ReportText(@jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Size(max = 4000)
                              @kg.trustbox.rule.PlainText(multiline = true) String recurringProblems) {
    }

    /** The figures of {@code quarter} as known on {@code asOf}, computed from the stores (no personal data). */
    public Figures figures(Quarter quarter, LocalDate asOf) {
        return Rollups.perSchool(stores.appeals(), stores.journal(), stores.commissions(), stores.boxes())
                .rollup(quarter, asOf, regulation.schedule(), regulation.deadlines(), List.of(school)).total();
    }

    /** The school's report of {@code quarter}. */
    public Optional<QuarterlyReport> quarterlyReport(Quarter quarter) {
        return stores.reports().find(school.id(), quarter);
    }

    /**
     * Checks the school's compliance from {@code from} to {@code to} as an inspector would, each
     * finding with its rule, date and the record it rests on; an empty list means nothing was found.
     * Only what has happened by today on the school's clock is judged: a period reaching into the
     * future is checked up to today.
     */
    public List<Finding> complianceCheck(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        LocalDate today = school.local(clock.instant()).toLocalDate();
        ComplianceCheck check = new ComplianceCheck(school, regulation.schedule(), regulation.deadlines(),
                regulation.meetingsPerHalfYear());
        return check.run(new ComplianceCheck.Evidence(stores.commissions().history(school.id()), stores.boxes().find(school.id()),
                stores.journal().entries(school.id()), verifyJournal(), verifyAccessLog(), stores.appeals().list(school.id()),
                stores.meetings().list(school.id()), stores.reports().list(school.id())), from, to, today);
    }
}
