package kg.trustbox.jdbc;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.jdbc.internal.Db;
import kg.trustbox.keys.KeyProvider;
import kg.trustbox.keys.WrappedKey;
import kg.trustbox.receipt.IssuedBatch;
import kg.trustbox.receipt.LookupCounts;
import kg.trustbox.receipt.ReceiptDigest;
import kg.trustbox.receipt.ReceiptKey;
import kg.trustbox.receipt.Receipts;
import kg.trustbox.school.SchoolId;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.result.RowView;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * {@link Receipts} in {@code trustbox_receipt_key}, {@code trustbox_receipt_batch},
 * {@code trustbox_receipt_issued}, {@code trustbox_receipt}, {@code trustbox_published_outcome} and
 * {@code trustbox_receipt_lookups} (V15); the statements are in
 * {@code kg/trustbox/jdbc/JdbiReceipts/*.sql}. A school's receipt key is kept wrapped by the host
 * key and unwrapped by {@link KeyProvider} at each use, never cached: a key cached by a transaction
 * that then rolled back would digest codes that no stored key can digest again. Thread-safe.
 */
final class JdbiReceipts implements Receipts {
    private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.removingComments();
    private static final String KEY = SQL.locate(JdbiReceipts.class, "key");
    private static final String INSERT_KEY = SQL.locate(JdbiReceipts.class, "insert-key");
    private static final String BATCHES = SQL.locate(JdbiReceipts.class, "batches");
    private static final String INSERT_BATCH = SQL.locate(JdbiReceipts.class, "insert-batch");
    private static final String INSERT_ISSUED = SQL.locate(JdbiReceipts.class, "insert-issued");
    private static final String ISSUED = SQL.locate(JdbiReceipts.class, "issued");
    private static final String IS_ISSUED = SQL.locate(JdbiReceipts.class, "is-issued");
    private static final String ATTACH = SQL.locate(JdbiReceipts.class, "attach");
    private static final String APPEAL_OF = SQL.locate(JdbiReceipts.class, "appeal-of");
    private static final String RECEIPT_OF = SQL.locate(JdbiReceipts.class, "receipt-of");
    private static final String ATTACHED = SQL.locate(JdbiReceipts.class, "attached");
    private static final String ATTACHED_TO = SQL.locate(JdbiReceipts.class, "attached-to");
    private static final String OUTCOMES_OF = SQL.locate(JdbiReceipts.class, "outcomes-of");
    private static final String UPDATE_OUTCOME = SQL.locate(JdbiReceipts.class, "update-outcome");
    private static final String INSERT_OUTCOME = SQL.locate(JdbiReceipts.class, "insert-outcome");
    private static final String OUTCOME = SQL.locate(JdbiReceipts.class, "outcome");
    private static final String OUTCOMES = SQL.locate(JdbiReceipts.class, "outcomes");
    private static final String INSERT_DAY = SQL.locate(JdbiReceipts.class, "insert-day");
    private static final String COUNT = SQL.locate(JdbiReceipts.class, "count");
    private static final String COUNTS = SQL.locate(JdbiReceipts.class, "counts");

    private final Db db;
    static final String KEYS_NOT_CURRENT = SQL.locate(JdbiReceipts.class, "keys-not-current");
    static final String REWRAP_KEY = SQL.locate(JdbiReceipts.class, "rewrap-key");
    static final String KEYS_IN_USE = SQL.locate(JdbiReceipts.class, "keys-in-use");
    private final KeyProvider keys;

    JdbiReceipts(Db db, KeyProvider keys) {
        this.db = db;
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /**
     * Wraps every school's receipt key under the host's current key, in one transaction (a
     * school has one receipt key): what {@link JdbiStores#rewrapIdentityKeys()} does for them.
     *
     * @return how many were rewrapped
     */
    int rewrapKeys() {
        String current = keys.currentKeyId();
        return db.call("rewrap receipt keys", (h, d) -> {
            List<Map.Entry<String, WrappedKey>> old = h.createQuery(KEYS_NOT_CURRENT).bind("current", current)
                    .map((RowView r) -> Map.entry(r.getColumn("school_id", String.class),
                            new WrappedKey(r.getColumn("key_id", String.class), r.getColumn("wrapped_key", byte[].class))))
                    .list();
            for (Map.Entry<String, WrappedKey> e : old) {
                byte[] raw = keys.unwrap(e.getValue());
                try {
                    WrappedKey fresh = keys.wrap(raw);
                    h.createUpdate(REWRAP_KEY).bind("school", e.getKey()).bind("oldKeyId", e.getValue().keyId())
                            .bind("keyId", fresh.keyId()).bind("wrappedKey", fresh.bytes()).execute();
                } finally {
                    java.util.Arrays.fill(raw, (byte) 0);
                }
            }
            return old.size();
        });
    }

    /** How many schools' receipt keys each host key wraps. */
    Map<String, Long> keysInUse() {
        return db.call("count receipt keys", (h, d) -> {
            Map<String, Long> inUse = new java.util.LinkedHashMap<>();
            h.createQuery(KEYS_IN_USE).map((RowView r) -> Map.entry(r.getColumn("key_id", String.class), r.getColumn("receipt_keys", Long.class)))
                    .forEach(e -> inUse.put(e.getKey(), e.getValue()));
            return inUse;
        });
    }

    @Override
    public ReceiptKey key(SchoolId school) {
        WrappedKey wrapped = db.call("read the receipt key", (h, d) -> {
            Optional<WrappedKey> stored = h.createQuery(KEY).bind("school", school)
                    .map((RowView r) -> new WrappedKey(r.getColumn("key_id", String.class), r.getColumn("wrapped_key", byte[].class)))
                    .findOne();
            if (stored.isPresent()) {
                return stored.get();
            }
            WrappedKey fresh = ReceiptKey.newWrapped(keys);
            d.insertIfAbsent(h, INSERT_KEY, u -> u.bind("school", school).bind("keyId", fresh.keyId()).bind("wrappedKey", fresh.bytes()));
            // this one, or the one a concurrent first use stored
            return h.createQuery(KEY).bind("school", school)
                    .map((RowView r) -> new WrappedKey(r.getColumn("key_id", String.class), r.getColumn("wrapped_key", byte[].class)))
                    .one();
        });
        return ReceiptKey.unwrap(wrapped, keys);
    }

    @Override
    public List<IssuedBatch> batches(SchoolId school) {
        return db.call("read the receipt batches", (h, d) -> h.createQuery(BATCHES).bind("school", school)
                .map((RowView r) -> new IssuedBatch(school, r.getColumn("batch_no", Integer.class), r.getColumn("issued_on", LocalDate.class),
                        r.getColumn("form_count", Integer.class)))
                .list());
    }

    @Override
    public void issue(IssuedBatch batch, List<ReceiptDigest> digests) {
        if (digests.size() != batch.count()) {
            throw new IllegalArgumentException("a batch's digests are as many as it counts");
        }
        db.call("issue receipts", (h, d) -> {
            h.createUpdate(INSERT_BATCH).bind("school", batch.school()).bind("number", batch.number()).bind("issuedOn", batch.issuedOn())
                    .bind("count", batch.count()).execute();
            PreparedBatch insert = h.prepareBatch(INSERT_ISSUED);
            for (ReceiptDigest digest : digests) {
                insert.bind("school", batch.school()).bind("digest", digest.hex()).bind("number", batch.number()).add();
            }
            insert.execute();
            return null;
        });
    }

    @Override
    public List<ReceiptDigest> issued(SchoolId school, int number) {
        return db.call("read a receipt batch", (h, d) -> h.createQuery(ISSUED).bind("school", school).bind("number", number)
                .mapTo(String.class).map(ReceiptDigest::new).list());
    }

    @Override
    public boolean isIssued(SchoolId school, ReceiptDigest digest) {
        return db.call("read a receipt", (h, d) -> h.createQuery(IS_ISSUED).bind("school", school).bind("digest", digest.hex())
                .mapTo(Integer.class).one() > 0);
    }

    @Override
    public boolean attach(SchoolId school, ReceiptDigest digest, AppealId appeal) {
        return db.call("attach a receipt", (h, d) -> d.insertIfAbsent(h, ATTACH, u -> u.bind("school", school)
                .bind("digest", digest.hex()).bind("appeal", appeal)));
    }

    @Override
    public Optional<AppealId> appealOf(SchoolId school, ReceiptDigest digest) {
        return db.call("read a receipt", (h, d) -> h.createQuery(APPEAL_OF).bind("school", school).bind("digest", digest.hex())
                .mapTo(AppealId.class).findOne());
    }

    @Override
    public Optional<ReceiptDigest> receiptOf(SchoolId school, AppealId appeal) {
        return db.call("read a receipt", (h, d) -> h.createQuery(RECEIPT_OF).bind("school", school).bind("appeal", appeal)
                .mapTo(String.class).map(ReceiptDigest::new).findOne());
    }

    @Override
    public Map<AppealId, ReceiptDigest> attached(SchoolId school) {
        return db.call("read the receipts", (h, d) -> {
            Map<AppealId, ReceiptDigest> out = new LinkedHashMap<>();
            h.createQuery(ATTACHED).bind("school", school)
                    .map((RowView r) -> Map.entry(r.getColumn("appeal_id", AppealId.class), new ReceiptDigest(r.getColumn("digest", String.class))))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return Collections.unmodifiableMap(out);
        });
    }

    @Override
    public Map<AppealId, ReceiptDigest> attachedTo(SchoolId school, java.util.Collection<AppealId> appeals) {
        if (appeals.isEmpty()) {
            return Map.of();
        }
        return db.call("read the receipts", (h, d) -> {
            Map<AppealId, ReceiptDigest> out = new LinkedHashMap<>();
            h.createQuery(ATTACHED_TO).bind("school", school).bind("ids", ids(appeals))
                    .map((RowView r) -> Map.entry(r.getColumn("appeal_id", AppealId.class), new ReceiptDigest(r.getColumn("digest", String.class))))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return Collections.unmodifiableMap(out);
        });
    }

    @Override
    public Map<AppealId, String> outcomesOf(SchoolId school, java.util.Collection<AppealId> appeals) {
        if (appeals.isEmpty()) {
            return Map.of();
        }
        return db.call("read the outcomes", (h, d) -> {
            Map<AppealId, String> out = new LinkedHashMap<>();
            h.createQuery(OUTCOMES_OF).bind("school", school).bind("ids", ids(appeals))
                    .map((RowView r) -> Map.entry(r.getColumn("appeal_id", AppealId.class), r.getColumn("outcome", String.class)))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return Collections.unmodifiableMap(out);
        });
    }

    /** The appeals' ids as an SQL array, each once. */
    private static String[] ids(java.util.Collection<AppealId> appeals) {
        return appeals.stream().map(AppealId::value).distinct().toArray(String[]::new);
    }

    @Override
    public void publish(SchoolId school, AppealId appeal, String outcome) {
        Objects.requireNonNull(outcome, "outcome");
        db.call("publish an outcome", (h, d) -> {
            if (h.createUpdate(UPDATE_OUTCOME).bind("school", school).bind("appeal", appeal).bind("outcome", outcome).execute() == 0) {
                h.createUpdate(INSERT_OUTCOME).bind("school", school).bind("appeal", appeal).bind("outcome", outcome).execute();
            }
            return null;
        });
    }

    @Override
    public Optional<String> outcome(SchoolId school, AppealId appeal) {
        return db.call("read an outcome", (h, d) -> h.createQuery(OUTCOME).bind("school", school).bind("appeal", appeal)
                .mapTo(String.class).findOne());
    }

    @Override
    public Map<AppealId, String> outcomes(SchoolId school) {
        return db.call("read the outcomes", (h, d) -> {
            Map<AppealId, String> out = new LinkedHashMap<>();
            h.createQuery(OUTCOMES).bind("school", school)
                    .map((RowView r) -> Map.entry(r.getColumn("appeal_id", AppealId.class), r.getColumn("outcome", String.class)))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return Collections.unmodifiableMap(out);
        });
    }

    @Override
    public void count(SchoolId school, LocalDate day, LookupCounts.Result result) {
        Objects.requireNonNull(result, "result");
        db.call("count a lookup", (h, d) -> {
            d.insertIfAbsent(h, INSERT_DAY, u -> u.bind("school", school).bind("day", day));
            return h.createUpdate(COUNT).bind("school", school).bind("day", day)
                    .bind("found", result == LookupCounts.Result.FOUND ? 1 : 0)
                    .bind("notFound", result == LookupCounts.Result.NOT_FOUND ? 1 : 0)
                    .bind("refused", result == LookupCounts.Result.REFUSED ? 1 : 0).execute();
        });
    }

    @Override
    public LookupCounts counts(SchoolId school, LocalDate day) {
        return db.call("read the lookups", (h, d) -> h.createQuery(COUNTS).bind("school", school).bind("day", day)
                .map((RowView r) -> new LookupCounts(day, r.getColumn("found", Long.class), r.getColumn("not_found", Long.class),
                        r.getColumn("refused", Long.class)))
                .findOne().orElse(LookupCounts.none(day)));
    }
}
