package kg.trustbox.receipt;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a store keeps of a {@link ReceiptCode}: its keyed digest ({@link ReceiptKey#digest}), 64
 * lower-case hex characters. Without the school's receipt key, which only the host's
 * {@link kg.trustbox.keys.KeyProvider} unwraps, a digest leads back to no code and no code leads
 * to its digest. Immutable.
 *
 * @param hex the HMAC-SHA256 in lower-case hex
 */
public record ReceiptDigest(String hex) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public ReceiptDigest {
        Objects.requireNonNull(hex, "hex");
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("a receipt digest is 64 lower-case hex characters");
        }
    }
}
