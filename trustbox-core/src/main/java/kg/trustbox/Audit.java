package kg.trustbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.ActLine;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.JournalEntry;
import kg.trustbox.box.WithdrawalAct;
import kg.trustbox.chain.Chain;
import kg.trustbox.ledger.Discrepancy;
import kg.trustbox.ledger.Encoding;
import kg.trustbox.ledger.LedgerEntry;
import kg.trustbox.ledger.LedgerEntry.Kind;
import kg.trustbox.ledger.RecordsVerification;
import kg.trustbox.outcome.TrustBoxException;
import kg.trustbox.school.SchoolId;
import kg.trustbox.store.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inspects a school's records as an inspector would: the ledger's chain, every record
 * against the digest the ledger holds for it, and the records against each other (the journal's
 * counts against the acts, the acts' lines against the register, the register's numbers against
 * the counter). Never throws on bad stored data: what cannot be read is reported where it is. Not API.
 */
final class Audit {
    private static final Logger LOG = LoggerFactory.getLogger(Audit.class);

    private final Desk desk;
    private final List<Discrepancy> found = new ArrayList<>();
    /** The latest digest of each record, by kind and key, as the ledger holds it. */
    private final Map<Kind, Map<String, String>> ledgered = new HashMap<>();

    private final Optional<Chain.Head> anchor;
    /** The records the ledger does not hold, with their digests, in the order found: what a baseline enters. */
    private final List<Unrecorded> unrecorded = new ArrayList<>();
    /** The highest registration number of each year among the appeals read. */
    private final Map<Integer, Integer> registered = new TreeMap<>();

    /** A record the ledger does not hold. */
    record Unrecorded(Kind kind, String key, String digest) {
    }

    /** Set for an incremental inspection: the checkpoint after which entries, and the records they name, are checked. */
    private final Optional<Chain.Head> since;

    private Audit(Desk desk, Optional<Chain.Head> anchor, Optional<Chain.Head> since) {
        this.desk = desk;
        this.anchor = anchor;
        this.since = since;
    }

    /** The inspection; with an {@code anchor} (a head kept outside the database), checked against it too. */
    static RecordsVerification of(Desk desk, Optional<Chain.Head> anchor) {
        return new Audit(desk, anchor, Optional.empty()).run();
    }

    /**
     * The inspection of what was written after {@code checkpoint}, the head of an earlier inspection:
     * the ledger's entries after it (linked to it), and the records those entries name.
     */
    static RecordsVerification since(Desk desk, Chain.Head checkpoint) {
        return new Audit(desk, Optional.of(checkpoint), Optional.of(checkpoint)).run();
    }

    /** A full inspection, and the records it found that the ledger does not hold. */
    static List<Unrecorded> unrecorded(Desk desk) {
        Audit audit = new Audit(desk, Optional.empty(), Optional.empty());
        audit.run();
        return List.copyOf(audit.unrecorded);
    }

    /** Whether the record {@code key} of {@code kind} is checked: all are, unless the inspection is incremental. */
    private boolean inScope(Kind kind, String key) {
        return since.isEmpty() || ledgered.getOrDefault(kind, Map.of()).containsKey(key);
    }

