package kg.trustbox.keys;

import java.util.Arrays;
import java.util.Objects;

/**
 * A data key as stored: wrapped by the host key {@code keyId}.
 *
 * @param keyId the host key that wrapped it
 * @param bytes the wrapped key, opaque to everyone but the {@link KeyProvider}
 */
public record WrappedKey(String keyId, byte[] bytes) {
    public WrappedKey {
        Objects.requireNonNull(keyId, "keyId");
        bytes = Objects.requireNonNull(bytes, "bytes").clone();
    }

    /** A copy of the wrapped key. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WrappedKey w && keyId.equals(w.keyId) && Arrays.equals(bytes, w.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * keyId.hashCode() + Arrays.hashCode(bytes);
    }

    /** Names the host key only. */
    @Override
    public String toString() {
        return "WrappedKey[" + keyId + "]";
    }
}
