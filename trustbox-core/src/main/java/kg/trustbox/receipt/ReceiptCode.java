package kg.trustbox.receipt;

import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import kg.trustbox.outcome.InvalidInputException;

/**
 * The code of a receipt: 13 characters drawn at random (64 bits) and a check character, from an
 * alphabet of 31 that leaves out what is read or written alike (no {@code 0}, {@code O}, {@code 1},
 * {@code I}, {@code L}), printed in three groups for reading aloud: {@code K7Q4M-X2H9P-RAT3}.
 *
 * <p>The check character makes the weighted sum of all 14 characters, weights 1 to 14, a multiple
 * of 31; since 31 is prime and the weights differ from one position to the next, every code with one
 * character wrong, or two neighbouring characters swapped, is refused. A code is not personal data,
 * but whoever holds it can learn the appeal's status: {@link #toString()} hides it, stores keep only a
 * keyed digest of it.
 *
 * @param value the 14 characters, without separators
 */
public record ReceiptCode(String value) {
    /** The alphabet, in the order of the values the check uses. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    /** Characters drawn at random. */
    public static final int RANDOM_LENGTH = 13;
    /** Characters in all, with the check character. */
    public static final int LENGTH = RANDOM_LENGTH + 1;
    private static final int BASE = ALPHABET.length();
    /** Cyrillic letters that look like the code's Latin ones, as a parent on a Kyrgyz or Russian keyboard may type them. */
    private static final String CYRILLIC = "АВСЕНКМРТХУ";
    private static final String LATIN = "ABCEHKMPTXY";

    public ReceiptCode {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw malformed("receipt.malformed");
        }
    }

    /** A new code from {@code random}, a cryptographically secure generator. */
    public static ReceiptCode generate(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            b.append(ALPHABET.charAt(random.nextInt(BASE)));
        }
        b.append(ALPHABET.charAt(checkValue(b)));
        return new ReceiptCode(b.toString());
    }

    /**
     * The code a person typed or a scanner read: in any case, with or without spaces and dashes,
     * with Cyrillic look-alike letters taken for the Latin ones.
     *
     * @throws InvalidInputException {@code receipt.malformed} when it is not 14 characters of the
     *     alphabet, {@code receipt.check} when one is mistyped or two are swapped
     */
    public static ReceiptCode parse(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toUpperCase(text.charAt(i));
            if (c == ' ' || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '\u00a0') {
                continue;
            }
            int cyrillic = CYRILLIC.indexOf(c);
            c = cyrillic >= 0 ? LATIN.charAt(cyrillic) : c;
            if (ALPHABET.indexOf(c) < 0 || b.length() == LENGTH) {
                throw malformed("receipt.malformed");
            }
            b.append(c);
        }
        if (b.length() != LENGTH) {
            throw malformed("receipt.malformed");
        }
        if (!checks(b)) {
            throw malformed("receipt.check");
        }
        return new ReceiptCode(b.toString());
    }

    /** The code as printed and read aloud: three groups, {@code K7Q4M-X2H9P-RAT3}. */
    public String grouped() {
        return value.substring(0, 5) + "-" + value.substring(5, 10) + "-" + value.substring(10);
    }

    /** Hides the code: whoever holds it can look up the appeal's status. */
    @Override
    public String toString() {
        return "ReceiptCode[hidden]";
    }

    private static boolean isValid(String value) {
        if (value.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                return false;
            }
        }
        return checks(value);
    }

    /** Whether the weighted sum of all the characters is a multiple of 31. */
    private static boolean checks(CharSequence code) {
        return weighted(code, LENGTH) % BASE == 0;
    }

    /** The value of the check character that follows the 13 random ones. */
    private static int checkValue(CharSequence random) {
        int sum = weighted(random, RANDOM_LENGTH) % BASE;
        // LENGTH * check + sum = 0 (mod 31): check = -sum / 14, and 14 * 20 = 280 = 1 (mod 31)
        return Math.floorMod(-sum * INVERSE_OF_LENGTH, BASE);
    }

    private static final int INVERSE_OF_LENGTH = 20;

    private static int weighted(CharSequence code, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += (i + 1) * ALPHABET.indexOf(code.charAt(i));
        }
        return sum;
    }

    private static InvalidInputException malformed(String key) {
        return new InvalidInputException("receipt", List.of(new InvalidInputException.Violation("code", key, List.of())));
    }
}