    private RecordsVerification run() {
        Stores stores = desk.stores();
        SchoolId school = desk.school().id();
        // an incremental inspection reads the checkpoint's entry and those after it; a full one, all
        long from = since.map(c -> Math.max(1, c.sequence())).orElse(1L);
        List<LedgerEntry> read = read(Kind.LEDGER, "ledger", () -> from == 1 ? stores.ledger().entries(school)
                : stores.ledger().entriesFrom(school, from)).orElse(List.of());
        Optional<Chain.Head> recorded = read(Kind.LEDGER, "ledger", () -> stores.ledger().head(school)).orElse(Optional.empty());
        long offset = from - 1;
        // where the ledger ends: its last entry read, or, when none from the checkpoint on is left, its recorded head
        long end = read.isEmpty() ? recorded.map(Chain.Head::sequence).orElse(0L) : read.get(read.size() - 1).sequence();
        anchor.ifPresent(a -> {
            if (a.sequence() > offset + read.size()) {
                found.add(new Discrepancy(Kind.LEDGER, "ledger", "records.anchorAhead",
                        List.of(Long.toString(a.sequence()), Long.toString(end))));
            } else if (a.sequence() > 0 && !read.get((int) (a.sequence() - 1 - offset)).hash().equals(a.hash())) {
                found.add(new Discrepancy(Kind.LEDGER, "ledger", "records.anchorMismatch", List.of(Long.toString(a.sequence()))));
            }
        });
        Chain.Head start = since.filter(c -> c.sequence() > 0).orElse(new Chain.Head(0, Chain.GENESIS));
        List<LedgerEntry> entries = since.isPresent() && start.sequence() > 0 && !read.isEmpty() ? read.subList(1, read.size()) : read;
        boolean checkpointHolds = found.isEmpty();
        if (checkpointHolds && Chain.verifyAfter(start, entries, recorded) instanceof Chain.Verification.Broken b) {
            found.add(new Discrepancy(Kind.LEDGER, "ledger", "records.ledgerBroken", List.of(Long.toString(b.sequence()))));
        }
        for (LedgerEntry e : entries) {
            String before = ledgered.computeIfAbsent(e.kind(), k -> new LinkedHashMap<>()).put(e.key(), e.digest());
            if (e.kind() == Kind.SEAL && before != null) {
                found.add(new Discrepancy(Kind.SEAL, e.key(), "records.sealReused", List.of(Long.toString(e.sequence()))));
            }
        }
        List<Appeal> appeals = since.isPresent() ? appealsInScope(school) : appeals(school);
        compare(Kind.APPEAL, digests(Kind.APPEAL, appeals, a -> a.id().value()));
        Map<String, String> commissions = new LinkedHashMap<>();
        read(Kind.COMMISSION, "*", () -> stores.commissions().history(school)).orElse(List.of()).stream()
                .filter(c -> inScope(Kind.COMMISSION, Ledgered.key(c.order())))
                .forEach(c -> commissions.put(Ledgered.key(c.order()), Encoding.digest(c)));
        compare(Kind.COMMISSION, commissions);
        compare(Kind.PROTOCOL, digests(Kind.PROTOCOL, read(Kind.PROTOCOL, "*", () -> stores.meetings().list(school)).orElse(List.of()),
                p -> Integer.toString(p.number())));
        compare(Kind.REPORT, digests(Kind.REPORT, read(Kind.REPORT, "*", () -> stores.reports().list(school)).orElse(List.of()),
                r -> Ledgered.key(r.quarter())));
        compare(Kind.DECLARATION, digests(Kind.DECLARATION, read(Kind.DECLARATION, "*", () -> stores.declarations().list(school))
                .orElse(List.of()), Ledgered::key));
        compare(Kind.RECEIPT, read(Kind.RECEIPT, "*", () -> Ledgered.receiptDigests(stores.receipts(), school,
                key -> inScope(Kind.RECEIPT, key))).orElse(Map.of()));
        Map<String, String> box = new LinkedHashMap<>();
        read(Kind.BOX, "box", () -> stores.boxes().find(school)).flatMap(b -> b).filter(b -> inScope(Kind.BOX, "box"))
                .ifPresent(b -> box.put("box", Encoding.digest(b)));
        compare(Kind.BOX, box);
        List<JournalEntry> journal = read(Kind.JOURNAL, "*", () -> stores.journal().entries(school)).orElse(List.of()).stream()
                .filter(e -> inScope(Kind.JOURNAL, Long.toString(e.sequence()))).toList();
        Map<String, String> journalHashes = new LinkedHashMap<>();
        journal.forEach(e -> journalHashes.put(Long.toString(e.sequence()), e.hash()));
        compare(Kind.JOURNAL, journalHashes);
        if (since.isEmpty()) {
            // the journal's and the access log's own chains, whole; an incremental inspection relies on the ledger's hashes of them
            read(Kind.JOURNAL, "*", () -> stores.journal().verify(school)).ifPresent(v -> broken(Kind.JOURNAL, v));
            read(Kind.ACCESS, "*", () -> stores.accessLog().verify(school)).ifPresent(v -> broken(Kind.ACCESS, v));
        }
        Map<String, String> accessHashes = new LinkedHashMap<>();
        read(Kind.ACCESS, "*", () -> stores.accessLog().records(school)).orElse(List.of()).stream()
                .filter(r -> inScope(Kind.ACCESS, Long.toString(r.sequence())))
                .forEach(r -> accessHashes.put(Long.toString(r.sequence()), r.hash()));
        compare(Kind.ACCESS, accessHashes);
        Map<ActNumber, WithdrawalAct> acts = acts(school, appeals, journal);
        crossCheck(appeals, journal, acts);
        appeals.forEach(a -> a.registration().ifPresent(r -> registered.merge(r.number().year(), r.number().sequence(), Math::max)));
        counters(school, acts);
        Chain.Head head = read.isEmpty() ? new Chain.Head(0, Chain.GENESIS)
                : new Chain.Head(read.get(read.size() - 1).sequence(), read.get(read.size() - 1).hash());
        if (!found.isEmpty()) {
            LOG.warn("school {}: {} discrepancies in the records, the first: {} {}", school, found.size(), found.get(0).kind(),
                    found.get(0).key());
        }
        return new RecordsVerification(head, entries.size(), found);
    }

