package kg.trustbox;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kg.trustbox.access.AccessLog;
import kg.trustbox.access.AccessRecord;
import kg.trustbox.access.Declaration;
import kg.trustbox.access.Declarations;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.Appeals;
import kg.trustbox.appeal.RegistrationNumber;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.Boxes;
import kg.trustbox.box.JournalEntry;
import kg.trustbox.box.OpeningJournal;
import kg.trustbox.box.Seal;
import kg.trustbox.box.TrustBox;
import kg.trustbox.box.WithdrawalAct;
import kg.trustbox.chain.Chain;
import kg.trustbox.commission.Commission;
import kg.trustbox.commission.Commissions;
import kg.trustbox.ledger.Encoding;
import kg.trustbox.ledger.Ledger;
import kg.trustbox.ledger.LedgerEntry;
import kg.trustbox.ledger.LedgerEntry.Kind;
import kg.trustbox.meeting.Meetings;
import kg.trustbox.meeting.Protocol;
import kg.trustbox.outcome.StorageException;
import kg.trustbox.receipt.IssuedBatch;
import kg.trustbox.receipt.LookupCounts;
import kg.trustbox.receipt.ReceiptDigest;
import kg.trustbox.receipt.ReceiptKey;
import kg.trustbox.receipt.Receipts;
import kg.trustbox.report.Quarter;
import kg.trustbox.report.QuarterlyReport;
import kg.trustbox.report.QuarterlyReports;
import kg.trustbox.school.SchoolId;
import kg.trustbox.store.Stores;

/**
 * The stores as the office writes through them: every regulated record a port writes is
 * also entered in the school's ledger, by its kind, key and digest, in the same transaction. Reads
 * pass through. Not API.
 *
 * <p>Inside a step (a transaction begun through these stores) the entries wait until the step's
 * work is done and are then appended as one batch per school, still inside the transaction: one
 * read and lock of the ledger's head and one batched write per step, instead of one for every
 * record. A rejected or failed step rolls back and its entries are dropped with it. A read of the
 * ledger during the step first appends what waits, so it sees the step's own entries. Outside a
 * step every entry is appended at once.
 */
final class Ledgered {
    private final Ledger ledger;
    private final Clock clock;
    /** The entries of the step running on this thread, by school, in the order entered; absent outside a step. */
    private final ThreadLocal<java.util.Map<SchoolId, List<Stamped>>> pending = new ThreadLocal<>();

    private Ledgered(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** {@code stores} with every write entered in their ledger. */
    static Stores wrap(Stores stores, Clock clock) {
        Ledgered l = new Ledgered(stores.ledger(), clock);
        return new Stores(l.new Steps(stores.transactions()), l.new LedgeredCommissions(stores.commissions()),
                l.new LedgeredBoxes(stores.boxes()), l.new LedgeredJournal(stores.journal()), l.new LedgeredAppeals(stores.appeals()),
                l.new LedgeredAccessLog(stores.accessLog()), l.new LedgeredMeetings(stores.meetings()), l.new LedgeredReports(stores.reports()),
                l.new LedgeredDeclarations(stores.declarations()), l.new Flushing(), l.new LedgeredReceipts(stores.receipts()));
    }

    /** What the ledger holds for an identity once purged, in place of its commitment. */
    static final String PURGED = "purged";

    /** The key of an act line's identity in the ledger. */
    static String key(ActNumber act, int line) {
        return key(act) + "/" + line;
    }

    /** The key of an act in the ledger. */
    static String key(ActNumber act) {
        return act.year() + "-" + act.sequence();
    }

    static String key(Quarter quarter) {
        return quarter.year() + "-Q" + quarter.quarter();
    }

    static String key(kg.trustbox.commission.Order order) {
        return order.date() + "/" + order.number();
    }

    static String key(Declaration d) {
        return d.person().value() + "/" + d.role() + "/" + d.order().date() + "/" + d.order().number() + "/" + d.kind();
    }

    /** The key of a batch of receipts in the ledger. */
    static String key(IssuedBatch batch) {
        return "batch/" + batch.number();
    }

    /** The digest the ledger holds for a batch: the batch and its codes' keyed digests, sorted. */
    static String digest(IssuedBatch batch, List<ReceiptDigest> digests) {
        return Encoding.digest(List.of(batch, digests.stream().map(ReceiptDigest::hex).sorted().toList()));
    }

    /**
     * The receipt records of {@code school} as the ledger keys and digests them, those whose key
     * {@code inScope} accepts: batches, attached receipts, published outcomes.
     */
    static java.util.Map<String, String> receiptDigests(Receipts receipts, SchoolId school, java.util.function.Predicate<String> inScope) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (IssuedBatch b : receipts.batches(school)) {
            if (inScope.test(key(b))) {
                out.put(key(b), digest(b, receipts.issued(school, b.number())));
            }
        }
        receipts.attached(school).forEach((appeal, d) -> out.put("appeal/" + appeal.value(), Encoding.digest(d.hex())));
        receipts.outcomes(school).forEach((appeal, text) -> out.put("outcome/" + appeal.value(), Encoding.digest(text)));
        out.keySet().removeIf(inScope.negate());
        return out;
    }

