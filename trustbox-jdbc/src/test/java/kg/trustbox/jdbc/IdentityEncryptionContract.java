package kg.trustbox.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import kg.trustbox.access.Purpose;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.Paper;
import kg.trustbox.jdbc.internal.AppellantIdentityTable;
import kg.trustbox.keys.EncryptedIdentity;
import kg.trustbox.keys.HostKeys;
import kg.trustbox.keys.WrappedKey;
import kg.trustbox.outcome.KeyException;
import kg.trustbox.school.SchoolId;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * against a reader of the database: a signed appellant's name and contacts are
 * stored encrypted under a data key of their own, wrapped by the host's key; a wrong or missing key
 * is a clear error that changes nothing; keys rotate while the school works; a purged identity
 * cannot be decrypted, even from an old copy of its row, once the key that wrapped it is retired.
 * Run on every database.
 */
abstract class IdentityEncryptionContract {
    static final SchoolId SCHOOL = SchoolId.of("school-a");
    static final Appellant.Signed FIRST = new Appellant.Signed("Токтогулова Нургүл Бакытовна", new Appellant.Contacts(
            Optional.of("Ош ш., Курманжан Датка көч., 7"), Optional.of("+996 777 123456"), Optional.of("nurgul.t@example.kg")));
    static final Appellant.Signed SECOND = new Appellant.Signed("Абдыкадырова Чолпон Нурлановна", new Appellant.Contacts(
            Optional.of("Бишкек ш., Чүй пр., 101"), Optional.of("+996 555 987654"), Optional.of("cholpon.a@example.kg")));

    @TempDir
    Path dir;
    private Path keyFile;
    private HostKeys keys;
    private DataSource ds;
    private Jdbi sql;
    private Scenario school;
    private AppealId first;
    private AppealId second;
    private AppealId anonymous;

    /** An empty database of the library's current schema, for this test only. */
    protected abstract DataSource emptyDatabase();

    @BeforeEach
    void threeAppeals() {
        keyFile = dir.resolve("trustbox.keys");
        keys = HostKeys.createFile(keyFile);
        ds = emptyDatabase();
        sql = Jdbi.create(ds);
        school = new Scenario(JdbiStores.create(ds, keys).stores(), SCHOOL.value()).ready();
        school.week(List.of(Paper.from(FIRST), Paper.from(SECOND), Paper.from(Appellant.anonymous())));
        first = school.appeals.get(0);
        second = school.appeals.get(1);
        anonymous = school.appeals.get(2);
        school.register(first);
    }

    private Map<String, List<String>> dump() {
        return sql.withHandle(Tables::dump);
    }

