package kg.trustbox.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kg.trustbox.receipt.PublishedOutcomes;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.RegistrationNumber;
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
 * @param overdue the appeals counted as overdue in {@code current} (undecided past their term at
 *     the quarter's end), by registration number: what the report lists so that none is missed
 * @param anonymousOutcomes how many anonymous appeals decided in the quarter their authors can learn
 *     the outcome of through a receipt; empty where the caller did not count them
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
        LocalDate preparedOn,
        List<Overdue> overdue,
        Optional<PublishedOutcomes> anonymousOutcomes) implements DocumentView {
    public QuarterlyReportView {
        overdue = List.copyOf(overdue);
        Objects.requireNonNull(anonymousOutcomes, "anonymousOutcomes");
    }

    /** A report with its overdue appeals, without the count of published outcomes. */
    public QuarterlyReportView(Language language, SchoolHeader school, int year, int quarter, Figures current, Figures previous,
                               String recurringProblems, Signatory preparedBy, LocalDate preparedOn, List<Overdue> overdue) {
        this(language, school, year, quarter, current, previous, recurringProblems, preparedBy, preparedOn, overdue, Optional.empty());
    }

    /** A report without the list of overdue appeals: the figures alone. */
    public QuarterlyReportView(Language language, SchoolHeader school, int year, int quarter, Figures current, Figures previous,
                               String recurringProblems, Signatory preparedBy, LocalDate preparedOn) {
        this(language, school, year, quarter, current, previous, recurringProblems, preparedBy, preparedOn, List.of());
    }

    /**
     * An appeal undecided past its term at the quarter's end (Law No. 67): what identifies it in
     * the register and its dates, no personal data.
     *
     * @param number the registration number
     * @param registeredOn the day it was registered
     * @param category its category
     * @param due the last day of its consideration (its extension's, when extended in time)
     */
    public record Overdue(RegistrationNumber number, LocalDate registeredOn, Category category, LocalDate due) {
        public Overdue {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(registeredOn, "registeredOn");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(due, "due");
        }
    }
}
