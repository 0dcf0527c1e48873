package kg.trustbox.box;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import kg.trustbox.testing.Examples;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-4.5 "never twice" holds against numbers a person cannot tell apart. */
class SealLookAlikesTest {
    private static final String ALPHABET = "ABCEHIJKMOPSTXYabceiopsxyz0123456789- ";
    /** Each Latin letter that has a look-alike, and the look-alikes a reader would take for it. */
    private static final java.util.Map<Character, String> DISGUISES = java.util.Map.ofEntries(
            java.util.Map.entry('A', "\u0410\u0391"), java.util.Map.entry('B', "\u0412\u0392"), java.util.Map.entry('C', "\u0421"),
            java.util.Map.entry('E', "\u0415\u0395"), java.util.Map.entry('H', "\u041D\u0397"), java.util.Map.entry('I', "\u0406\u0399"),
            java.util.Map.entry('J', "\u0408"), java.util.Map.entry('K', "\u041A\u039A"), java.util.Map.entry('M', "\u041C\u039C"),
            java.util.Map.entry('O', "\u041E\u039F"), java.util.Map.entry('P', "\u0420\u03A1"), java.util.Map.entry('S', "\u0405"),
            java.util.Map.entry('T', "\u0422\u03A4"), java.util.Map.entry('X', "\u0425\u03A7"), java.util.Map.entry('Y', "\u0423\u04AE\u03A5"),
            java.util.Map.entry('a', "\u0430"), java.util.Map.entry('c', "\u0441"), java.util.Map.entry('e', "\u0435"),
            java.util.Map.entry('i', "\u0456"), java.util.Map.entry('o', "\u043E\u03BF"), java.util.Map.entry('p', "\u0440"),
            java.util.Map.entry('s', "\u0455"), java.util.Map.entry('x', "\u0445"), java.util.Map.entry('y', "\u0443"),
            java.util.Map.entry('-', "\u2010\u2011\u2012\u2013\u2014\u2212\uFE63\uFF0D"), java.util.Map.entry(' ', "\u00A0\u2007\u202F\u3000"));
    private static final String INVISIBLE = "\u200B\u200C\u200D\u2060\uFEFF\u00AD\u202E";

    /** {@code number} with every character disguised as choice {@code k} picks: a look-alike, a full-width form, or an invisible next to it. */
    private static String disguised(String number, List<Integer> choices) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            int k = choices.get(i % choices.size());
            String alikes = DISGUISES.getOrDefault(c, "");
            if (k % 4 == 1 && !alikes.isEmpty()) {
                out.append(alikes.charAt(k / 4 % alikes.length()));
            } else if (k % 4 == 2 && c > ' ' && c < 0x7F) {
                out.append((char) (c - 0x21 + 0xFF01)); // full-width form
            } else {
                out.append(c);
            }
            if (k % 4 == 3) {
                out.append(INVISIBLE.charAt(k / 4 % INVISIBLE.length()));
            }
        }
        return out.toString();
    }

    @Test
    @DisplayName("R-4.5 property: a seal number disguised with look-alike letters, other dashes and spaces, full-width forms or invisible characters is the same seal")
    void disguisesAreTheSameSeal() {
        qt().withExamples(Examples.of(2_000)).forAll(
                lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(1, 12),
                lists().of(integers().between(0, 63)).ofSizeBetween(1, 12)).checkAssert((letters, choices) -> {
            StringBuilder number = new StringBuilder("N");
            letters.forEach(i -> number.append(ALPHABET.charAt(i)));
            Seal plain = Seal.of(number.toString());
            assertThat(Seal.of(disguised(number.toString(), choices))).isEqualTo(plain);
            assertThat(Seal.of(plain.number())).as("normalising twice changes nothing").isEqualTo(plain);
        });
    }

    @Test
    @DisplayName("R-4.5 numbers a reader tells apart stay apart: case, digits and letters, separators")
    void differentNumbersStayApart() {
        assertThat(Seal.of("a-1")).isNotEqualTo(Seal.of("A-1"));
        assertThat(Seal.of("O-1")).isNotEqualTo(Seal.of("0-1"));
        assertThat(Seal.of("A-1")).isNotEqualTo(Seal.of("A 1"));
        assertThat(Seal.of("A  1").number()).isEqualTo("A 1");
        assertThat(Seal.of(" A-1 ").number()).isEqualTo("A-1");
        assertThat(Seal.of("\u200B\u2060").number()).isEmpty();
    }
}
