package kg.trustbox.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import kg.trustbox.commission.PersonId;
import kg.trustbox.school.SchoolId;

/**
 * The quarterly analytical report on the appeals received through the box,
 * prepared by the responsible person by the 5th of the month after the quarter and then put to a
 * meeting. Carries figures only: no names, contacts or summaries. Immutable.
 *
 * @param school the school
 * @param quarter the quarter reported on
 * @param current the quarter's figures
 * @param previous the previous quarter's figures, shown beside them
 * @param recurringProblems the responsible person's text on recurring problems (no personal data)
 * @param preparedBy the responsible person
 * @param preparedOn when it was prepared
 * @param discussedAt the number of the meeting's protocol that discussed it, once discussed
 */
public record QuarterlyReport(
        SchoolId school,
        Quarter quarter,
        Figures current,
        Figures previous,
        String recurringProblems,
        PersonId preparedBy,
        LocalDate preparedOn,
        Optional<Integer> discussedAt) {
    public QuarterlyReport {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(discussedAt, "discussedAt");
    }

    /** Whether it was ready by the 5th of the month after the quarter. */
    public boolean wasOnTime() {
        return !preparedOn.isAfter(quarter.reportDue());
    }

    /** This report, discussed at the meeting of protocol {@code protocol}. */
    public QuarterlyReport discussedAt(int protocol) {
        return new QuarterlyReport(school, quarter, current, previous, recurringProblems, preparedBy, preparedOn, Optional.of(protocol));
    }
}