    private void enter(SchoolId school, Kind kind, String key, String digest) {
        enterAll(school, List.of(new Entered(kind, key, digest)));
    }

    /** Enters the appeals written by one step as one batch of entries. */
    private void enterAppeals(List<Appeal> appeals) {
        if (appeals.isEmpty()) {
            return;
        }
        SchoolId school = appeals.get(0).school();
        List<Entered> entered = new java.util.ArrayList<>();
        for (Appeal a : appeals) {
            if (!a.school().equals(school)) {
                throw new IllegalArgumentException("one school's appeals at a time");
            }
            entered.add(new Entered(Kind.APPEAL, a.id().value(), Encoding.digest(a)));
        }
        enterAll(school, entered);
    }

    /** What one entry records: a record's kind, key and digest. */
    private record Entered(Kind kind, String key, String digest) {
    }

    /** An entry with the time it was entered. */
    private record Stamped(java.time.Instant at, Entered entered) {
    }

    /** Enters {@code entered}, all at this instant: kept for the end of the step when one runs, appended at once otherwise. */
    private void enterAll(SchoolId school, List<Entered> entered) {
        java.time.Instant at = clock.instant();
        List<Stamped> stamped = entered.stream().map(e -> new Stamped(at, e)).toList();
        java.util.Map<SchoolId, List<Stamped>> step = pending.get();
        if (step != null) {
            step.computeIfAbsent(school, s -> new java.util.ArrayList<>()).addAll(stamped);
        } else {
            append(school, stamped);
        }
    }

    /** Appends what the running step has entered so far, school by school (nothing outside a step). */
    private void flush() {
        java.util.Map<SchoolId, List<Stamped>> step = pending.get();
        if (step != null) {
            step.forEach(this::append);
            step.clear();
        }
    }

    /** Appends {@code stamped} as one batch, chained from one read of the head. */
    private void append(SchoolId school, List<Stamped> stamped) {
        Chain.Head head = ledger.head(school).orElse(new Chain.Head(0, Chain.GENESIS));
        List<LedgerEntry> entries = new java.util.ArrayList<>();
        for (Stamped s : stamped) {
            Entered e = s.entered();
            LedgerEntry entry = LedgerEntry.next(school, head, s.at(), e.kind(), e.key(), e.digest());
            entries.add(entry);
            head = new Chain.Head(entry.sequence(), entry.hash());
        }
        if (!ledger.appendAll(entries)) {
            throw new StorageException("storage.conflict", "write the ledger", null);
        }
    }

    /** The stores' transactions, with the step's ledger entries appended when its work is done. */
    private final class Steps implements kg.trustbox.store.Transactions {
        private final kg.trustbox.store.Transactions transactions;

        Steps(kg.trustbox.store.Transactions transactions) {
            this.transactions = transactions;
        }

        @Override
        public <T> kg.trustbox.outcome.Outcome<T> inTransaction(java.util.function.Supplier<kg.trustbox.outcome.Outcome<T>> step) {
            if (pending.get() != null) {
                return transactions.inTransaction(step);
            }
            return transactions.inTransaction(() -> {
                pending.set(new java.util.LinkedHashMap<>());
                try {
                    kg.trustbox.outcome.Outcome<T> outcome = step.get();
                    if (outcome.isAccepted()) {
                        flush();
                    }
                    return outcome;
                } finally {
                    pending.remove();
                }
            });
        }
    }

    /** The ledger, read after what the running step has entered is appended. */
    private final class Flushing implements Ledger {
        @Override
        public boolean append(LedgerEntry entry) {
            flush();
            return ledger.append(entry);
        }

