package kg.trustbox.jdbc.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.ActNumber;
import kg.trustbox.keys.EncryptedIdentity;
import kg.trustbox.keys.KeyProvider;
import kg.trustbox.keys.WrappedKey;
import kg.trustbox.school.SchoolId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.result.RowView;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Keeps a signed appellant's name and contacts apart from the register and encrypted
 * in {@code trustbox_appellant_identity}, keyed by the act line the paper was withdrawn
 * on, as an {@link EncryptedIdentity} bound to that line, while the act line and the appeal keep
 * only whether it was signed ({@code appellant_kind}). Queries that read an appellant select the
 * line's {@code school_id}, {@code act_year}, {@code act_seq}, {@code line_no}, join the table as
 * {@code i} and select {@code id_key_id}, {@code id_wrapped_key} and {@code id_ciphertext}.
 * Internal; thread-safe.
 */
public final class AppellantIdentityTable {
    private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.removingComments();
    private static final String INSERT = SQL.locate(AppellantIdentityTable.class, "insert");
    /** The lines of an act whose identity is stored. */
    public static final String LINES_OF_ACT = SQL.locate(AppellantIdentityTable.class, "lines-of-act");
    private static final String NOT_CURRENT = SQL.locate(AppellantIdentityTable.class, "not-current");
    private static final String REWRAP = SQL.locate(AppellantIdentityTable.class, "rewrap");
    private static final String KEYS_IN_USE = SQL.locate(AppellantIdentityTable.class, "keys-in-use");
    /** The ciphertexts of an act's identities. */
    public static final String COMMITMENTS = SQL.locate(AppellantIdentityTable.class, "commitments");
    /** Deletes one line's identity. */
    public static final String PURGE = SQL.locate(AppellantIdentityTable.class, "purge");

    /**
     * How a signed appellant reads back once personal data was purged: a placeholder name and no
     * contacts, so it cannot be answered.
     */
    public static final Appellant.Signed PURGED = Appellant.purged();

    private static final String SIGNED = "SIGNED";
    private static final String ANONYMOUS = "ANONYMOUS";

    private final KeyProvider keys;

