package kg.trustbox.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.receipt.BoardMark;
import kg.trustbox.report.Quarter;
import kg.trustbox.school.Language;

/**
 * The outcomes board: posted on the school's notice board and website, it lists the
 * appeals with a receipt decided in a quarter under their {@link BoardMark}s, each with the
 * verdict and the outcome the commission published. Sorted by mark, without dates nor
 * registration numbers, so that it links no mark to an appeal in the register; never a code, a
 * name or an appeal's content. Immutable.
 *
 * @param language the board's language
 * @param school the school
 * @param quarter the quarter whose decisions it lists
 * @param postedOn the day it was drawn up
 * @param entries by mark
 */
public record OutcomesBoardView(Language language, SchoolHeader school, Quarter quarter, LocalDate postedOn, List<Entry> entries)
        implements DocumentView {
    public OutcomesBoardView {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(postedOn, "postedOn");
        entries = List.copyOf(entries);
    }

    /**
     * One decided appeal with a receipt.
     *
     * @param mark the mark on its stub
     * @param verdict the decision
     * @param outcome what the commission wrote for publication, if it did
     */
    public record Entry(BoardMark mark, Verdict verdict, Optional<String> outcome) {
        public Entry {
            Objects.requireNonNull(mark, "mark");
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(outcome, "outcome");
        }
    }
}
