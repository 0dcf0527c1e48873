package kg.trustbox.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import kg.trustbox.chain.Chain;
import kg.trustbox.document.DocumentView;
import kg.trustbox.document.SchoolHeader;
import kg.trustbox.school.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * acts, journal extracts and quarterly reports print the school's ledger anchor (entry and
 * hash) on every page, in Kyrgyz and Russian, so that a printed copy is an anchor kept outside the
 * database; the other documents do not.
 */
class LedgerAnchorTest {
    private static final Chain.Head HEAD = new Chain.Head(4217, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

    private static SchoolHeader anchored(Language l) {
        SchoolHeader plain = SampleViews.school(l);
        return new SchoolHeader(plain.name(), plain.boxLocation(), Optional.of(HEAD));
    }

    @Test
    @DisplayName("R-6.2 the act, the journal extract and the quarterly report carry the ledger anchor on every page")
    void printed() {
        for (Language l : Language.values()) {
            String expected = l == Language.KYRGYZ ? "жазуулар реестри № 4217, 9f86d081884c7d65" : "реестр записей № 4217, 9f86d081884c7d65";
            for (DocumentView view : List.of(SampleViews.act(l, anchored(l), SampleViews.act(l).lines()), SampleViews.journal(l, anchored(l)),
                    SampleViews.report(l, anchored(l)), SampleViews.act(l, anchored(l), SampleViews.bigAct(l, 40).lines()))) {
                List<String> pages = Pdfs.pages(Pdfs.render(view));
                assertThat(pages).as("%s %s", view.getClass().getSimpleName(), l)
                        .allSatisfy(page -> assertThat(page.replaceAll("\\s+", " ")).contains(expected));
            }
            assertThat(Pdfs.flat(Pdfs.render(SampleViews.minutes(l, anchored(l))))).as("minutes").doesNotContain("4217");
        }
    }
}
