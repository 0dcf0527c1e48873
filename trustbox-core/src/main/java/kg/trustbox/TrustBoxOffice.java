package kg.trustbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.trustbox.access.AccessRecord;
import kg.trustbox.access.Declaration;
import kg.trustbox.access.Official;
import kg.trustbox.access.Purpose;
import kg.trustbox.appeal.AppealContent;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealTracking;
import kg.trustbox.appeal.Channel;
import kg.trustbox.appeal.Decision;
import kg.trustbox.appeal.Forwarding;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.JournalEntry;
import kg.trustbox.box.OpeningRequest;
import kg.trustbox.box.Seal;
import kg.trustbox.box.SealedBox;
import kg.trustbox.box.TrustBox;
import kg.trustbox.chain.Chain;
import kg.trustbox.commission.Commission;
import kg.trustbox.commission.Election;
import kg.trustbox.commission.Member;
import kg.trustbox.commission.Order;
import kg.trustbox.commission.PersonId;
import kg.trustbox.meeting.MeetingRecord;
import kg.trustbox.meeting.Protocol;
import kg.trustbox.report.ComplianceCheck;
import kg.trustbox.report.Figures;
import kg.trustbox.report.Finding;
import kg.trustbox.report.Quarter;
import kg.trustbox.report.QuarterlyReport;
import kg.trustbox.input.Inputs;
import kg.trustbox.receipt.IssuedReceipts;
import kg.trustbox.receipt.LookupCounts;
import kg.trustbox.receipt.LookupPolicy;
import kg.trustbox.receipt.ReceiptStatus;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.school.School;
import kg.trustbox.store.Stores;

/**
 * The trust box of one school: the library's entry point and a table of contents of the regulation, its steps in the
 * order an appeal meets them: the commission; the box, its openings, acts and journal (R-4.3,
 * ); the register of appeals (R-4.4, R-1.5.x, Law No. 67); confidentiality; meetings;
 * reports and oversight.
 *
 * <p>Each step is one transaction of the {@link Stores} and returns an {@link Outcome}: accepted with the result, or
 * rejected naming the rule, with nothing changed. Invalid input throws {@link kg.trustbox.outcome.InvalidInputException}.
 * Time comes from the injected {@link Clock}. Logs carry ids and numbers only: each step at DEBUG, what an operator
 * must act on (incidents, a late report) at WARN. Thread-safe: any number of offices may share one {@link Stores}.
 */
public final class TrustBoxOffice {
    private final Desk desk;
    private final Appointments appointments;
    private final Openings openings;
    private final Register register;
    private final Confidentiality confidentiality;
    private final Sittings sittings;
    private final Oversight oversight;
    private final Receipting receipting;

    private TrustBoxOffice(Desk desk) {
        this(desk, LookupPolicy.generous());
    }

    private TrustBoxOffice(Desk desk, LookupPolicy lookups) {
        this.desk = desk;
        appointments = new Appointments(desk);
        openings = new Openings(desk, appointments);
        register = new Register(desk);
        confidentiality = new Confidentiality(desk, register, appointments);
        sittings = new Sittings(desk, appointments);
        oversight = new Oversight(desk, appointments);
        receipting = new Receipting(desk, register, lookups);
    }

    /** The office of {@code school} under the default {@link Regulation}, validating with the class path's provider. */
    public static TrustBoxOffice of(School school, Stores stores, Clock clock) {
        return of(school, stores, clock, Regulation.defaults());
    }

    /** The office of {@code school} under {@code regulation}. */
    public static TrustBoxOffice of(School school, Stores stores, Clock clock, Regulation regulation) {
        return of(school, stores, clock, regulation, Inputs.usingDefaultProvider());
    }

    /** The office of {@code school} under {@code regulation}, validating input with {@code inputs}. */
    public static TrustBoxOffice of(School school, Stores stores, Clock clock, Regulation regulation, Inputs inputs) {
        java.util.Objects.requireNonNull(stores, "stores");
        java.util.Objects.requireNonNull(clock, "clock");
        return new TrustBoxOffice(new Desk(school, Ledgered.wrap(stores, clock), clock, regulation, inputs));
    }

