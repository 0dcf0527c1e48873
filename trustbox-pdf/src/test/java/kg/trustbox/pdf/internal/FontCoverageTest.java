package kg.trustbox.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntPredicate;
import kg.trustbox.document.SafeText;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-6.2 the bundled font shows Kyrgyz and Russian; what it lacks is shown as U+FFFD")
class FontCoverageTest {
    private static final IntPredicate FONT = Assets.load()::canShow;

    @Test
    @DisplayName("R-6.2 Kyrgyz and Russian letters, №, «», — pass unchanged through the bundled font")
    void lettersPass() {
        String text = "Ө ө Ү ү Ң ң — «Ящик доверия» № 17, ёЁ";
        assertThat(SafeText.line(text, FONT)).isEqualTo(text);
    }

    @Test
    @DisplayName("R-6.2 emoji and Hebrew, which the bundled font lacks, become one U+FFFD per character")
    void replacement() {
        assertThat(SafeText.line("a👨‍👩‍👧b", FONT)).isEqualTo("a\uFFFDb");
        assertThat(SafeText.line("שלום", FONT)).isEqualTo("\uFFFD\uFFFD\uFFFD\uFFFD");
    }
}
