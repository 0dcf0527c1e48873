package kg.trustbox.store.memory;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import kg.trustbox.access.AccessLog;
import kg.trustbox.access.AccessRecord;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.Appeals;
import kg.trustbox.appeal.RegistrationNumber;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.ActLine;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.Boxes;
import kg.trustbox.box.JournalEntry;
import kg.trustbox.box.OpeningJournal;
import kg.trustbox.box.Seal;
import kg.trustbox.box.TrustBox;
import kg.trustbox.box.WithdrawalAct;
import kg.trustbox.chain.Chain;
import kg.trustbox.ledger.Ledger;
import kg.trustbox.ledger.LedgerEntry;
import kg.trustbox.commission.Commission;
import kg.trustbox.commission.Commissions;
import kg.trustbox.meeting.Meetings;
import kg.trustbox.meeting.Protocol;
import kg.trustbox.report.Quarter;
import kg.trustbox.report.QuarterlyReport;
import kg.trustbox.report.QuarterlyReports;
import kg.trustbox.school.SchoolId;
import kg.trustbox.store.Stores;

/**
 * All ports in memory, for tests, the demo and trying the library without a database. Nothing
 * survives the JVM. Thread-safe: one lock serialises transactions, and a transaction's writes are
 * undone when it rolls back ({@code Memory}); the journal and the access log share one chained log.
 */
public final class InMemoryStores {
    private final Memory memory = new Memory();
    private final Map<SchoolId, List<Commission>> commissions = new HashMap<>();
    private final Map<SchoolId, TrustBox> boxes = new HashMap<>();
    private final Map<SchoolId, Set<String>> seals = new HashMap<>();
    private final Map<SchoolId, Map<ActNumber, WithdrawalAct>> acts = new HashMap<>();
    /** The random key of each stored identity's commitment, by act line; destroyed with the identity. */
    private final Map<SchoolId, Map<ActNumber, Map<Integer, byte[]>>> commitmentKeys = new HashMap<>();
    private static final SecureRandom RANDOM = new SecureRandom();
    private final MemoryChain<JournalEntry> journal = new MemoryChain<>(memory, JournalEntry::school, JournalEntry::head);
    /** Each school's appeals in withdrawal order (act, then line). */
    private final Map<SchoolId, java.util.NavigableMap<AppealId, Appeal>> appeals = new HashMap<>();
    /** Each school's undecided appeals, and its decided ones by time of decision: what the period reads select. */
    private final Map<SchoolId, java.util.Set<AppealId>> undecided = new HashMap<>();
    private final Map<SchoolId, java.util.TreeMap<java.time.Instant, List<AppealId>>> decided = new HashMap<>();
    private static final Comparator<AppealId> BY_WITHDRAWAL = Comparator.comparing(AppealId::act).thenComparingInt(AppealId::line);
    /** A school's appeals before it has any: ordered like the others, read-only. */
    private static final java.util.NavigableMap<AppealId, Appeal> NO_APPEALS =
            java.util.Collections.unmodifiableNavigableMap(new java.util.TreeMap<>(BY_WITHDRAWAL));
    private final Map<SchoolId, Map<Integer, Integer>> registrationCounters = new HashMap<>();
    private final MemoryChain<AccessRecord> accessLog = new MemoryChain<>(memory, AccessRecord::school, AccessRecord::head);
    private final Map<SchoolId, Map<Integer, Protocol>> protocols = new HashMap<>();
    private final Map<SchoolId, Map<Quarter, QuarterlyReport>> reports = new HashMap<>();
    private final MemoryChain<LedgerEntry> ledger = new MemoryChain<>(memory, LedgerEntry::school,
            e -> new Chain.Head(e.sequence(), e.hash()));

    private InMemoryStores() {
    }

    /** Empty stores. */
    public static Stores create() {
        InMemoryStores s = new InMemoryStores();
        return new Stores(s.memory, s.new CommissionStore(), s.new BoxStore(), s.new JournalStore(), s.new AppealStore(),
                s.new AccessStore(), s.new MeetingStore(), s.new ReportStore(), new MemoryDeclarations(s.memory), s.new LedgerStore(),
                new MemoryReceipts(s.memory));
    }