    /** The school. */
    public School school() {
        return desk.school();
    }

    /** The rules in force: schedule, quorum, deadlines, access, answer language, meetings per half-year. */
    public Regulation regulation() {
        return desk.regulation();
    }

    /** The views of the documents this school keeps. */
    public DocumentViews documents() {
        return new DocumentViews(desk, appointments, openings, register, confidentiality, sittings, oversight);
    }

    // ---------------------------------------------------------------- the commission
    /** Appoints the commission by the director's order. A later appointment is a new composition. */
    public Outcome<Commission> appointCommission(Order order, List<Member> members) {
        return appointments.appoint(order, members);
    }

    /** Appoints the responsible person by order, from among the commission. */
    public Outcome<Commission> appointResponsiblePerson(PersonId person, Order order) {
        return appointments.appointResponsible(person, order);
    }

    /** Records the election of chair and secretary at the first meeting, by the regulation's quorum. */
    public Outcome<Commission> electOfficers(Election election) {
        return appointments.elect(election);
    }

    /** Declares once a director or auditor, by order; a read claiming an undeclared role is refused and recorded. */
    public Outcome<Declaration> declare(Declaration declaration) {
        return appointments.declare(declaration);
    }

    /** The commission in force now (the latest order). */
    public Optional<Commission> commission() {
        return appointments.current();
    }

    /** The commission in force on {@code date}. */
    public Optional<Commission> commissionOn(LocalDate date) {
        return appointments.on(date);
    }

    // ---------------------------------------------------------------- the box
    /** Installs the box, sealed with its first seal; openings are owed from the next day on. */
    public Outcome<SealedBox> installBox(Seal seal) {
        return openings.install(seal);
    }

    /** The box as it stands. */
    public Optional<TrustBox> box() {
        return openings.box();
    }

    /**
     * Opens the box now: the constituted commission with a quorum, in the slot or with a recorded
     * deviation. Box or seal damage is recorded as an incident. Appeals found are withdrawn on an act.
     */
    public Outcome<OpeningResult> open(OpeningRequest request) {
        return openings.open(request);
    }

    /** Seals the opened box with a new seal and writes the journal entry; a seal used before is refused. */
    public Outcome<JournalEntry> seal(Seal newSeal) {
        return openings.seal(newSeal);
    }

    /** The opening journal, oldest entry first; an act, with its authors' names, only through {@link #documents()}. */
    public List<JournalEntry> journal() {
        return openings.journal();
    }

    /** Verifies the journal's hash chain: intact, or the first entry where it breaks. */
    public Chain.Verification verifyJournal() {
        return openings.verifyJournal();
    }


    // ---------------------------------------------------------------- the register of appeals (R-4.4, R-1.5.x, Law No. 67)
    /** Registers a withdrawn appeal with the next number of the year. */
    public Outcome<AppealTracking> register(AppealId id, RegistrationRequest request) {
        return register.register(id, request);
    }

    /** Registers the appeals of an opening as one step, numbered in the map's order: all of them, or none. */
    public Outcome<List<AppealTracking>> registerAll(Map<AppealId, RegistrationRequest> requests) {
        return register.registerAll(requests);
    }

    /** Assigns a registered appeal to {@code official} for consideration. */
    public Outcome<AppealTracking> assign(AppealId id, PersonId official) {
        return register.assign(id, official);
    }

    /** Sends an appeal under consideration to a competent body; may happen more than once. */
    public Outcome<AppealTracking> forward(AppealId id, Forwarding forwarding) {
        return register.forward(id, forwarding);
    }

    /**
     * Extends the term once, with a reason, to {@code newDue} (Law No. 67): only an appeal being considered (assigned
     * or forwarded: a registered appeal is assigned first) while its term runs, to a day after the current due date
     * and within the policy's limit. A term that ran out stays missed ({@link kg.trustbox.appeal.Deadlines#extension}).
     */
    public Outcome<AppealTracking> extend(AppealId id, String reason, LocalDate newDue) {
        return register.extend(id, reason, newDue);
    }

