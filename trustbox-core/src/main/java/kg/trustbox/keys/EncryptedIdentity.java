package kg.trustbox.keys;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.outcome.KeyException;

/**
 * A signed appellant's name and contacts as a store keeps them: encrypted with
 * AES-256-GCM under a data key of their own, which is kept wrapped by a host key. The ciphertext
 * is bound to a context (the act line it belongs to), so a ciphertext moved to another line does
 * not decrypt. Deleting it is crypto-shredding: nothing else holds its data key.
 *
 * <p>Immutable; {@link #toString()} names the host key only.
 */
public final class EncryptedIdentity {
    private static final byte FORMAT = 1;

    private final WrappedKey key;
    private final byte[] ciphertext;

    private EncryptedIdentity(WrappedKey key, byte[] ciphertext) {
        this.key = Objects.requireNonNull(key, "key");
        this.ciphertext = Objects.requireNonNull(ciphertext, "ciphertext").clone();
    }

    /** An encrypted identity as read back from a store. */
    public static EncryptedIdentity of(WrappedKey key, byte[] ciphertext) {
        return new EncryptedIdentity(key, ciphertext);
    }

    /**
     * Encrypts {@code appellant} under a new data key wrapped by {@code keys}' current key.
     *
     * @param context where the identity belongs, for example the school and act line; needed to decrypt
     */
    public static EncryptedIdentity encrypt(Appellant.Signed appellant, String context, KeyProvider keys) {
        Objects.requireNonNull(appellant, "appellant");
        Objects.requireNonNull(context, "context");
        byte[] dataKey = Gcm.newKey();
        byte[] plain = encode(appellant);
        try {
            return new EncryptedIdentity(keys.wrap(dataKey), Gcm.seal(Gcm.aes(dataKey), plain, associated(context)));
        } finally {
            Arrays.fill(dataKey, (byte) 0);
            Arrays.fill(plain, (byte) 0);
        }
    }

    /**
     * The appellant, decrypted.
     *
     * @throws KeyException {@code keys.unknown} if {@code keys} does not hold the host key,
     *     {@code keys.refused} if the key, the context or the stored bytes are not the ones encrypted
     */
    public Appellant.Signed decrypt(String context, KeyProvider keys) {
        byte[] dataKey = keys.unwrap(key);
        try {
            return decode(Gcm.open(Gcm.aes(dataKey), ciphertext, associated(context)));
        } catch (AEADBadTagException | IOException | RuntimeException e) {
            if (e instanceof KeyException k) {
                throw k;
            }
            throw new KeyException("keys.refused", null, key.keyId());
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** The same identity with its data key wrapped by {@code keys}' current key (a rotation's step). */
    public EncryptedIdentity rewrap(KeyProvider keys) {
        byte[] dataKey = keys.unwrap(key);
        try {
            return new EncryptedIdentity(keys.wrap(dataKey), ciphertext);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /**
     * A commitment to this identity for the ledger: the SHA-256, as hex, of
     * {@code "trustbox-identity/1"} followed by the ciphertext. It reveals nothing of the name (the
     * ciphertext is random under a data key of its own), stays when the data key is rewrapped, and
     * changes when the identity is replaced.
     */
    public String commitment() {
        return commitment(ciphertext);
    }

    /** {@link #commitment()} of a stored ciphertext. */
    public static String commitment(byte[] ciphertext) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update("trustbox-identity/1".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(sha.digest(ciphertext));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** The data key, wrapped by a host key. */
    public WrappedKey key() {
        return key;
    }

    /** A copy of the ciphertext: format version, nonce, encrypted identity, tag. */
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EncryptedIdentity e && key.equals(e.key) && Arrays.equals(ciphertext, e.ciphertext);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(ciphertext);
    }

    /** Names the host key only. */
    @Override
    public String toString() {
        return "EncryptedIdentity[" + key.keyId() + "]";
    }

    private static String associated(String context) {
        return "trustbox identity/" + context;
    }

    private static byte[] encode(Appellant.Signed a) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeUTF(a.fullName());
            for (Optional<String> contact : java.util.List.of(a.contacts().returnAddress(), a.contacts().phone(), a.contacts().email())) {
                out.writeBoolean(contact.isPresent());
                if (contact.isPresent()) {
                    out.writeUTF(contact.get());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static Appellant.Signed decode(byte[] plain) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
            if (in.readByte() != FORMAT) {
                throw new IOException("unknown identity format");
            }
            String name = in.readUTF();
            Optional<String> address = optional(in);
            Optional<String> phone = optional(in);
            Optional<String> email = optional(in);
            return new Appellant.Signed(name, new Appellant.Contacts(address, phone, email));
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private static Optional<String> optional(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
    }
}
