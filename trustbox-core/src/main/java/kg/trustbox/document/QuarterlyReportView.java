package kg.trustbox.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.school.Language;

/**
 * The quarterly analytical report: figures only, no personal data.
 *
 * @param language the document's language
 * @param school the school
 * @param year the year
 * @param quarter the quarter, 1 to 4
 * @param current this quarter's figures
 * @param previous the previous quarter's figures, shown beside them
 * @param recurringProblems the responsible person's text on recurring problems
 * @param preparedBy the responsible person
 * @param preparedOn when the report was prepared
 */
public record QuarterlyReportView(
        Language language,
        SchoolHeader school,
        int year,
        int quarter,
        Figures current,
        Figures previous,
        String recurringProblems,
        Signatory preparedBy,
        LocalDate preparedOn) implements DocumentView {

    /**
     * The figures of one quarter.
     *
     * @param byCategory appeals received per category (every category present)
     * @param signed signed appeals
     * @param anonymous anonymous appeals
     * @param kyrgyz appeals in Kyrgyz
     * @param russian appeals in Russian
     * @param otherLanguage appeals in another language
     * @param byVerdict decided appeals per verdict (every verdict present)
     * @param forwardedTo how many appeals went to each body
     * @param decidedOnTime decisions within the term
     * @param decidedLate decisions after the term
     * @param overdue appeals undecided past their term at the quarter's end
     * @param medianDaysToDecision median days from registration to decision
     * @param longestDaysToDecision the longest
     * @param openings openings held
     * @param deviations openings outside the slot
     * @param missedTuesdays Tuesdays without an opening or a recorded deviation
     * @param incidents seal and box incidents
     * @param tags appeals per recurring-problem tag
     */
    public record Figures(
            Map<Category, Integer> byCategory,
            int signed,
            int anonymous,
            int kyrgyz,
            int russian,
            int otherLanguage,
            Map<Verdict, Integer> byVerdict,
            Map<String, Integer> forwardedTo,
            int decidedOnTime,
            int decidedLate,
            int overdue,
            double medianDaysToDecision,
            int longestDaysToDecision,
            int openings,
            int deviations,
            int missedTuesdays,
            int incidents,
            Map<String, Integer> tags) {
        public Figures {
            byCategory = Map.copyOf(byCategory);
            byVerdict = Map.copyOf(byVerdict);
            forwardedTo = Map.copyOf(forwardedTo);
            tags = Map.copyOf(tags);
        }

        /** All appeals received. */
        public int received() {
            return signed + anonymous;
        }
    }
}