    /** Records the decision on an appeal. */
    public Outcome<AppealTracking> decide(AppealId id, Decision decision) {
        return register.decide(id, decision);
    }

    /** Records the answer sent by {@code channel}, in the appeal's language or the regulation's fallback (Law No. 67). */
    public Outcome<AppealTracking> answer(AppealId id, Channel channel) {
        return register.answer(id, channel);
    }

    /** Closes a decided appeal that cannot be answered: anonymous, or without a way to answer. */
    public Outcome<AppealTracking> closeWithoutAnswer(AppealId id) {
        return register.closeWithoutAnswer(id);
    }

    /** Sets the recurring-problem tags of a registered appeal. */
    public Outcome<AppealTracking> tag(AppealId id, List<String> tags) {
        return register.tag(id, tags);
    }

    /** An appeal's tracking data: status, number, deadline; no personal data. */
    public AppealTracking tracking(AppealId id) {
        return register.tracking(id);
    }

    /** Every appeal of the school, as tracking data; {@link #appeals(int)} reads them a page at a time. */
    public List<AppealTracking> appeals() {
        return register.appeals();
    }

    /** The school's first {@code size} appeals (1 to {@value kg.trustbox.input.Limits#MAX_PAGE}), as tracking data, by withdrawal. */
    public List<AppealTracking> appeals(int size) {
        return register.page(java.util.Optional.empty(), size);
    }

    /** The school's next {@code size} appeals after {@code after}, as tracking data, by withdrawal: the register page by page. */
    public List<AppealTracking> appealsAfter(AppealId after, int size) {
        return register.page(java.util.Optional.of(java.util.Objects.requireNonNull(after, "after")), size);
    }

    /** Appeals whose next legal step (registration or decision) was due before {@code date}. */
    public List<AppealTracking> overdue(LocalDate date) {
        return register.overdue(date);
    }

    /** Appeals whose next legal step is due from {@code date} to {@code days} days after it. */
    public List<AppealTracking> dueSoon(LocalDate date, int days) {
        return register.dueSoon(date, days);
    }

    // ---------------------------------------------------------------- receipts for paper appeals
    /**
     * This office with receipt lookups throttled by {@code policy} instead of
     * {@link LookupPolicy#generous()}; everything else the same.
     */
    public TrustBoxOffice withLookupPolicy(LookupPolicy policy) {
        return new TrustBoxOffice(desk, java.util.Objects.requireNonNull(policy, "policy"));
    }

    /**
     * Issues a batch of {@code count} (1 to {@value kg.trustbox.receipt.IssuedBatch#MAX_FORMS})
     * receipt codes for printed appeal forms and their stubs, drawn from a cryptographically
     * secure generator. The codes leave the library here only: the stores keep their keyed digests
     * and the batch (number, day, count), so that a form from outside the school's batches is
     * recognised. Print them, then let the result go.
     */
    public Outcome<IssuedReceipts> issueReceipts(int count) {
        return receipting.issue(count);
    }

    /**
     * Attaches the receipt code typed or scanned from appeal {@code id}'s form, at the opening or
     * at registration. Refused, naming, when the code cannot be read
     * ({@code receipt.unreadable}), is in none of the school's batches ({@code receipt.notIssued}),
     * is attached already ({@code receipt.used}), or the appeal has a receipt ({@code receipt.appealHasOne}).
     * No refusal shows the code.
     *
     * @return the status the stub's holder now finds
     * @throws kg.trustbox.outcome.NotFoundException if the school has no appeal {@code id}
     */
    public Outcome<ReceiptStatus> attachReceipt(AppealId id, String typedCode) {
        return receipting.attach(id, typedCode);
    }

    /** Whether appeal {@code id} has a receipt: what its act line and the register may show, never the code. */
    public boolean hasReceipt(AppealId id) {
        return receipting.hasReceipt(id);
    }

