package kg.trustbox.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import kg.trustbox.outcome.KeyException;
import kg.trustbox.rule.Messages;
import kg.trustbox.testing.Examples;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** the host's keys are read only from where they are safe, and never shown. */
class HostKeysTest {
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path dir;

    @Test
    @DisplayName("R-6.1 a key file other users can read is refused, naming the file and the fix")
    void exposedFileRefused() throws Exception {
        Path file = dir.resolve("keys");
        HostKeys.createFile(file);
        Assumptions.assumeTrue(Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null,
                "POSIX permissions only");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> HostKeys.fromFile(file))
                .isInstanceOfSatisfying(KeyException.class, e -> {
                    assertThat(e.key()).isEqualTo("keys.exposed");
                    assertThat(e.getLocalizedMessage(Messages.RUSSIAN)).contains(file.toString(), "chmod 600");
                });
    }

    @Test
    @DisplayName("R-6.1 a key file is never overwritten, and a missing one is a clear error")
    void neverOverwritten() {
        Path file = dir.resolve("keys");
        HostKeys first = HostKeys.createFile(file);
        assertThatThrownBy(() -> HostKeys.createFile(file))
                .isInstanceOfSatisfying(KeyException.class, e -> assertThat(e.key()).isEqualTo("keys.exists"));
        assertThat(HostKeys.fromFile(file).keyIds()).isEqualTo(first.keyIds());
        assertThatThrownBy(() -> HostKeys.fromFile(dir.resolve("absent")))
                .isInstanceOfSatisfying(KeyException.class, e -> assertThat(e.key()).isEqualTo("keys.unreadable"));
    }

    @Test
    @DisplayName("R-6.1 rotation: a new key becomes current, older ones still unwrap, and the current key cannot be removed")
    void rotation() {
        Path file = dir.resolve("keys");
        HostKeys before = HostKeys.createFile(file);
        byte[] data = new byte[32];
        data[5] = 9;
        WrappedKey old = before.wrap(data);
        String added = HostKeys.addKey(file);
        HostKeys after = HostKeys.fromFile(file);
        assertThat(after.currentKeyId()).isEqualTo(added);
        assertThat(after.keyIds()).containsExactly(added, before.currentKeyId());
        assertThat(after.unwrap(old)).isEqualTo(data);
        HostKeys.removeKey(file, before.currentKeyId());
        assertThatThrownBy(() -> HostKeys.fromFile(file).unwrap(old))
                .isInstanceOfSatisfying(KeyException.class, e -> assertThat(e.key()).isEqualTo("keys.unknown"));
        assertThatThrownBy(() -> HostKeys.removeKey(file, added))
                .isInstanceOfSatisfying(KeyException.class, e -> assertThat(e.key()).isEqualTo("keys.current"));
    }

    @Test
    @DisplayName("R-6.1 keys as text: the first is current; a malformed, short or repeated entry is refused by its position, never echoed")
    void text() {
        HostKeys keys = HostKeys.of("b:" + KEY + ", a:" + KEY, "TEST_VARIABLE");
        assertThat(keys.keyIds()).containsExactly("b", "a");
        assertThat(keys.toString()).isEqualTo("HostKeys[b, a]").doesNotContain(KEY);
        for (String bad : new String[] {"a:" + KEY + ",a:" + KEY, "a:AAAA", "a b:" + KEY, "bad id:" + KEY, "a:" + KEY + "x"}) {
            assertThatThrownBy(() -> HostKeys.of(bad, "TEST_VARIABLE")).as(bad)
                    .isInstanceOfSatisfying(KeyException.class, e -> assertThat(e.key()).isEqualTo("keys.malformed"))
                    .hasMessageContaining("TEST_VARIABLE").hasMessageNotContaining(KEY);
        }
        assertThatThrownBy(() -> HostKeys.of(" , ", "TEST_VARIABLE"))
                .isInstanceOfSatisfying(KeyException.class, e -> assertThat(e.key()).isEqualTo("keys.missing"));
    }

    @Test
    @DisplayName("R-6.1 property: any text is either keys or a KeyException, never another exception")
    void anyTextIsKeysOrARefusal() {
        qt().withExamples(Examples.of(2_000)).forAll(strings().allPossible().ofLengthBetween(0, 80)).checkAssert(text -> {
            try {
                assertThat(HostKeys.of(text, "TEST").keyIds()).isNotEmpty();
            } catch (KeyException e) {
                assertThat(e.key()).isIn("keys.malformed", "keys.missing");
                if (text.strip().length() >= 12) {
                    assertThat(e.getMessage()).doesNotContain(text.strip());
                }
            }
        });
    }

    @Test
    @DisplayName("R-6.1 an absent environment variable is a clear error naming it")
    void environment() {
        Assumptions.assumeTrue(System.getenv(HostKeys.VARIABLE) == null, "TRUSTBOX_KEYS is set here");
        assertThatThrownBy(HostKeys::fromEnvironment)
                .isInstanceOfSatisfying(KeyException.class, e -> assertThat(e.key()).isEqualTo("keys.missing"))
                .hasMessageContaining(HostKeys.VARIABLE);
    }

    @Test
    @DisplayName("R-6.1 a wrapped key is bound to the id of the key that wrapped it: relabelled under another id with the same key, it is refused")
    void boundToItsId() {
        HostKeys keys = HostKeys.of("a:" + KEY + ",b:" + KEY, "a test");
        WrappedKey wrapped = keys.wrap(new byte[32]);
        assertThat(keys.unwrap(wrapped)).isEqualTo(new byte[32]);
        assertThatThrownBy(() -> keys.unwrap(new WrappedKey("b", wrapped.bytes())))
                .isInstanceOfSatisfying(KeyException.class, e -> assertThat(e.key()).isEqualTo("keys.refused"));
        assertThatThrownBy(() -> HostKeys.of("a:" + KEY + ", b:AAAA", "TEST_VARIABLE")).hasMessageContaining("entry 2 of TEST_VARIABLE");
        assertThat(HostKeys.generate().keyIds()).singleElement().asString().startsWith("k-");
    }

    @Test
    @DisplayName("R-6.1 wrapped keys and encrypted identities are equal exactly when their ids and bytes are")
    void values() {
        WrappedKey a = new WrappedKey("k", new byte[] {1, 2});
        assertThat(a).isEqualTo(new WrappedKey("k", new byte[] {1, 2})).hasSameHashCodeAs(new WrappedKey("k", new byte[] {1, 2}));
        assertThat(a).isNotEqualTo(new WrappedKey("j", new byte[] {1, 2})).isNotEqualTo(new WrappedKey("k", new byte[] {1, 3}));
        assertThat(a.hashCode()).isNotEqualTo(new WrappedKey("k", new byte[] {1, 3}).hashCode());
        EncryptedIdentity e = EncryptedIdentity.of(a, new byte[] {7});
        assertThat(e).isEqualTo(EncryptedIdentity.of(new WrappedKey("k", new byte[] {1, 2}), new byte[] {7}))
                .hasSameHashCodeAs(EncryptedIdentity.of(new WrappedKey("k", new byte[] {1, 2}), new byte[] {7}));
        assertThat(e).isNotEqualTo(EncryptedIdentity.of(a, new byte[] {8})).isNotEqualTo(EncryptedIdentity.of(
                new WrappedKey("j", new byte[] {1, 2}), new byte[] {7})).isNotEqualTo("k");
        assertThat(e.hashCode()).isNotEqualTo(EncryptedIdentity.of(a, new byte[] {8}).hashCode());
    }
}
