package kg.trustbox.keys;

/**
 * Port: the host's keys, which wrap the data key of each appellant's identity. The host
 * keys never leave the provider: a KMS or HSM implements {@link #wrap} and {@link #unwrap} as its
 * encrypt and decrypt calls; {@link HostKeys} holds keys from a file or the environment.
 *
 * <p>Implementations are thread-safe and never return a wrong key's output: a key they do not hold
 * or a wrapped key that does not authenticate is a {@link kg.trustbox.outcome.KeyException}.
 */
public interface KeyProvider {

    /** The id of the host key that wraps new data keys. */
    String currentKeyId();

    /**
     * Wraps {@code dataKey} under the current host key.
     *
     * @param dataKey 32 bytes; not kept
     */
    WrappedKey wrap(byte[] dataKey);

    /**
     * The data key wrapped in {@code wrapped}.
     *
     * @throws kg.trustbox.outcome.KeyException {@code keys.unknown} if the provider does not hold
     *     {@link WrappedKey#keyId()}, {@code keys.refused} if the wrapped key does not authenticate
     */
    byte[] unwrap(WrappedKey wrapped);
}