    /**
     * The register; if it cannot be read as a whole (a malformed row), each appeal the ledger names
     * is read on its own, so that the bad one is reported by its id and the others are still compared.
     */
    private List<Appeal> appeals(SchoolId school) {
        try {
            return desk.stores().appeals().list(school);
        } catch (TrustBoxException | IllegalArgumentException | IllegalStateException | java.time.DateTimeException e) {
            List<Appeal> readable = new ArrayList<>();
            for (String key : ledgered.getOrDefault(Kind.APPEAL, Map.of()).keySet()) {
                read(Kind.APPEAL, key, () -> desk.stores().appeals().find(school, new kg.trustbox.appeal.AppealId(key)))
                        .flatMap(a -> a).ifPresent(readable::add);
            }
            return readable;
        }
    }

    /** The appeals the entries after the checkpoint name, and those withdrawn on the acts they name. */
    private List<Appeal> appealsInScope(SchoolId school) {
        TreeSet<String> ids = new TreeSet<>(ledgered.getOrDefault(Kind.APPEAL, Map.of()).keySet());
        for (String key : ledgered.getOrDefault(Kind.ACT, Map.of()).keySet()) {
            actNumber(key).flatMap(n -> read(Kind.ACT, key, () -> desk.stores().boxes().act(school, n)).flatMap(a -> a))
                    .ifPresent(act -> act.lines().forEach(l -> ids.add(kg.trustbox.appeal.AppealId.of(act.number(), l.number()).value())));
        }
        List<kg.trustbox.appeal.AppealId> wanted = ids.stream().map(kg.trustbox.appeal.AppealId::new).toList();
        return new ArrayList<>(read(Kind.APPEAL, "*", () -> desk.stores().appeals().findAll(school, wanted)).orElse(Map.of()).values());
    }

    /**
     * Each counter the ledger names against the counter as stored, and the act counter against the
     * acts: the last act of a year is the one the counter reached.
     */
    private void counters(SchoolId school, Map<ActNumber, WithdrawalAct> acts) {
        ledgered.getOrDefault(Kind.COUNTER, Map.of()).forEach((key, last) -> {
            Optional<Optional<Integer>> stored = Optional.empty();
            if (key.startsWith("registration/")) {
                stored = read(Kind.COUNTER, key, () -> desk.stores().appeals().lastRegistrationNumber(school, year(key)));
            } else if (key.startsWith("act/")) {
                stored = read(Kind.COUNTER, key, () -> desk.stores().boxes().lastActNumber(school, year(key)));
                int year = year(key);
                int highest = acts.keySet().stream().filter(n -> n.year() == year).mapToInt(ActNumber::sequence).max().orElse(0);
                if (!Integer.toString(highest).equals(last)) {
                    found.add(new Discrepancy(Kind.COUNTER, key, "records.actCounterMismatch", List.of(last, Integer.toString(highest))));
                }
            }
            stored.flatMap(n -> n).filter(n -> !Integer.toString(n).equals(last))
                    .ifPresent(n -> found.add(new Discrepancy(Kind.COUNTER, key, "records.changed", List.of())));
        });        if (since.isEmpty()) {
            // a year's counters the ledger never saw (records written before it): as they stand, or as far as the records reach
            Map<String, Integer> reached = new TreeMap<>();
            acts.keySet().forEach(n -> reached.merge("act/" + n.year(), n.sequence(), Math::max));
            registered.forEach((year, last) -> reached.merge("registration/" + year, last, Math::max));
            reached.forEach((key, highest) -> {
                if (!ledgered.getOrDefault(Kind.COUNTER, Map.of()).containsKey(key)) {
                    int year = year(key);
                    Optional<Integer> stored = read(Kind.COUNTER, key, () -> key.startsWith("act/")
                            ? desk.stores().boxes().lastActNumber(school, year)
                            : desk.stores().appeals().lastRegistrationNumber(school, year)).flatMap(n -> n);
                    found.add(new Discrepancy(Kind.COUNTER, key, "records.unrecorded", List.of()));
                    unrecorded.add(new Unrecorded(Kind.COUNTER, key, Integer.toString(stored.orElse(highest))));
                }
            });
        }
    }