    public AppellantIdentityTable(KeyProvider keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** One identity row, bound by name to the insert. */
    public record Row(SchoolId school, int actYear, int actSeq, int line, String keyId, byte[] wrappedKey, byte[] ciphertext) {
        /** Names the line only. */
        @Override
        public String toString() {
            return "Row[" + context(school, actYear, actSeq, line) + "]";
        }
    }

    /** The {@code appellant_kind} column's value: {@code SIGNED} or {@code ANONYMOUS}. */
    public static String kind(Appellant a) {
        return a instanceof Appellant.Signed ? SIGNED : ANONYMOUS;
    }

    /** What an identity's encryption is bound to: its school and act line. */
    public static String context(SchoolId school, int actYear, int actSeq, int line) {
        return context(school.value(), actYear, actSeq, line);
    }

    private static String context(String school, int actYear, int actSeq, int line) {
        return school + "/" + actYear + "-" + actSeq + "/" + line;
    }

    /** The encrypted identity row of a signed appellant on an act line; empty for an anonymous one. */
    public Optional<Row> row(SchoolId school, ActNumber act, int line, Appellant appellant) {
        if (appellant instanceof Appellant.Signed s) {
            EncryptedIdentity e = EncryptedIdentity.encrypt(s, context(school, act.year(), act.sequence(), line), keys);
            return Optional.of(new Row(school, act.year(), act.sequence(), line, e.key().keyId(), e.key().bytes(), e.ciphertext()));
        }
        return Optional.empty();
    }

    /** Stores a signed appellant's identity for the line, unless stored already; nothing for an anonymous one. */
    public void store(Handle h, Dialect d, SchoolId school, ActNumber act, int line, Appellant appellant) {
        row(school, act, line, appellant).ifPresent(row -> d.insertIfAbsent(h, INSERT, u -> u.bindMethods(row)));
    }

    /** Stores the identities of new act lines, as one batch. */
    public static void storeAll(Handle h, Dialect d, List<Row> rows) {
        Rows.insert(h, d, INSERT, rows);
    }

    /** The commitment of each identity stored for the lines of {@code act}, by line ({@link EncryptedIdentity#commitment(byte[])}). */
    public static Map<Integer, String> commitments(Handle h, SchoolId school, ActNumber act) {
        Map<Integer, String> out = new LinkedHashMap<>();
        h.createQuery(COMMITMENTS).bind("school", school).bindMethods("act", act)
                .map((RowView r) -> Map.entry(r.getColumn("line_no", Integer.class), EncryptedIdentity.commitment(r.getColumn("ciphertext", byte[].class))))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Deletes the identity of {@code line} of {@code act}, with its data key; whether there was one. */
    public static boolean purge(Handle h, SchoolId school, ActNumber act, int line) {
        return h.createUpdate(PURGE).bind("school", school).bindMethods("act", act).bind("line", line).execute() > 0;
    }

    /** The lines of {@code act} whose signed appellant is stored. */
    public static Set<Integer> linesOf(Handle h, SchoolId school, ActNumber act) {
        return new HashSet<>(h.createQuery(LINES_OF_ACT).bind("school", school).bindMethods("act", act).mapTo(Integer.class).list());
    }

    /**
     * The appellant of a row with the line's columns, {@code appellant_kind} and the identity
     * columns: anonymous, signed (decrypted), or {@link #PURGED}.
     *
     * @throws kg.trustbox.outcome.KeyException if the host key is missing or the row was changed
     */
    public Appellant appellant(RowView row) {
        if (ANONYMOUS.equals(row.getColumn("appellant_kind", String.class))) {
            return Appellant.anonymous();
        }
        String keyId = row.getColumn("id_key_id", String.class);
        if (keyId == null) {
            return PURGED;
        }
        EncryptedIdentity e = EncryptedIdentity.of(new WrappedKey(keyId, row.getColumn("id_wrapped_key", byte[].class)),
                row.getColumn("id_ciphertext", byte[].class));
        return e.decrypt(context(row.getColumn("school_id", String.class), row.getColumn("act_year", Integer.class),
                row.getColumn("act_seq", Integer.class), row.getColumn("line_no", Integer.class)), keys);
    }

    /**
     * Rewraps up to a batch of data keys wrapped by another host key than the current one.
     *
     * @return how many were rewrapped; zero when none is left
     */
    public int rewrapBatch(Handle h) {
        String current = keys.currentKeyId();
        List<Map<String, Object>> rows = h.createQuery(NOT_CURRENT).bind("current", current).mapToMap().list();
        if (rows.isEmpty()) {
            return 0;
        }
        PreparedBatch batch = h.prepareBatch(REWRAP);
        for (Map<String, Object> r : rows) {
            String oldKeyId = (String) r.get("key_id");
            EncryptedIdentity e = EncryptedIdentity.of(new WrappedKey(oldKeyId, (byte[]) r.get("wrapped_key")),
                    (byte[]) r.get("ciphertext")).rewrap(keys);
            batch.bind("school", (String) r.get("school_id")).bind("actYear", ((Number) r.get("act_year")).intValue())
                    .bind("actSeq", ((Number) r.get("act_seq")).intValue()).bind("line", ((Number) r.get("line_no")).intValue())
                    .bind("oldKeyId", oldKeyId).bind("keyId", e.key().keyId()).bind("wrappedKey", e.key().bytes()).add();
        }
        batch.execute();
        return rows.size();
    }

    /** How many identities each host key wraps. */
    public static Map<String, Long> keysInUse(Handle h) {
        Map<String, Long> inUse = new LinkedHashMap<>();
        h.createQuery(KEYS_IN_USE).map((RowView r) -> Map.entry(r.getColumn("key_id", String.class), r.getColumn("identities", Long.class)))
                .forEach(e -> inUse.put(e.getKey(), e.getValue()));
        return inUse;
    }
}