    /**
     * Publishes the outcome of decided appeal {@code id} for the holder of its receipt (R-3.2,
     * plain text the commission writes for the public, naming no one and holding nothing
     * that identifies anyone (the library checks it is plain text; the wording is the
     * commission's). A later publication replaces it; each is entered in the ledger.
     */
    public Outcome<String> publishOutcome(AppealId id, String text) {
        return receipting.publish(id, text);
    }

    /**
     * What the holder of a stub learns with {@code typedCode}: the appeal's status, never
     * who wrote it nor what it says. Every code that leads to no appeal of this school (mistyped,
     * wrong check character, never issued, issued but not attached, another school's) is
     * {@link ReceiptStatus#NOT_FOUND}, after the same work: the code's keyed digest (of a stand-in
     * if it cannot be read) and one read. Each lookup is counted by the day and how it ended
     * ({@link #receiptLookups}), never recorded on its own; when the {@link LookupPolicy} refuses,
     * the answer is {@link ReceiptStatus#TRY_LATER} and the code is not looked at.
     */
    public ReceiptStatus lookUpReceipt(String typedCode) {
        return receipting.lookUp(typedCode);
    }

    /** The receipt lookups answered on {@code day}, by how they ended. */
    public LookupCounts receiptLookups(LocalDate day) {
        return receipting.lookups(day);
    }

    // ---------------------------------------------------------------- confidentiality
    /** Reads an appeal's content if the access policy allows {@code official}; every read is logged, allowed or not. */
    public Outcome<AppealContent> readContent(AppealId id, Official official, Purpose purpose) {
        return confidentiality.readContent(id, official, purpose);
    }

    /** Reads who wrote an appeal: a name and contacts, or anonymous; recorded like {@link #readContent}. */
    public Outcome<Appellant> readIdentity(AppealId id, Official official, Purpose purpose) {
        return confidentiality.readIdentity(id, official, purpose);
    }

    /**
     * Destroys the name and contacts of appeal {@code id}'s signed appellant, for example
     * when the retention period ends: the appeal, its act line and every chain stay, the ledger
     * records the purge, and the appellant then reads back as {@link Appellant#purged()}.
     *
     * @return whether there was personal data to destroy (false for an anonymous appeal, or one purged before)
     * @throws kg.trustbox.outcome.NotFoundException if the school has no appeal {@code id}
     */
    public boolean purgePersonalData(AppealId id) {
        return confidentiality.purge(id);
    }

    /**
     * {@link #purgePersonalData(AppealId)} for every appeal withdrawn before {@code withdrawnBefore},
     * in one transaction.
     *
     * @return how many appellants' data was destroyed
     */
    public int purgePersonalData(Instant withdrawnBefore) {
        return confidentiality.purgeWithdrawnBefore(withdrawnBefore);
    }

    /**
     * Inspects the school's records: the ledger's hash chain, every record against the
     * digest the ledger holds for it (changed, deleted or inserted behind the library's back), and
     * the records against each other (the journal's counts against the acts, the acts' lines against
     * the register, the register's numbers against the counter). Never throws on bad stored data.
     * Keep the returned head outside the database and compare it on the next inspection.
     */
    public kg.trustbox.ledger.RecordsVerification verifyRecords() {
        return Audit.of(desk, Optional.empty());
    }

    /**
     * {@link #verifyRecords()}, and the ledger against {@code anchor}, a head returned by an earlier
     * inspection and kept outside the database (printed, or held by the ministry): a ledger shorter
     * than the anchor (its tail deleted, or everything wiped) or rewritten up to it is found too.
     */
    public kg.trustbox.ledger.RecordsVerification verifyRecords(Chain.Head anchor) {
        return Audit.of(desk, Optional.of(java.util.Objects.requireNonNull(anchor, "anchor")));
    }

