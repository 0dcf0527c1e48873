package kg.trustbox.store.memory;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.outcome.StorageException;
import kg.trustbox.receipt.IssuedBatch;
import kg.trustbox.receipt.LookupCounts;
import kg.trustbox.receipt.ReceiptDigest;
import kg.trustbox.receipt.ReceiptKey;
import kg.trustbox.receipt.Receipts;
import kg.trustbox.school.SchoolId;

/**
 * {@link Receipts} in memory: each school's key is random and lives as long as the stores.
 * Not API; thread-safe through {@link Memory}.
 */
final class MemoryReceipts implements Receipts {
    private final Memory memory;
    private final Map<SchoolId, ReceiptKey> keys = new HashMap<>();
    private final Map<Issued, Integer> issued = new HashMap<>();
    private final Map<Issued, AppealId> attached = new HashMap<>();
    private final Map<Of, ReceiptDigest> receipts = new HashMap<>();
    private final Map<Of, String> outcomes = new HashMap<>();
    private final Map<Day, LookupCounts> counts = new HashMap<>();
    private final Map<SchoolBatch, IssuedBatch> numbered = new HashMap<>();

    private record Issued(SchoolId school, ReceiptDigest digest) {
    }

    private record Of(SchoolId school, AppealId appeal) {
    }

    private record Day(SchoolId school, LocalDate day) {
    }

    private record SchoolBatch(SchoolId school, int number) {
    }

    MemoryReceipts(Memory memory) {
        this.memory = memory;
    }

    @Override
    public ReceiptKey key(SchoolId school) {
        return memory.read(() -> {
            ReceiptKey key = keys.get(school);
            if (key == null) {
                key = ReceiptKey.random();
                memory.put(keys, school, key);
            }
            return key;
        });
    }

    @Override
    public List<IssuedBatch> batches(SchoolId school) {
        return memory.read(() -> numbered.values().stream().filter(b -> b.school().equals(school))
                .sorted(java.util.Comparator.comparingInt(IssuedBatch::number)).toList());
    }

    @Override
    public void issue(IssuedBatch batch, List<ReceiptDigest> digests) {
        if (digests.size() != batch.count()) {
            throw new IllegalArgumentException("a batch's digests are as many as it counts");
        }
        memory.read(() -> {
            SchoolBatch key = new SchoolBatch(batch.school(), batch.number());
            if (numbered.containsKey(key) || digests.stream().distinct().count() != digests.size()
                    || digests.stream().anyMatch(d -> issued.containsKey(new Issued(batch.school(), d)))) {
                throw new StorageException("storage.conflict", "issue receipts", null);
            }
            memory.put(numbered, key, batch);
            digests.forEach(d -> memory.put(issued, new Issued(batch.school(), d), batch.number()));
            return null;
        });
    }

    @Override
    public List<ReceiptDigest> issued(SchoolId school, int number) {
        return memory.read(() -> issued.entrySet().stream().filter(e -> e.getKey().school().equals(school) && e.getValue() == number)
                .map(e -> e.getKey().digest()).sorted(java.util.Comparator.comparing(ReceiptDigest::hex)).toList());
    }

    @Override
    public boolean isIssued(SchoolId school, ReceiptDigest digest) {
        return memory.read(() -> issued.containsKey(new Issued(school, digest)));
    }

    @Override
    public boolean attach(SchoolId school, ReceiptDigest digest, AppealId appeal) {
        return memory.read(() -> {
            Issued d = new Issued(school, digest);
            Of a = new Of(school, appeal);
            if (!issued.containsKey(d)) {
                throw new StorageException("storage.failed", "attach a receipt", null);
            }
            if (attached.containsKey(d) || receipts.containsKey(a)) {
                return false;
            }
            memory.put(attached, d, appeal);
            memory.put(receipts, a, digest);
            return true;
        });
    }

    @Override
    public Optional<AppealId> appealOf(SchoolId school, ReceiptDigest digest) {
        return memory.read(() -> Optional.ofNullable(attached.get(new Issued(school, digest))));
    }

    @Override
    public Optional<ReceiptDigest> receiptOf(SchoolId school, AppealId appeal) {
        return memory.read(() -> Optional.ofNullable(receipts.get(new Of(school, appeal))));
    }

    @Override
    public Map<AppealId, ReceiptDigest> attached(SchoolId school) {
        return memory.read(() -> {
            Map<AppealId, ReceiptDigest> out = new TreeMap<>(java.util.Comparator.comparing(AppealId::value));
            receipts.forEach((of, d) -> {
                if (of.school().equals(school)) {
                    out.put(of.appeal(), d);
                }
            });
            return java.util.Collections.unmodifiableMap(out);
        });
    }

    @Override
    public Map<AppealId, ReceiptDigest> attachedTo(SchoolId school, java.util.Collection<AppealId> appeals) {
        return memory.read(() -> pick(receipts, school, appeals));
    }

    @Override
    public Map<AppealId, String> outcomesOf(SchoolId school, java.util.Collection<AppealId> appeals) {
        return memory.read(() -> pick(outcomes, school, appeals));
    }

    /** The values of {@code from} for {@code appeals} of {@code school} that have one, in the appeals' order. */
    private static <V> Map<AppealId, V> pick(Map<Of, V> from, SchoolId school, java.util.Collection<AppealId> appeals) {
        Map<AppealId, V> out = new java.util.LinkedHashMap<>();
        for (AppealId appeal : appeals) {
            V value = from.get(new Of(school, appeal));
            if (value != null) {
                out.put(appeal, value);
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    @Override
    public void publish(SchoolId school, AppealId appeal, String outcome) {
        java.util.Objects.requireNonNull(outcome, "outcome");
        memory.put(outcomes, new Of(school, appeal), outcome);
    }

    @Override
    public Optional<String> outcome(SchoolId school, AppealId appeal) {
        return memory.read(() -> Optional.ofNullable(outcomes.get(new Of(school, appeal))));
    }

    @Override
    public Map<AppealId, String> outcomes(SchoolId school) {
        return memory.read(() -> {
            Map<AppealId, String> out = new TreeMap<>(java.util.Comparator.comparing(AppealId::value));
            outcomes.forEach((of, text) -> {
                if (of.school().equals(school)) {
                    out.put(of.appeal(), text);
                }
            });
            return java.util.Collections.unmodifiableMap(out);
        });
    }

    @Override
    public void count(SchoolId school, LocalDate day, LookupCounts.Result result) {
        java.util.Objects.requireNonNull(result, "result");
        memory.read(() -> {
            Day d = new Day(school, day);
            memory.put(counts, d, counts.getOrDefault(d, LookupCounts.none(day)).plus(result));
            return null;
        });
    }

    @Override
    public LookupCounts counts(SchoolId school, LocalDate day) {
        return memory.read(() -> counts.getOrDefault(new Day(school, day), LookupCounts.none(day)));
    }
}
