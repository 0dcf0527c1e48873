package kg.trustbox.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import kg.trustbox.document.WithdrawalActView;
import kg.trustbox.document.Wording;
import kg.trustbox.school.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.DisplayName;

/**
 * Small faults of typesetting (#18): a line never ends in a short preposition ("в", "на"), an
 * abbreviation that belongs to what follows ("кв.", "ул.", "№") or a number whose unit starts the
 * next line ("12 / ч", "ч / 18 мин"), in Kyrgyz or Russian; and the text layer keeps plain spaces.
 */
@DisplayName("R-4.3 the act's prose binds numbers to their units and short words to the next word")
class TypesettingTest {
    /** A line that ends in a word of one or two letters, an abbreviation of up to three, or "№". */
    private static final Pattern DANGLING = Pattern.compile("(?:^|\\s)[«(]?(?:\\p{L}{1,2}|\\p{L}{1,3}\\.|№|саат)$");
    /** A unit that ends a line after a number is fine ("2026 г."), one that starts the next is not. */
    private static final Pattern UNIT_FIRST = Pattern.compile("^(?:ч|мин|г\\.|кв\\.|д\\.|листа?|барак|саатта)(?:\\s|$|,)");
    private static final Pattern NUMBER_LAST = Pattern.compile("(?:^|\\s)\\d+$");
    private static final Pattern UNIT_LAST = Pattern.compile("(?:^|\\s)\\d+\\s+\\p{L}{1,3}\\.?$");

    static String reason(Language l, int lead) {
        String filler = l == Language.KYRGYZ ? "шейшемби" : "вторник";
        String words = String.join(" ", java.util.Collections.nCopies(lead, filler));
        return words + (l == Language.KYRGYZ
                ? " комиссия Бишкек ш., Ленин көч., 15-үй, кв. 3 дарегинен № 4 кайрылууну 2 барак жана 3 барак"
                        + " менен алып келди, саат 12:06 ачылып, ал же да бир ай ичинде 12 саатта каралат."
                : " комиссия в 12 ч 18 мин была в кв. 3, д. 15 на ул. Ленина, № 4 в доме и с ним в то же время,"
                        + " а 2 листа и 3 листа к делу.");
    }

    @ParameterizedTest(name = "{0}: no line of the act's prose ends in \"в\", \"кв.\" or a number before its unit")
    @EnumSource(Language.class)
    void bindsShortWordsAndUnits(Language l) {
        Wording w = Wording.of(l);
        WithdrawalActView sample = SampleViews.act(l);
        List<String> broken = new ArrayList<>();
        // the same sentence after 0 to 30 words, so that each of its spaces comes to a line's end
        for (int lead = 0; lead <= 30; lead++) {
            WithdrawalActView view = new WithdrawalActView(l, sample.school(), sample.year(), sample.number(),
                    sample.openedAt(), false, true, sample.sealFound(), sample.sealExpected(), sample.lines(),
                    sample.present(), Optional.of(reason(l, lead)));
            byte[] pdf = lead == 11 ? Pdfs.render(view, "WithdrawalAct-typesetting-" + l.locale().getLanguage())
                    : Pdfs.render(view);
            String page = Pdfs.pages(pdf).get(0);
            // the prose: from the title's date line to the findings
            String prose = page.substring(0, page.indexOf(w.text("act.found")));
            List<String> lines = Arrays.stream(prose.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
                boolean unitAfterNumber = UNIT_LAST.matcher(line).find();
                if (DANGLING.matcher(line).find() && !unitAfterNumber || NUMBER_LAST.matcher(line).find()
                        && UNIT_FIRST.matcher(next).find()) {
                    broken.add("lead " + lead + ": «" + line + "» / «" + next + "»");
                }
            }
            assertThat(Pdfs.flat(pdf)).as("plain spaces in the text layer")
                    .contains(l == Language.KYRGYZ ? "15-үй, кв. 3 дарегинен № 4 кайрылууну 2 барак"
                            : "в 12 ч 18 мин была в кв. 3, д. 15");
        }
        assertThat(broken).as("lines broken after a short word or between a number and its unit").isEmpty();
    }
}