        @Override
        public boolean appendAll(List<LedgerEntry> entries) {
            flush();
            return ledger.appendAll(entries);
        }

        @Override
        public List<LedgerEntry> entries(SchoolId school) {
            flush();
            return ledger.entries(school);
        }

        @Override
        public List<LedgerEntry> entriesFrom(SchoolId school, long sequence) {
            flush();
            return ledger.entriesFrom(school, sequence);
        }

        @Override
        public Optional<Chain.Head> head(SchoolId school) {
            flush();
            return ledger.head(school);
        }
    }

    private final class LedgeredAppeals implements Appeals {
        private final Appeals appeals;

        LedgeredAppeals(Appeals appeals) {
            this.appeals = appeals;
        }

        private void entered(Appeal a) {
            enter(a.school(), Kind.APPEAL, a.id().value(), Encoding.digest(a));
        }

        @Override
        public void add(Appeal appeal) {
            appeals.add(appeal);
            entered(appeal);
        }

        @Override
        public void addAll(List<Appeal> all) {
            appeals.addAll(all);
            enterAppeals(all);
        }

        @Override
        public boolean replace(Appeal next) {
            boolean replaced = appeals.replace(next);
            if (replaced) {
                entered(next);
            }
            return replaced;
        }

        @Override
        public boolean replaceAll(List<Appeal> next) {
            boolean replaced = appeals.replaceAll(next);
            if (replaced) {
                enterAppeals(next);
            }
            return replaced;
        }

        @Override
        public java.util.Map<AppealId, Appeal> findAll(SchoolId school, java.util.Collection<AppealId> ids) {
            return appeals.findAll(school, ids);
        }

        @Override
        public Optional<Appeal> find(SchoolId school, AppealId id) {
            return appeals.find(school, id);
        }

        @Override
        public List<Appeal> list(SchoolId school) {
            return appeals.list(school);
        }

        @Override
        public List<Appeal> withdrawn(SchoolId school, java.time.Instant from, java.time.Instant to) {
            return appeals.withdrawn(school, from, to);
        }

        @Override
        public List<Appeal> undecided(SchoolId school) {
            return appeals.undecided(school);
        }

        @Override
        public List<Appeal> undecidedOrDecidedSince(SchoolId school, java.time.Instant decidedSince, java.time.Instant withdrawnBefore) {
            return appeals.undecidedOrDecidedSince(school, decidedSince, withdrawnBefore);
        }

        @Override
        public List<Appeal> page(SchoolId school, Optional<AppealId> after, int size) {
            return appeals.page(school, after, size);
        }

        @Override
        public RegistrationNumber nextRegistrationNumber(SchoolId school, int year) {
            RegistrationNumber n = appeals.nextRegistrationNumber(school, year);
            enter(school, Kind.COUNTER, "registration/" + year, Integer.toString(n.sequence()));
            return n;
        }

        @Override
        public Optional<Integer> lastRegistrationNumber(SchoolId school, int year) {
            return appeals.lastRegistrationNumber(school, year);
        }

        @Override
        public List<RegistrationNumber> nextRegistrationNumbers(SchoolId school, int year, int count) {
            List<RegistrationNumber> numbers = appeals.nextRegistrationNumbers(school, year, count);
            if (!numbers.isEmpty()) {
                enter(school, Kind.COUNTER, "registration/" + year, Integer.toString(numbers.get(numbers.size() - 1).sequence()));
            }
            return numbers;
        }
    }

    private final class LedgeredBoxes implements Boxes {
        private final Boxes boxes;

        LedgeredBoxes(Boxes boxes) {
            this.boxes = boxes;
        }

        @Override
        public Optional<TrustBox> find(SchoolId school) {
            return boxes.find(school);
        }

        @Override
        public boolean replace(TrustBox next) {
            boolean replaced = boxes.replace(next);
            if (replaced) {
                enter(next.school(), Kind.BOX, "box", Encoding.digest(next));
            }
            return replaced;
        }

        @Override
        public boolean useSeal(SchoolId school, Seal seal) {
            boolean fresh = boxes.useSeal(school, seal);
            if (fresh) {
                enter(school, Kind.SEAL, seal.number(), Encoding.digest(seal));
            }
            return fresh;
        }

        @Override
        public ActNumber nextActNumber(SchoolId school, int year) {
            ActNumber n = boxes.nextActNumber(school, year);
            enter(school, Kind.COUNTER, "act/" + year, Integer.toString(n.sequence()));
            return n;
        }

