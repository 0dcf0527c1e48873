package kg.trustbox.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.security.SecureRandom;
import java.util.Base64;
import kg.trustbox.keys.KeyProvider;
import kg.trustbox.keys.WrappedKey;
import kg.trustbox.outcome.KeyException;
import kg.trustbox.testing.Examples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The {@link KeyProvider} port's contract, for every implementation: a data key comes back
 * as it was wrapped, and anything else (a key the provider does not hold, a changed byte, a key
 * wrapped by another provider under the same id) is a {@link KeyException}, never another key.
 */
public abstract class KeyProviderContract {
    private static final SecureRandom RANDOM = new SecureRandom();
    private KeyProvider keys;

    /** A provider of the implementation under test, with a fresh current key. */
    protected abstract KeyProvider newProvider();

    /** Another provider whose current key has the same id as {@code keys}' but other key material. */
    protected abstract KeyProvider impostorOf(KeyProvider keys);

    @BeforeEach
    void fresh() {
        keys = newProvider();
    }

    private static byte[] dataKey() {
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        return k;
    }

    @Test
    @DisplayName("R-6.1 a wrapped data key unwraps to itself, is wrapped by the current key, and never twice the same way")
    void roundTrip() {
        byte[] k = dataKey();
        WrappedKey once = keys.wrap(k);
        WrappedKey twice = keys.wrap(k);
        assertThat(once.keyId()).isEqualTo(keys.currentKeyId());
        assertThat(keys.unwrap(once)).isEqualTo(k);
        assertThat(keys.unwrap(twice)).isEqualTo(k);
        assertThat(once).isNotEqualTo(twice);
        assertThat(Base64.getEncoder().encodeToString(once.bytes())).doesNotContain(Base64.getEncoder().encodeToString(k));
        assertThat(once.toString()).isEqualTo("WrappedKey[" + keys.currentKeyId() + "]");
    }

    @Test
    @DisplayName("R-6.1 property: a wrapped key with any byte changed is refused, never unwrapped to another key")
    void changedByteRefused() {
        byte[] k = dataKey();
        byte[] wrapped = keys.wrap(k).bytes();
        qt().withExamples(Examples.of(300)).forAll(integers().between(0, wrapped.length - 1), integers().between(1, 255))
                .checkAssert((at, flip) -> {
                    byte[] changed = wrapped.clone();
                    changed[at] = (byte) (changed[at] ^ flip);
                    assertThatThrownBy(() -> keys.unwrap(new WrappedKey(keys.currentKeyId(), changed)))
                            .isInstanceOfSatisfying(KeyException.class, e -> assertThat(e.key()).isEqualTo("keys.refused"));
                });
    }

    @Test
    @DisplayName("R-6.1 a key the provider does not hold is named in a clear error")
    void unknownKey() {
        WrappedKey elsewhere = new WrappedKey("k-not-here", keys.wrap(dataKey()).bytes());
        assertThatThrownBy(() -> keys.unwrap(elsewhere))
                .isInstanceOfSatisfying(KeyException.class, e -> assertThat(e.key()).isEqualTo("keys.unknown"))
                .hasMessageContaining("k-not-here").hasMessageContaining("R-6.1");
    }

    @Test
    @DisplayName("R-6.1 a key wrapped by another provider under the same id is refused, not unwrapped to garbage")
    void impostorRefused() {
        KeyProvider impostor = impostorOf(keys);
        assertThat(impostor.currentKeyId()).isEqualTo(keys.currentKeyId());
        WrappedKey foreign = impostor.wrap(dataKey());
        assertThatThrownBy(() -> keys.unwrap(foreign))
                .isInstanceOfSatisfying(KeyException.class, e -> assertThat(e.key()).isEqualTo("keys.refused"));
    }
}