    /**
     * An incremental {@link #verifyRecords(Chain.Head)}: from {@code checkpoint}, the head of an
     * earlier inspection that found nothing, kept outside the database. Checks that the ledger
     * still holds the checkpoint, that every entry after it links to it, and every record those
     * entries name (with the acts and the appeals of the acts written since); nothing older is read
     * or hashed again, so its cost follows what was written since, not the school's whole history.
     * A change to an older record that nothing since touched is left to a full {@link #verifyRecords()}:
     * run one now and then (each quarter, for example), and this one as often as you like.
     */
    public kg.trustbox.ledger.RecordsVerification verifyRecordsSince(Chain.Head checkpoint) {
        return Audit.since(desk, java.util.Objects.requireNonNull(checkpoint, "checkpoint"));
    }

    /**
     * Takes the records the school kept before its ledger existed (written by a version before
     * the ledger, or imported) into the ledger, as they stand now: once per school, right
     * after the upgrade, before anything else is written. One {@link kg.trustbox.ledger.LedgerEntry.Kind#BASELINE}
     * entry says how many follow; from then on {@link #verifyRecords()} vouches for every change
     * after it, not for what the records were before. Keep the anchor it leaves.
     *
     * @return how many records were entered; rejected ({@code ledger.baselineTaken}) if the
     *     school's ledger holds a baseline already
     */
    public Outcome<Integer> takeBaseline() {
        return Baseline.take(desk);
    }

    /** The access log, oldest first. */
    public List<AccessRecord> accessLog() {
        return confidentiality.accessLog();
    }

    /** Verifies the access log's hash chain. */
    public Chain.Verification verifyAccessLog() {
        return confidentiality.verifyAccessLog();
    }

    // ---------------------------------------------------------------- meetings
    /** Records a meeting of the constituted commission with a quorum; a report on its agenda is marked discussed. */
    public Outcome<Protocol> holdMeeting(MeetingRecord meeting) {
        return sittings.hold(meeting);
    }

    /** Records {@code member}'s signature of protocol {@code number} on {@code on}. */
    public Outcome<Protocol> signProtocol(int number, PersonId member, LocalDate on) {
        return sittings.sign(number, member, on);
    }

    /** The school's protocols, by number; incomplete ones are pending. */
    public List<Protocol> protocols() {
        return sittings.protocols();
    }

    // ---------------------------------------------------------------- reports and oversight
    /** The responsible person's report of an ended quarter, beside the previous one as its report showed it. */
    public Outcome<QuarterlyReport> prepareQuarterlyReport(Quarter quarter, String recurringProblems, PersonId preparedBy) {
        return oversight.prepare(quarter, recurringProblems, preparedBy);
    }

    /** The figures of {@code quarter} as known on {@code asOf}, computed from the stores (no personal data). */
    public Figures figures(Quarter quarter, LocalDate asOf) {
        return oversight.figures(quarter, asOf);
    }

    /** The school's report of {@code quarter}. */
    public Optional<QuarterlyReport> quarterlyReport(Quarter quarter) {
        return oversight.report(quarter);
    }

    /**
     * Checks compliance from {@code from} to {@code to} as an inspector would: findings with rule, date and the
     * record they rest on. Only what has happened by today on the school's clock is judged.
     */
    public List<Finding> complianceCheck(LocalDate from, LocalDate to) {
        return complianceCheck(from, to, ComplianceCheck.Checkpoint.START).findings();
    }

    /**
     * {@link #complianceCheck(LocalDate, LocalDate)}, verifying the journal and the access log from
     * {@code since}, the checkpoint an earlier check returned (kept outside the database), instead
     * of from their first entry: the check then reads the period and what was written since, so
     * its cost follows the period, not the school's age. Pass {@link ComplianceCheck.Checkpoint#START}
     * now and then (each quarter, for example) to verify the chains whole.
     *
     * @return the findings, and the checkpoint for the next check
     */
    public ComplianceCheck.Result complianceCheck(LocalDate from, LocalDate to, ComplianceCheck.Checkpoint since) {
        return oversight.complianceCheck(from, to, since, openings);
    }
}
