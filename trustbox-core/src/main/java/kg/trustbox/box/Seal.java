package kg.trustbox.box;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.util.Objects;
import kg.trustbox.input.PlainText;

/**
 * A numbered seal (пломба) put on the box after every opening. A school never uses a seal
 * number twice, so two numbers a person cannot tell apart are one seal: the number is kept as a
 * reader sees it (compatibility-composed, NFKC), without invisible format characters, with every
 * dash as {@code -}, runs of spaces as one, and Cyrillic and Greek letters that look like Latin ones
 * (С, А, Ѕ, Ο ...) written as those. Case is kept: {@code a-1} and {@code A-1} are told apart.
 *
 * @param number the number printed on the seal, as normalised
 */
public record Seal(@NotBlank @Size(max = 40) @PlainText String number) {
    /** Look-alikes of Latin letters, and the Latin letter each is read as. */
    private static final String LOOK_ALIKES = "АВЕКМНОРСТУХаеорсухЅІЈѕіјԚԜҮΑΒΕΖΗΙΚΜΝΟΡΤΥΧο";
    private static final String LATIN = "ABEKMHOPCTYXaeopcyxSIJsijQWYABEZHIKMNOPTYXo";

    public Seal {
        number = legible(Objects.requireNonNull(number, "number"));
    }

    /** {@code number} as a reader sees it; see the class comment. */
    private static String legible(String number) {
        String composed = Normalizer.normalize(number, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(composed.length());
        boolean space = false;
        for (int i = 0; i < composed.length(); ) {
            int c = composed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.FORMAT) {
                continue;
            }
            if (type == Character.SPACE_SEPARATOR || c == ' ') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            int lookAlike = LOOK_ALIKES.indexOf(c);
            if (type == Character.DASH_PUNCTUATION || c == 0x2212) {
                out.append('-');
            } else if (lookAlike >= 0) {
                out.append(LATIN.charAt(lookAlike));
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /** The seal numbered {@code number}. */
    public static Seal of(String number) {
        return new Seal(number);
    }

    @Override
    public String toString() {
        return number;
    }
}
