package kg.trustbox.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntPredicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-6.2 text is cleaned before it is printed")
class SafeTextTest {
    /** A font with Latin, Cyrillic and common punctuation only, as the PDF's Noto Sans subset is. */
    private static final IntPredicate FONT = c -> {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.BASIC_LATIN || block == Character.UnicodeBlock.LATIN_1_SUPPLEMENT
                || block == Character.UnicodeBlock.CYRILLIC || block == Character.UnicodeBlock.GENERAL_PUNCTUATION
                || block == Character.UnicodeBlock.LETTERLIKE_SYMBOLS;
    };

    @Test
    @DisplayName("R-6.2 Kyrgyz and Russian letters, №, «», — pass unchanged")
    void lettersPass() {
        String text = "Ө ө Ү ү Ң ң — «Ящик доверия» № 17, ёЁ";
        assertThat(SafeText.line(text, FONT)).isEqualTo(text);
    }

    @Test
    @DisplayName("R-6.2 characters the font lacks become one U+FFFD each, joined emoji one in all")
    void replacement() {
        assertThat(SafeText.line("a😀b", FONT)).isEqualTo("a\uFFFDb");
        assertThat(SafeText.line("a👨‍👩‍👧b", FONT)).isEqualTo("a\uFFFDb");
        assertThat(SafeText.line("👍🏽!", FONT)).isEqualTo("\uFFFD!");
        assertThat(SafeText.line("❤️ 🇰🇬", FONT)).startsWith("\uFFFD ").doesNotContain("\uFE0F");
        assertThat(SafeText.line("שלום", FONT)).isEqualTo("\uFFFD\uFFFD\uFFFD\uFFFD");
        assertThat(SafeText.line("\uE000 \uD800", FONT)).isEqualTo("\uFFFD \uFFFD");
    }

    @Test
    @DisplayName("R-6.2 control and format characters are removed; line breaks kept only where lines are allowed")
    void controls() {
        assertThat(SafeText.line("a\u0000b\u0007c\u001Bd\u202Ee\u200Bf\uFEFFg\u00ADh", FONT)).isEqualTo("abcdefgh");
        assertThat(SafeText.line("one\r\ntwo\tthree\u2028four", FONT)).isEqualTo("one two three four");
        assertThat(SafeText.lines("one\r\ntwo\rthree\u2029four", FONT)).isEqualTo("one\ntwo\nthree\nfour");
        assertThat(SafeText.line(null, FONT)).isEmpty();
        assertThat(SafeText.line("a\u0000<b>", c -> true)).isEqualTo("a<b>");
    }

    @Test
    @DisplayName("R-6.2 decomposed letters are composed, so й is one glyph")
    void composed() {
        assertThat(SafeText.line("и\u0306", FONT)).isEqualTo("й");
    }
}
