package kg.trustbox.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import java.util.stream.Stream;
import kg.trustbox.document.DocumentView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.DisplayName;

/** #18: a secretary writes neutral wording, never "Избран(а)" or "Уважаемый(-ая)". */
@DisplayName("R-6.2 no document, in either language, carries a gender placeholder")
class NoPlaceholderTest {
    /** "(а)", "(-ая)", "(ая)", "(ый)", "(-а)", "(ла)" and any word glued to an opening bracket, as in "ый(". */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\((-?(а|ая|ый|ой|ла|ен|на))\\)|\\p{L}\\(");

    static Stream<Arguments> everyDocument() {
        return SampleViews.all().map(v -> Arguments.of(ArchivalDocumentsTest.name(v), v));
    }

    @ParameterizedTest(name = "R-6.2 {0} has no gender placeholder")
    @MethodSource("everyDocument")
    void noPlaceholder(String name, DocumentView view) {
        String text = Pdfs.text(Pdfs.render(view));

        assertThat(PLACEHOLDER.matcher(text).results().map(m -> m.group()).toList()).as(name).isEmpty();
        assertThat(text).doesNotContain("(а)", "(-ая)", "(ая)", "ый(");
    }
}
