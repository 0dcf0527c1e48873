package kg.trustbox.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import kg.trustbox.document.DocumentView;
import kg.trustbox.document.SchoolHeader;
import kg.trustbox.document.WithdrawalActView;
import kg.trustbox.school.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-6.2 documents survive hostile text: long words wrap, unknown scripts and emoji show as U+FFFD, controls vanish")
class HostileTextTest {
    private static final String LONG_WORD = "ӨҢ".repeat(5_000);
    private static final String EMOJI = "Салам 😀 👨‍👩‍👧 досум";
    private static final String RIGHT_TO_LEFT = "שלום עולם مرحبا بالعالم";
    private static final String CONTROLS = "бир\u0000эки\u0007үч\u001B[31mтөрт\u202Eбеш\u200Bалты\uFEFF";

    @Test
    @DisplayName("R-6.2 R-4.3 an act with a 10,000-character word, right-to-left text, emoji and control characters renders as valid PDF/A")
    void hostileAct() {
        WithdrawalActView ok = SampleViews.act(Language.KYRGYZ);
        List<WithdrawalActView.Line> lines = List.of(
                new WithdrawalActView.Line(1, Optional.of(EMOJI), Optional.of(RIGHT_TO_LEFT), LONG_WORD),
                new WithdrawalActView.Line(2, Optional.of(CONTROLS), Optional.empty(), "эскертүү\r\nэкинчи сап\tтабуляция"),
                new WithdrawalActView.Line(3, Optional.empty(), Optional.empty(), LONG_WORD));
        WithdrawalActView view = new WithdrawalActView(Language.KYRGYZ,
                new SchoolHeader("Мектеп " + EMOJI, RIGHT_TO_LEFT + " " + LONG_WORD), 2026, 17, ok.openedAt(), false, true,
                "ЖА-0416\u0000", "ЖА-0416", lines, ok.present());

        byte[] pdf = Pdfs.render(view, "WithdrawalAct-hostile-ky");
        String text = Pdfs.text(pdf);

        assertThat(Pdfs.pdfaFailures(pdf)).isEmpty();
        // the emoji is shown as a visible replacement, the words around it survive
        assertThat(Pdfs.flat(pdf)).contains("Салам \uFFFD \uFFFD досум").doesNotContain("😀");
        // a script the font lacks is replaced letter by letter, never dropped
        assertThat(text).contains("\uFFFD\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD");
        // controls and format characters are gone, the letters between them are kept
        assertThat(text).contains("бирэкиүч[31mтөртбешалты").doesNotContain("\u0000", "\u0007", "\u001B", "\u202E", "\u200B");
        assertThat(text).contains("эскертүү").contains("экинчи сап табуляция");
        // the long word (twice in the table, once as the location) wraps over many lines, and every one of
        // its letters is printed: Ң occurs nowhere else
        assertThat(text.chars().filter(c -> c == 'Ң').count()).isEqualTo(3 * 5_000L);
        assertThat(text.lines().mapToInt(String::length).max().orElse(0)).isLessThan(200);
    }

    @Test
    @DisplayName("R-6.2 every document type renders hostile school data as valid PDF/A")
    void hostileSchoolInEveryDocument() {
        SchoolHeader hostile = new SchoolHeader(EMOJI + " " + CONTROLS + " " + LONG_WORD.substring(0, 2_000),
                RIGHT_TO_LEFT + " " + LONG_WORD.substring(0, 2_000));
        for (Language language : Language.values()) {
            for (DocumentView view : SampleViews.all(language, hostile)) {
                byte[] pdf = Pdfs.render(view);
                assertThat(Pdfs.pdfaFailures(pdf)).as(view.getClass().getSimpleName()).isEmpty();
                assertThat(Pdfs.text(pdf)).contains("\uFFFD").doesNotContain("\u0000");
            }
        }
    }
}