        /** The act, and a commitment to each identity stored for its lines. */
        @Override
        public void saveAct(WithdrawalAct act) {
            boxes.saveAct(act);
            List<Entered> entered = new java.util.ArrayList<>();
            entered.add(new Entered(Kind.ACT, key(act.number()), Encoding.digest(act)));
            new java.util.TreeMap<>(boxes.identityCommitments(act.school(), act.number())).forEach((line, commitment) ->
                    entered.add(new Entered(Kind.IDENTITY, key(act.number(), line), commitment)));
            enterAll(act.school(), entered);
        }

        @Override
        public Optional<WithdrawalAct> act(SchoolId school, ActNumber number) {
            return boxes.act(school, number);
        }

        @Override
        public Optional<Integer> lastActNumber(SchoolId school, int year) {
            return boxes.lastActNumber(school, year);
        }

        @Override
        public java.util.Map<Integer, String> identityCommitments(SchoolId school, ActNumber act) {
            return boxes.identityCommitments(school, act);
        }

        @Override
        public boolean purgeIdentity(SchoolId school, ActNumber act, int line) {
            boolean purged = boxes.purgeIdentity(school, act, line);
            if (purged) {
                enter(school, Kind.IDENTITY, key(act, line), PURGED);
            }
            return purged;
        }
    }

    private final class LedgeredJournal implements OpeningJournal {
        private final OpeningJournal journal;

        LedgeredJournal(OpeningJournal journal) {
            this.journal = journal;
        }

        @Override
        public boolean append(JournalEntry entry) {
            boolean appended = journal.append(entry);
            if (appended) {
                enter(entry.school(), Kind.JOURNAL, Long.toString(entry.sequence()), entry.hash());
            }
            return appended;
        }

        @Override
        public List<JournalEntry> entries(SchoolId school) {
            return journal.entries(school);
        }

        @Override
        public List<JournalEntry> entriesFrom(SchoolId school, long sequence) {
            return journal.entriesFrom(school, sequence);
        }

        @Override
        public List<JournalEntry> openedBetween(SchoolId school, java.time.Instant from, java.time.Instant to) {
            return journal.openedBetween(school, from, to);
        }

        @Override
        public Optional<Chain.Head> head(SchoolId school) {
            return journal.head(school);
        }
    }

    private final class LedgeredAccessLog implements AccessLog {
        private final AccessLog log;

        LedgeredAccessLog(AccessLog log) {
            this.log = log;
        }

        @Override
        public boolean append(AccessRecord record) {
            boolean appended = log.append(record);
            if (appended) {
                enter(record.school(), Kind.ACCESS, Long.toString(record.sequence()), record.hash());
            }
            return appended;
        }

        @Override
        public List<AccessRecord> records(SchoolId school) {
            return log.records(school);
        }

        @Override
        public List<AccessRecord> recordsFrom(SchoolId school, long sequence) {
            return log.recordsFrom(school, sequence);
        }

        @Override
        public Optional<Chain.Head> head(SchoolId school) {
            return log.head(school);
        }
    }

    private final class LedgeredCommissions implements Commissions {
        private final Commissions commissions;

        LedgeredCommissions(Commissions commissions) {
            this.commissions = commissions;
        }

        @Override
        public void save(Commission commission) {
            commissions.save(commission);
            enter(commission.school(), Kind.COMMISSION, key(commission.order()), Encoding.digest(commission));
        }

        @Override
        public List<Commission> history(SchoolId school) {
            return commissions.history(school);
        }

        @Override
        public Optional<Commission> current(SchoolId school) {
            return commissions.current(school);
        }

        @Override
        public Optional<Commission> asOf(SchoolId school, java.time.LocalDate date) {
            return commissions.asOf(school, date);
        }
    }

    private final class LedgeredMeetings implements Meetings {
        private final Meetings meetings;

        LedgeredMeetings(Meetings meetings) {
            this.meetings = meetings;
        }

        @Override
        public void save(Protocol protocol) {
            meetings.save(protocol);
            enter(protocol.school(), Kind.PROTOCOL, Integer.toString(protocol.number()), Encoding.digest(protocol));
        }

        @Override
        public Optional<Protocol> find(SchoolId school, int number) {
            return meetings.find(school, number);
        }

        @Override
        public List<Protocol> list(SchoolId school) {
            return meetings.list(school);
        }