    /** Every form a clear-text value can take in a dump: as text, and as the hex of its UTF-8 bytes. */
    private static void assertNoClearText(Map<String, List<String>> tables, Appellant.Signed... appellants) {
        String all = String.join("\n", tables.values().stream().flatMap(List::stream).toList()).toLowerCase(java.util.Locale.ROOT);
        for (Appellant.Signed a : appellants) {
            for (String value : List.of(a.fullName(), a.contacts().returnAddress().orElseThrow(), a.contacts().phone().orElseThrow(),
                    a.contacts().email().orElseThrow(), "Токтогулова", "Абдыкадырова", "987654", "123456")) {
                assertThat(all).doesNotContain(value.toLowerCase(java.util.Locale.ROOT))
                        .doesNotContain(HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    @Test
    @DisplayName("R-6.1 no table holds an appellant's name, address, phone or e-mail in clear text; the policy's reader gets them back")
    void stored_encrypted() {
        assertNoClearText(dump(), FIRST, SECOND);
        List<String> identities = dump().get("trustbox_appellant_identity");
        assertThat(identities).hasSize(2).allSatisfy(row -> assertThat(row).contains("key_id=" + keys.currentKeyId() + ";"));
        assertThat(school.office.readIdentity(first, Scenario.RESPONSIBLE, Purpose.ANSWER).orElseThrow()).isEqualTo(FIRST);
    }

    @Test
    @DisplayName("R-6.1 R-3.2 an anonymous appeal has no identity row, encrypted or not")
    void anonymous_has_no_row() {
        int rows = sql.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM trustbox_appellant_identity").mapTo(Integer.class).one());
        assertThat(rows).isEqualTo(2);
        assertThat(JdbiStores.create(ds, keys).stores().appeals().find(SCHOOL, anonymous).orElseThrow().appellant())
                .isEqualTo(Appellant.anonymous());
    }

    @Test
    @DisplayName("R-6.1 an identity copied onto another act line does not decrypt there: a clear error, never the other appellant's name")
    void moved_ciphertext_refused() {
        sql.useHandle(h -> h.execute("UPDATE trustbox_appellant_identity SET (key_id, wrapped_key, ciphertext) = "
                + "(SELECT key_id, wrapped_key, ciphertext FROM trustbox_appellant_identity WHERE line_no = 1) WHERE line_no = 2"));
        JdbiStores db = JdbiStores.create(ds, keys);
        assertThatThrownBy(() -> db.stores().appeals().find(SCHOOL, second))
                .isInstanceOfSatisfying(KeyException.class, e -> assertThat(e.key()).isEqualTo("keys.refused"))
                .hasMessageContaining(keys.currentKeyId()).hasMessageNotContaining(FIRST.fullName());
    }

    @Test
    @DisplayName("R-6.1 without the host key an identity is a clear error in every language, and a step that needs it writes nothing")
    void missing_key_changes_nothing() {
        HostKeys stranger = HostKeys.generate();
        Scenario wrong = new Scenario(JdbiStores.create(ds, stranger).stores(), SCHOOL.value());
        Map<String, List<String>> before = dump();
        assertThatThrownBy(() -> wrong.office.readIdentity(first, Scenario.RESPONSIBLE, Purpose.ANSWER))
                .isInstanceOfSatisfying(KeyException.class, e -> {
                    assertThat(e.key()).isEqualTo("keys.unknown");
                    assertThat(e.getLocalizedMessage(kg.trustbox.rule.Messages.KYRGYZ)).contains(keys.currentKeyId(), "R-6.1");
                    assertThat(e.getLocalizedMessage(kg.trustbox.rule.Messages.RUSSIAN)).contains(keys.currentKeyId(), "R-6.1");
                });
        assertThatThrownBy(() -> wrong.register(second)).isInstanceOf(KeyException.class);
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    @DisplayName("R-6.1 keys rotate while the school works: a new key wraps new identities, the old ones read on, rewrap moves them all")
    void rotation() {
        String old = keys.currentKeyId();
        String fresh = HostKeys.addKey(keyFile);
        HostKeys both = HostKeys.fromFile(keyFile);
        assertThat(both.keyIds()).containsExactly(fresh, old);
        JdbiStores db = JdbiStores.create(ds, both);
        Scenario working = new Scenario(db.stores(), SCHOOL.value());
        working.clock.set(school.clock.instant());
        assertThat(working.office.readIdentity(first, Scenario.RESPONSIBLE, Purpose.ANSWER).orElseThrow()).isEqualTo(FIRST);
        assertThat(db.identityKeysInUse()).isEqualTo(Map.of(old, 2L));

        assertThat(db.rewrapIdentityKeys()).isEqualTo(2);
        assertThat(db.rewrapIdentityKeys()).isZero();
        assertThat(db.identityKeysInUse()).isEqualTo(Map.of(fresh, 2L));
        HostKeys.removeKey(keyFile, old);
        JdbiStores retired = JdbiStores.create(ds, HostKeys.fromFile(keyFile));
        assertThat(retired.stores().appeals().find(SCHOOL, second).orElseThrow().appellant()).isEqualTo(SECOND);
        assertThat(school.office.verifyJournal().isIntact()).isTrue();
        assertThatThrownBy(() -> HostKeys.removeKey(keyFile, fresh))
                .isInstanceOfSatisfying(KeyException.class, e -> assertThat(e.key()).isEqualTo("keys.current"));
    }

    @Test
    @DisplayName("R-3.2 R-6.1 a rotation rewraps the school's receipt key too: receipts still answer once the old host key is retired")
    void rotation_keeps_receipts() {
        kg.trustbox.receipt.ReceiptCode code = school.office.issueReceipts(2).orElseThrow().codes().get(0);
        assertThat(school.office.attachReceipt(first, code.grouped()).isAccepted()).isTrue();
        kg.trustbox.receipt.ReceiptStatus before = school.office.lookUpReceipt(code.grouped());
        assertThat(before).isNotEqualTo(kg.trustbox.receipt.ReceiptStatus.NOT_FOUND);
        String old = keys.currentKeyId();
        assertThat(JdbiStores.create(ds, keys).identityKeysInUse()).isEqualTo(Map.of(old, 3L));

        String fresh = HostKeys.addKey(keyFile);
        JdbiStores db = JdbiStores.create(ds, HostKeys.fromFile(keyFile));
        assertThat(db.rewrapIdentityKeys()).isEqualTo(3);
        assertThat(db.identityKeysInUse()).isEqualTo(Map.of(fresh, 3L));
        HostKeys.removeKey(keyFile, old);
        Scenario retired = new Scenario(JdbiStores.create(ds, HostKeys.fromFile(keyFile)).stores(), SCHOOL.value());
        retired.clock.set(school.clock.instant());
        assertThat(retired.office.lookUpReceipt(code.grouped())).isEqualTo(before);
        assertThat(dump().toString()).doesNotContain(code.value(), code.grouped());
    }

    @Test
    @DisplayName("R-1.4 R-6.1 a purged identity cannot be decrypted from an old copy of its row once the key that wrapped it is retired")
    void purge_is_crypto_shredding() {
        Map<String, Object> backup = sql.withHandle(h -> h.createQuery("SELECT * FROM trustbox_appellant_identity WHERE line_no = 1")
                .mapToMap().one());
        EncryptedIdentity copy = EncryptedIdentity.of(new WrappedKey((String) backup.get("key_id"), (byte[]) backup.get("wrapped_key")),
                (byte[]) backup.get("ciphertext"));
        String context = AppellantIdentityTable.context(SCHOOL, ((Number) backup.get("act_year")).intValue(),
                ((Number) backup.get("act_seq")).intValue(), 1);
        assertThat(copy.decrypt(context, keys)).isEqualTo(FIRST);

        assertThat(school.office.purgePersonalData(first)).isTrue();
        String old = keys.currentKeyId();
        HostKeys.addKey(keyFile);
        assertThat(JdbiStores.create(ds, HostKeys.fromFile(keyFile)).rewrapIdentityKeys()).isEqualTo(1);
        HostKeys.removeKey(keyFile, old);
        HostKeys remaining = HostKeys.fromFile(keyFile);

        assertThatThrownBy(() -> copy.decrypt(context, remaining))
                .isInstanceOfSatisfying(KeyException.class, e -> assertThat(e.key()).isEqualTo("keys.unknown"));
        JdbiStores after = JdbiStores.create(ds, remaining);
        assertThat(after.stores().appeals().find(SCHOOL, first).orElseThrow().appellant()).isEqualTo(JdbiStores.PURGED_APPELLANT);
        assertThat(after.stores().appeals().find(SCHOOL, second).orElseThrow().appellant()).isEqualTo(SECOND);
        assertNoClearText(dump(), FIRST, SECOND);
        assertThat(school.office.verifyAccessLog().isIntact()).isTrue();
    }
}