    private static String commitment(byte[] key, Appellant.Signed signed) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update("trustbox-identity/1".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update(key);
            for (String part : List.of(signed.fullName(), signed.contacts().returnAddress().orElse(""),
                    signed.contacts().phone().orElse(""), signed.contacts().email().orElse(""))) {
                byte[] bytes = part.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                sha.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
                sha.update(bytes);
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private <T> T write(Supplier<T> change, Runnable undoIt) {
        return memory.write(change, undoIt);
    }

    private <T> T read(Supplier<T> query) {
        return memory.read(query);
    }

    private final class CommissionStore implements Commissions {
        @Override
        public void save(Commission commission) {
            List<Commission> before = List.copyOf(commissions.getOrDefault(commission.school(), List.of()));
            write(() -> {
                List<Commission> list = new ArrayList<>(before);
                list.removeIf(c -> c.order().equals(commission.order()));
                list.add(commission);
                list.sort(Comparator.comparing((Commission c) -> c.order().date()));
                commissions.put(commission.school(), list);
                return null;
            }, () -> commissions.put(commission.school(), before));
        }

        @Override
        public List<Commission> history(SchoolId school) {
            return read(() -> List.copyOf(commissions.getOrDefault(school, List.of())));
        }
    }

    private final class BoxStore implements Boxes {
        @Override
        public Optional<TrustBox> find(SchoolId school) {
            return read(() -> Optional.ofNullable(boxes.get(school)));
        }

        @Override
        public boolean replace(TrustBox next) {
            return read(() -> {
                TrustBox current = boxes.get(next.school());
                long expected = next.revision() - 1;
                boolean matches = next.revision() == 0 ? current == null : current != null && current.revision() == expected;
                if (!matches) {
                    return false;
                }
                return write(() -> {
                    boxes.put(next.school(), next);
                    return true;
                }, () -> {
                    if (current == null) {
                        boxes.remove(next.school());
                    } else {
                        boxes.put(next.school(), current);
                    }
                });
            });
        }

        @Override
        public boolean useSeal(SchoolId school, Seal seal) {
            return read(() -> {
                Set<String> used = seals.computeIfAbsent(school, k -> new HashSet<>());
                if (used.contains(seal.number())) {
                    return false;
                }
                return write(() -> used.add(seal.number()), () -> used.remove(seal.number()));
            });
        }

        @Override
        public ActNumber nextActNumber(SchoolId school, int year) {
            return read(() -> new ActNumber(year, (int) acts.getOrDefault(school, Map.of()).keySet().stream()
                    .filter(n -> n.year() == year).count() + 1));
        }

        @Override
        public void saveAct(WithdrawalAct act) {
            read(() -> {
                if (!nextActNumber(act.school(), act.number().year()).equals(act.number())) {
                    throw new IllegalStateException("act " + act.number().qualified() + " is not the next of its year");
                }
                Map<ActNumber, WithdrawalAct> schoolActs = acts.computeIfAbsent(act.school(), k -> new HashMap<>());
                Map<ActNumber, Map<Integer, byte[]>> keys = commitmentKeys.computeIfAbsent(act.school(), k -> new HashMap<>());
                Map<Integer, byte[]> lineKeys = new HashMap<>();
                for (ActLine line : act.lines()) {
                    if (line.from() instanceof Appellant.Signed) {
                        byte[] key = new byte[32];
                        RANDOM.nextBytes(key);
                        lineKeys.put(line.number(), key);
                    }
                }
                return write(() -> {
                    keys.put(act.number(), lineKeys);
                    return schoolActs.put(act.number(), act);
                }, () -> {
                    keys.remove(act.number());
                    schoolActs.remove(act.number());
                });
            });
        }

        /** A keyed digest of the identity: its key is random, kept apart and destroyed with the identity. */
        @Override
        public Map<Integer, String> identityCommitments(SchoolId school, ActNumber act) {
            return read(() -> {
                WithdrawalAct stored = acts.getOrDefault(school, Map.of()).get(act);
                Map<Integer, byte[]> keys = commitmentKeys.getOrDefault(school, Map.of()).getOrDefault(act, Map.of());
                Map<Integer, String> out = new HashMap<>();
                if (stored != null) {
                    for (ActLine line : stored.lines()) {
                        byte[] key = keys.get(line.number());
                        if (key != null && line.from() instanceof Appellant.Signed signed) {
                            out.put(line.number(), commitment(key, signed));
                        }
                    }
                }
                return Map.copyOf(out);
            });
        }

        @Override
        public boolean purgeIdentity(SchoolId school, ActNumber number, int line) {
            return read(() -> {
                WithdrawalAct act = acts.getOrDefault(school, Map.of()).get(number);
                Map<Integer, byte[]> keys = commitmentKeys.getOrDefault(school, Map.of()).get(number);
                if (act == null || keys == null || !keys.containsKey(line)) {
                    return false;
                }
                byte[] key = keys.get(line);
                List<ActLine> lines = act.lines().stream()
                        .map(l -> l.number() == line ? new ActLine(l.number(), Appellant.purged(), l.note()) : l).toList();
                WithdrawalAct purged = new WithdrawalAct(act.school(), act.number(), act.openedAt(), act.inspection(), act.incidents(),
                        lines, act.present());
                Map<AppealId, Appeal> schoolAppeals = appeals.getOrDefault(school, NO_APPEALS);
                AppealId id = AppealId.of(number, line);
                Appeal appeal = schoolAppeals.get(id);
                return write(() -> {
                    keys.remove(line);
                    acts.get(school).put(number, purged);
                    if (appeal != null) {
                        schoolAppeals.put(id, new Appeal(appeal.school(), appeal.id(), appeal.withdrawal(), Appellant.purged(),
                                appeal.stage(), appeal.tags(), appeal.revision()));
                    }
                    return true;
                }, () -> {
                    keys.put(line, key);
                    acts.get(school).put(number, act);
                    if (appeal != null) {
                        schoolAppeals.put(id, appeal);
                    }
                });
            });
        }

        @Override
        public Optional<WithdrawalAct> act(SchoolId school, ActNumber number) {
            return read(() -> Optional.ofNullable(acts.getOrDefault(school, Map.of()).get(number)));
        }
    }

    private final class LedgerStore implements Ledger {
        @Override
        public boolean append(LedgerEntry entry) {
            return ledger.append(entry);
        }

        @Override
        public List<LedgerEntry> entries(SchoolId school) {
            return ledger.entries(school);
        }

        @Override
        public Optional<Chain.Head> head(SchoolId school) {
            return ledger.head(school);
        }
    }

    private final class JournalStore implements OpeningJournal {
        @Override
        public boolean append(JournalEntry entry) {
            return journal.append(entry);
        }

        @Override
        public List<JournalEntry> entries(SchoolId school) {
            return journal.entries(school);
        }

        @Override
        public List<JournalEntry> entriesFrom(SchoolId school, long sequence) {
            return journal.from(school, sequence);
        }

        @Override
        public Optional<Chain.Head> head(SchoolId school) {
            return journal.head(school);
        }
    }

    private final class AppealStore implements Appeals {
        @Override
        public void add(Appeal appeal) {
            read(() -> {
                Map<AppealId, Appeal> school = appeals.computeIfAbsent(appeal.school(), k -> new java.util.TreeMap<>(BY_WITHDRAWAL));
                if (school.containsKey(appeal.id()) || appeal.revision() != 0) {
                    throw new IllegalStateException("appeal " + appeal.id() + " exists already");
                }
                java.util.Set<AppealId> open = undecided.computeIfAbsent(appeal.school(), k -> new java.util.HashSet<>());
                return write(() -> {
                    school.put(appeal.id(), appeal);
                    if (appeal.decidedAt().isEmpty()) {
                        open.add(appeal.id());
                    }
                    return null;
                }, () -> {
                    school.remove(appeal.id());
                    open.remove(appeal.id());
                });
            });
        }

        @Override
        public boolean replace(Appeal next) {
            return read(() -> {
                Map<AppealId, Appeal> school = appeals.getOrDefault(next.school(), NO_APPEALS);
                Appeal current = school.get(next.id());
                if (current == null || current.revision() != next.revision() - 1) {
                    return false;
                }
                boolean decidedNow = current.decidedAt().isEmpty() && next.decidedAt().isPresent();
                java.util.Set<AppealId> open = undecided.computeIfAbsent(next.school(), k -> new java.util.HashSet<>());
                java.util.TreeMap<java.time.Instant, List<AppealId>> byTime = decided.computeIfAbsent(next.school(),
                        k -> new java.util.TreeMap<>());
                return write(() -> {
                    school.put(next.id(), next);
                    if (decidedNow) {
                        open.remove(next.id());
                        byTime.computeIfAbsent(next.decidedAt().get(), k -> new java.util.ArrayList<>()).add(next.id());
                    }
                    return true;
                }, () -> {
                    school.put(next.id(), current);
                    if (decidedNow) {
                        open.add(next.id());
                        List<AppealId> at = byTime.get(next.decidedAt().get());
                        at.remove(next.id());
                        if (at.isEmpty()) {
                            byTime.remove(next.decidedAt().get());
                        }
                    }
                });
            });
        }

        @Override
        public Optional<Appeal> find(SchoolId school, AppealId id) {
            return read(() -> Optional.ofNullable(appeals.getOrDefault(school, NO_APPEALS).get(id)));
        }

        @Override
        public List<Appeal> list(SchoolId school) {
            return read(() -> List.copyOf(appeals.getOrDefault(school, NO_APPEALS).values()));
        }

        @Override
        public List<Appeal> page(SchoolId school, Optional<AppealId> after, int size) {
            return read(() -> {
                java.util.NavigableMap<AppealId, Appeal> all = appeals.getOrDefault(school, NO_APPEALS);
                java.util.NavigableMap<AppealId, Appeal> rest = after.isPresent() ? all.tailMap(after.get(), false) : all;
                return rest.values().stream().limit(size).toList();
            });
        }

        @Override
        public List<Appeal> undecided(SchoolId school) {
            return read(() -> byWithdrawal(school, undecided.getOrDefault(school, java.util.Set.of())));
        }

        @Override
        public List<Appeal> undecidedOrDecidedSince(SchoolId school, java.time.Instant decidedSince, java.time.Instant withdrawnBefore) {
            return read(() -> {
                java.util.Set<AppealId> ids = new java.util.HashSet<>(undecided.getOrDefault(school, java.util.Set.of()));
                decided.getOrDefault(school, new java.util.TreeMap<>()).tailMap(decidedSince, true).values().forEach(ids::addAll);
                return byWithdrawal(school, ids).stream().filter(a -> a.withdrawal().at().isBefore(withdrawnBefore)).toList();
            });
        }

        /** The school's appeals {@code ids}, in withdrawal order: only they are read and sorted. */
        private List<Appeal> byWithdrawal(SchoolId school, java.util.Collection<AppealId> ids) {
            Map<AppealId, Appeal> all = appeals.getOrDefault(school, NO_APPEALS);
            return ids.stream().sorted(BY_WITHDRAWAL).map(all::get).toList();
        }

        @Override
        public RegistrationNumber nextRegistrationNumber(SchoolId school, int year) {
            return read(() -> {
                Map<Integer, Integer> counters = registrationCounters.computeIfAbsent(school, k -> new HashMap<>());
                int last = counters.getOrDefault(year, 0);
                return write(() -> {
                    counters.put(year, last + 1);
                    return new RegistrationNumber(year, last + 1);
                }, () -> counters.put(year, last));
            });
        }

        @Override
        public Optional<Integer> lastRegistrationNumber(SchoolId school, int year) {
            return read(() -> Optional.ofNullable(registrationCounters.getOrDefault(school, Map.of()).get(year)));
        }
    }

    private final class AccessStore implements AccessLog {
        @Override
        public boolean append(AccessRecord record) {
            return accessLog.append(record);
        }

        @Override
        public List<AccessRecord> records(SchoolId school) {
            return accessLog.entries(school);
        }

        @Override
        public List<AccessRecord> recordsFrom(SchoolId school, long sequence) {
            return accessLog.from(school, sequence);
        }

        @Override
        public Optional<Chain.Head> head(SchoolId school) {
            return accessLog.head(school);
        }
    }

    private final class MeetingStore implements Meetings {
        @Override
        public void save(Protocol protocol) {
            memory.put(protocols.computeIfAbsent(protocol.school(), k -> new HashMap<>()), protocol.number(), protocol);
        }

        @Override
        public Optional<Protocol> find(SchoolId school, int number) {
            return read(() -> Optional.ofNullable(protocols.getOrDefault(school, Map.of()).get(number)));
        }

        @Override
        public List<Protocol> list(SchoolId school) {
            return read(() -> protocols.getOrDefault(school, Map.of()).values().stream()
                    .sorted(Comparator.comparingInt(Protocol::number)).toList());
        }
    }

    private final class ReportStore implements QuarterlyReports {
        @Override
        public void save(QuarterlyReport report) {
            memory.put(reports.computeIfAbsent(report.school(), k -> new HashMap<>()), report.quarter(), report);
        }

        @Override
        public Optional<QuarterlyReport> find(SchoolId school, Quarter quarter) {
            return read(() -> Optional.ofNullable(reports.getOrDefault(school, Map.of()).get(quarter)));
        }

        @Override
        public List<QuarterlyReport> list(SchoolId school) {
            return read(() -> reports.getOrDefault(school, Map.of()).values().stream()
                    .sorted(Comparator.comparing(QuarterlyReport::quarter)).toList());
        }
    }
}
