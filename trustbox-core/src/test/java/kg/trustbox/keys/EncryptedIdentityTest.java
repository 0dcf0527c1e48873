package kg.trustbox.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.outcome.KeyException;
import kg.trustbox.testing.Examples;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * an identity is encrypted so that only its own data key, unwrapped by the host key, and its
 * own place (the context) give it back; every other combination is a clear refusal.
 */
class EncryptedIdentityTest {
    private static final HostKeys KEYS = HostKeys.generate();
    private static final String CONTEXT = "school-a/2026-1/1";

    /** Names and contacts in Kyrgyz, Russian and Latin letters, any length the validation admits. */
    private static Gen<Appellant.Signed> appellants() {
        Gen<String> text = strings().betweenCodePoints(0x20, 0x4FF).ofLengthBetween(1, 200);
        Gen<Optional<String>> contact = text.mix(strings().basicLatinAlphabet().ofLength(0)).map(s -> s.isEmpty()
                ? Optional.<String>empty() : Optional.of(s));
        return text.zip(contact, contact, contact, (name, address, phone, email) -> new Appellant.Signed("А" + name,
                new Appellant.Contacts(address, phone, email)));
    }

    @Test
    @DisplayName("R-6.1 property: an identity decrypts to itself in its own place, and its ciphertext shows no part of it")
    void roundTrip() {
        qt().withExamples(Examples.of(500)).forAll(appellants()).checkAssert(a -> {
            EncryptedIdentity e = EncryptedIdentity.encrypt(a, CONTEXT, KEYS);
            assertThat(e.decrypt(CONTEXT, KEYS)).isEqualTo(a);
            assertThat(HexFormat.of().formatHex(e.ciphertext()))
                    .doesNotContain(HexFormat.of().formatHex(a.fullName().getBytes(StandardCharsets.UTF_8)));
            assertThat(e.toString()).isEqualTo("EncryptedIdentity[" + KEYS.currentKeyId() + "]");
        });
    }

    @Test
    @DisplayName("R-6.1 the same identity encrypted twice gives two unrelated ciphertexts: equal names cannot be matched in the database")
    void noDeterministicCiphertext() {
        Appellant.Signed a = new Appellant.Signed("Асанова Айжан", Appellant.Contacts.phone("+996 700 111222"));
        EncryptedIdentity one = EncryptedIdentity.encrypt(a, CONTEXT, KEYS);
        EncryptedIdentity two = EncryptedIdentity.encrypt(a, CONTEXT, KEYS);
        assertThat(one.ciphertext()).isNotEqualTo(two.ciphertext());
        assertThat(one.key()).isNotEqualTo(two.key());
    }

    @Test
    @DisplayName("R-6.1 property: a ciphertext with any byte changed, or read in another place, is refused, never decrypted to garbage")
    void tamperingRefused() {
        Appellant.Signed a = new Appellant.Signed("Бекова Айсулуу", Appellant.Contacts.email("a.bekova@example.kg"));
        EncryptedIdentity e = EncryptedIdentity.encrypt(a, CONTEXT, KEYS);
        byte[] bytes = e.ciphertext();
        qt().withExamples(Examples.of(300)).forAll(integers().between(0, bytes.length - 1), integers().between(1, 255))
                .checkAssert((at, flip) -> {
                    byte[] changed = bytes.clone();
                    changed[at] = (byte) (changed[at] ^ flip);
                    assertThatThrownBy(() -> EncryptedIdentity.of(e.key(), changed).decrypt(CONTEXT, KEYS))
                            .isInstanceOfSatisfying(KeyException.class, x -> assertThat(x.key()).isEqualTo("keys.refused"));
                });
        assertThatThrownBy(() -> e.decrypt("school-a/2026-1/2", KEYS))
                .isInstanceOfSatisfying(KeyException.class, x -> assertThat(x.key()).isEqualTo("keys.refused"));
        assertThatThrownBy(() -> EncryptedIdentity.of(e.key(), new byte[3]).decrypt(CONTEXT, KEYS))
                .isInstanceOfSatisfying(KeyException.class, x -> assertThat(x.key()).isEqualTo("keys.refused"));
    }

    @Test
    @DisplayName("R-6.1 rewrapping moves the data key to the current host key and leaves the ciphertext as it was")
    void rewrap() {
        Appellant.Signed a = new Appellant.Signed("Орозова Бермет", Appellant.Contacts.address("Талас ш., 5"));
        String oldKey = "old:" + key(1);
        String newKey = "new:" + key(2);
        EncryptedIdentity e = EncryptedIdentity.encrypt(a, CONTEXT, HostKeys.of(oldKey, "a test"));
        EncryptedIdentity moved = e.rewrap(HostKeys.of(newKey + "," + oldKey, "a test"));
        assertThat(moved.key().keyId()).isEqualTo("new");
        assertThat(moved.ciphertext()).isEqualTo(e.ciphertext());
        assertThat(moved.decrypt(CONTEXT, HostKeys.of(newKey, "a test"))).isEqualTo(a);
        assertThatThrownBy(() -> e.decrypt(CONTEXT, HostKeys.of(newKey, "a test")))
                .isInstanceOfSatisfying(KeyException.class, x -> assertThat(x.key()).isEqualTo("keys.unknown"));
    }

    private static String key(int fill) {
        byte[] k = new byte[32];
        java.util.Arrays.fill(k, (byte) fill);
        return java.util.Base64.getEncoder().encodeToString(k);
    }
}