        @Override
        public int nextNumber(SchoolId school) {
            return meetings.nextNumber(school);
        }
    }

    private final class LedgeredReports implements QuarterlyReports {
        private final QuarterlyReports reports;

        LedgeredReports(QuarterlyReports reports) {
            this.reports = reports;
        }

        @Override
        public void save(QuarterlyReport report) {
            reports.save(report);
            enter(report.school(), Kind.REPORT, key(report.quarter()), Encoding.digest(report));
        }

        @Override
        public Optional<QuarterlyReport> find(SchoolId school, Quarter quarter) {
            return reports.find(school, quarter);
        }

        @Override
        public List<QuarterlyReport> list(SchoolId school) {
            return reports.list(school);
        }
    }

    private final class LedgeredDeclarations implements Declarations {
        private final Declarations declarations;

        LedgeredDeclarations(Declarations declarations) {
            this.declarations = declarations;
        }

        @Override
        public boolean add(SchoolId school, Declaration declaration) {
            boolean added = declarations.add(school, declaration);
            if (added) {
                enter(school, Kind.DECLARATION, key(declaration), Encoding.digest(declaration));
            }
            return added;
        }

        @Override
        public List<Declaration> list(SchoolId school) {
            return declarations.list(school);
        }
    }

    /**
     * Receipts: an issued batch, an attachment and a published outcome are entered; the key (a
     * secret, wrapped) and the day's lookup counts (statistics, written by every lookup) are not.
     */
    private final class LedgeredReceipts implements Receipts {
        private final Receipts receipts;

        LedgeredReceipts(Receipts receipts) {
            this.receipts = receipts;
        }

        @Override
        public ReceiptKey key(SchoolId school) {
            return receipts.key(school);
        }

        @Override
        public List<IssuedBatch> batches(SchoolId school) {
            return receipts.batches(school);
        }

        @Override
        public void issue(IssuedBatch batch, List<ReceiptDigest> digests) {
            receipts.issue(batch, digests);
            enter(batch.school(), Kind.RECEIPT, Ledgered.key(batch), digest(batch, digests));
        }

        @Override
        public List<ReceiptDigest> issued(SchoolId school, int number) {
            return receipts.issued(school, number);
        }

        @Override
        public boolean isIssued(SchoolId school, ReceiptDigest digest) {
            return receipts.isIssued(school, digest);
        }

        @Override
        public boolean attach(SchoolId school, ReceiptDigest digest, AppealId appeal) {
            boolean attached = receipts.attach(school, digest, appeal);
            if (attached) {
                enter(school, Kind.RECEIPT, "appeal/" + appeal.value(), Encoding.digest(digest.hex()));
            }
            return attached;
        }

        @Override
        public Optional<AppealId> appealOf(SchoolId school, ReceiptDigest digest) {
            return receipts.appealOf(school, digest);
        }

        @Override
        public Optional<ReceiptDigest> receiptOf(SchoolId school, AppealId appeal) {
            return receipts.receiptOf(school, appeal);
        }

        @Override
        public java.util.Map<AppealId, ReceiptDigest> attached(SchoolId school) {
            return receipts.attached(school);
        }

        @Override
        public java.util.Map<AppealId, ReceiptDigest> attachedTo(SchoolId school, java.util.Collection<AppealId> appeals) {
            return receipts.attachedTo(school, appeals);
        }

        @Override
        public void publish(SchoolId school, AppealId appeal, String outcome) {
            receipts.publish(school, appeal, outcome);
            enter(school, Kind.RECEIPT, "outcome/" + appeal.value(), Encoding.digest(outcome));
        }

        @Override
        public Optional<String> outcome(SchoolId school, AppealId appeal) {
            return receipts.outcome(school, appeal);
        }

        @Override
        public java.util.Map<AppealId, String> outcomes(SchoolId school) {
            return receipts.outcomes(school);
        }

        @Override
        public java.util.Map<AppealId, String> outcomesOf(SchoolId school, java.util.Collection<AppealId> appeals) {
            return receipts.outcomesOf(school, appeals);
        }

        @Override
        public void count(SchoolId school, java.time.LocalDate day, LookupCounts.Result result) {
            receipts.count(school, day, result);
        }

        @Override
        public LookupCounts counts(SchoolId school, java.time.LocalDate day) {
            return receipts.counts(school, day);
        }
    }
}