    /** The year of a counter's key ({@code act/2026}); 0, which matches no record, if malformed. */
    private static int year(String key) {
        try {
            return Integer.parseInt(key.substring(key.indexOf('/') + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The acts the ledger, the journal and the register name, read and compared with the ledger. */
    private Map<ActNumber, WithdrawalAct> acts(SchoolId school, List<Appeal> appeals, List<JournalEntry> journal) {
        TreeSet<ActNumber> numbers = new TreeSet<>();
        ledgered.getOrDefault(Kind.ACT, Map.of()).keySet().forEach(k -> actNumber(k).ifPresent(numbers::add));
        ledgered.getOrDefault(Kind.IDENTITY, Map.of()).keySet().forEach(k -> actNumber(k.substring(0, Math.max(0, k.indexOf('/'))))
                .ifPresent(numbers::add));
        journal.forEach(e -> e.act().ifPresent(numbers::add));
        appeals.forEach(a -> numbers.add(a.withdrawal().act()));
        Map<ActNumber, WithdrawalAct> acts = new TreeMap<>();
        Map<String, String> digests = new LinkedHashMap<>();
        Map<String, String> identities = new LinkedHashMap<>();
        for (ActNumber n : numbers) {
            read(Kind.ACT, Ledgered.key(n), () -> desk.stores().boxes().act(school, n)).flatMap(a -> a).ifPresent(a -> {
                acts.put(n, a);
                if (inScope(Kind.ACT, Ledgered.key(n))) {
                    digests.put(Ledgered.key(n), Encoding.digest(a));
                }
            });
            read(Kind.IDENTITY, Ledgered.key(n), () -> desk.stores().boxes().identityCommitments(school, n)).orElse(Map.of())
                    .forEach((line, commitment) -> {
                        if (inScope(Kind.IDENTITY, Ledgered.key(n, line))) {
                            identities.put(Ledgered.key(n, line), commitment);
                        }
                    });
        }
        compare(Kind.ACT, digests);
        identities(identities);
        return acts;
    }

    /**
     * The identities stored against the commitments the ledger holds: one replaced, forged onto a
     * line or deleted without a recorded purge is found; a purged one must stay gone.
     */
    private void identities(Map<String, String> current) {
        Map<String, String> expected = ledgered.getOrDefault(Kind.IDENTITY, Map.of());
        current.forEach((key, commitment) -> {
            String recorded = expected.get(key);
            if (recorded == null) {
                found.add(new Discrepancy(Kind.IDENTITY, key, "records.unrecorded", List.of()));
                unrecorded.add(new Unrecorded(Kind.IDENTITY, key, commitment));
            } else if (!recorded.equals(commitment)) {
                found.add(new Discrepancy(Kind.IDENTITY, key, "records.changed", List.of()));
            }
        });
        expected.forEach((key, recorded) -> {
            if (!current.containsKey(key) && !Ledgered.PURGED.equals(recorded)) {
                found.add(new Discrepancy(Kind.IDENTITY, key, "records.missing", List.of()));
            }
        });
    }

    private void crossCheck(List<Appeal> appeals, List<JournalEntry> journal, Map<ActNumber, WithdrawalAct> acts) {
        for (JournalEntry e : journal) {
            e.act().map(acts::get).ifPresent(act -> {
                if (act.lines().size() != e.appealCount()) {
                    found.add(new Discrepancy(Kind.JOURNAL, Long.toString(e.sequence()), "records.countMismatch",
                            List.of(Integer.toString(e.appealCount()), Ledgered.key(act.number()), Integer.toString(act.lines().size()))));
                }
            });
        }
        Map<String, Appeal> byLine = new HashMap<>();
        appeals.forEach(a -> byLine.put(Ledgered.key(a.withdrawal().act()) + "/" + a.withdrawal().line(), a));
        for (WithdrawalAct act : acts.values()) {
            // an incremental inspection has read every appeal of the acts written since the checkpoint, not of the others
            boolean whole = inScope(Kind.ACT, Ledgered.key(act.number()));
            for (ActLine line : act.lines()) {
                Appeal a = byLine.remove(Ledgered.key(act.number()) + "/" + line.number());
                if (a == null && whole) {
                    found.add(new Discrepancy(Kind.ACT, Ledgered.key(act.number()), "records.lineWithoutAppeal",
                            List.of(Integer.toString(line.number()))));
                } else if (a != null && (a.appellant() instanceof Appellant.Signed) != (line.from() instanceof Appellant.Signed)) {
                    found.add(new Discrepancy(Kind.APPEAL, a.id().value(), "records.kindMismatch", List.of(Ledgered.key(act.number()))));
                }
            }
        }
        byLine.values().forEach(a -> found.add(new Discrepancy(Kind.APPEAL, a.id().value(), "records.appealWithoutLine",
                List.of(Ledgered.key(a.withdrawal().act())))));
        if (since.isPresent()) {
            return; // the register's numbers as a whole are a full inspection's
        }
        Map<Integer, TreeSet<Integer>> numbers = new TreeMap<>();
        appeals.forEach(a -> a.registration().ifPresent(r -> numbers.computeIfAbsent(r.number().year(), y -> new TreeSet<>())
                .add(r.number().sequence())));
        numbers.forEach((year, sequences) -> {
            int expected = 1;
            for (int n : sequences) {
                if (n != expected) {
                    found.add(new Discrepancy(Kind.COUNTER, "registration/" + year, "records.numbersGap", List.of(Integer.toString(expected))));
                    break;
                }
                expected++;
            }
            String counter = ledgered.getOrDefault(Kind.COUNTER, Map.of()).get("registration/" + year);
            if (counter != null && !counter.equals(Integer.toString(sequences.last()))) {
                found.add(new Discrepancy(Kind.COUNTER, "registration/" + year, "records.counterMismatch",
                        List.of(counter, Integer.toString(sequences.last()))));
            }
        });
    }

    private void broken(Kind kind, Chain.Verification v) {
        if (v instanceof Chain.Verification.Broken b) {
            found.add(new Discrepancy(kind, Long.toString(b.sequence()), "records.chainBroken", List.of()));
        }
    }

    /** Each record against the ledger: changed, written outside the library, or gone. */
    private void compare(Kind kind, Map<String, String> current) {
        Map<String, String> expected = ledgered.getOrDefault(kind, Map.of());
        current.forEach((key, digest) -> {
            String recorded = expected.get(key);
            if (recorded == null) {
                found.add(new Discrepancy(kind, key, "records.unrecorded", List.of()));
                unrecorded.add(new Unrecorded(kind, key, digest));
            } else if (!recorded.equals(digest)) {
                found.add(new Discrepancy(kind, key, "records.changed", List.of()));
            }
        });
        expected.keySet().stream().filter(key -> !current.containsKey(key))
                .forEach(key -> found.add(new Discrepancy(kind, key, "records.missing", List.of())));
    }

    /** The digests of the records in scope, by key: only those are hashed. */
    private <T> Map<String, String> digests(Kind kind, List<T> records, java.util.function.Function<T, String> key) {
        Map<String, String> out = new LinkedHashMap<>();
        for (T r : records) {
            String k = key.apply(r);
            if (inScope(kind, k)) {
                out.put(k, Encoding.digest(r));
            }
        }
        return out;
    }

    /** {@code query}'s result, or empty with the failure reported at {@code kind}, {@code key}. */
    private <T> Optional<T> read(Kind kind, String key, Supplier<T> query) {
        try {
            return Optional.of(query.get());
        } catch (TrustBoxException | IllegalArgumentException | IllegalStateException | java.time.DateTimeException e) {
            found.add(new Discrepancy(kind, key, "records.unreadable", List.of(e.getClass().getSimpleName())));
            return Optional.empty();
        }
    }

    private static Optional<ActNumber> actNumber(String key) {
        int dash = key.indexOf('-');
        try {
            return Optional.of(new ActNumber(Integer.parseInt(key.substring(0, dash)), Integer.parseInt(key.substring(dash + 1))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
