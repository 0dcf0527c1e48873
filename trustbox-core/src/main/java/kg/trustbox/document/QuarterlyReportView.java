package kg.trustbox.document;

import java.time.LocalDate;
import kg.trustbox.report.Figures;
import kg.trustbox.school.Language;

/**
 * The quarterly analytical report: figures only, no personal data. The figures are
 * the report's own ({@link Figures}), computed by the core.
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
}
