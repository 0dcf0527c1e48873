package kg.trustbox.receipt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kg.trustbox.keys.KeyProvider;
import kg.trustbox.keys.WrappedKey;

/**
 * A school's receipt key: the secret under which a {@link ReceiptCode} becomes the
 * {@link ReceiptDigest} that stores keep, as HMAC-SHA256. Generated once per school, and
 * stored only wrapped by the host's {@link KeyProvider} ({@link #newWrapped}).
 *
 * <p>Why a keyed digest and not a plain hash: whoever reads the database (a backup, an
 * administrator, an SQL injection elsewhere in the host) sees which digest is linked to which
 * appeal. With a plain hash he could take a stub he saw, or one a parent was made to show, hash it,
 * and find the appeal, its content and whatever identifies its anonymous author; he could also
 * test guesses offline against every issued digest. Under a key that SQL access alone does not
 * give, he can compute no digest, and the digests he reads tell him nothing about the codes.
 * Each school has its own key, so one school's code digests to nothing another school issued.
 *
 * <p>Immutable and thread-safe; {@link #toString()} shows nothing of the key.
 */
public final class ReceiptKey {
    private static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] DOMAIN = "trustbox-receipt/1:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BOARD = "trustbox-board/1:".getBytes(StandardCharsets.US_ASCII);
    private final SecretKeySpec key;

    private ReceiptKey(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a receipt key has 32 bytes");
        }
        key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** A new random key, held in memory only: for stores that keep nothing beyond the JVM. */
    public static ReceiptKey random() {
        byte[] bytes = fresh();
        try {
            return new ReceiptKey(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** A new random key, wrapped by {@code keys}'s current host key: what a store keeps. */
    public static WrappedKey newWrapped(KeyProvider keys) {
        Objects.requireNonNull(keys, "keys");
        byte[] bytes = fresh();
        try {
            return keys.wrap(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * The key in {@code wrapped}, unwrapped by {@code keys}.
     *
     * @throws kg.trustbox.outcome.KeyException if {@code keys} does not hold the host key or the wrapped key does not authenticate
     */
    public static ReceiptKey unwrap(WrappedKey wrapped, KeyProvider keys) {
        Objects.requireNonNull(wrapped, "wrapped");
        byte[] bytes = Objects.requireNonNull(keys, "keys").unwrap(wrapped);
        try {
            return new ReceiptKey(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** The digest of {@code code} under this key. */
    public ReceiptDigest digest(ReceiptCode code) {
        Objects.requireNonNull(code, "code");
        return new ReceiptDigest(HexFormat.of().formatHex(mac(DOMAIN, code.value().getBytes(StandardCharsets.US_ASCII))));
    }

    /**
     * The mark under which the outcomes board lists the appeal whose receipt has {@code digest}:
     * a second HMAC under this key, of the digest, in the code's alphabet. Nobody without the key
     * links a mark to a digest, and so to an appeal, even with the database in hand.
     */
    public BoardMark boardMark(ReceiptDigest digest) {
        Objects.requireNonNull(digest, "digest");
        byte[] h = mac(BOARD, digest.hex().getBytes(StandardCharsets.US_ASCII));
        // 40 bits of the HMAC as a number, written in base 31: the bias of 2^40 mod 31^6 is below 0.1 %
        long n = 0;
        for (int i = 0; i < 5; i++) {
            n = (n << 8) | (h[i] & 0xff);
        }
        char[] mark = new char[BoardMark.LENGTH];
        for (int i = BoardMark.LENGTH - 1; i >= 0; i--) {
            mark[i] = ReceiptCode.ALPHABET.charAt((int) (n % ReceiptCode.ALPHABET.length()));
            n /= ReceiptCode.ALPHABET.length();
        }
        return new BoardMark(new String(mark));
    }

    private byte[] mac(byte[] domain, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(domain);
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
        }
    }

    /** Shows nothing of the key. */
    @Override
    public String toString() {
        return "ReceiptKey[hidden]";
    }

    private static byte[] fresh() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
