package kg.trustbox.report;

import java.util.List;
import java.util.Optional;
import kg.trustbox.school.SchoolId;

/**
 * The port that keeps each school's quarterly reports. Implementations are thread-safe; writes
 * take part in the current transaction.
 */
public interface QuarterlyReports {

    /** Stores {@code report}, replacing the school's report of the same quarter. */
    void save(QuarterlyReport report);

    /** The school's report of {@code quarter}. */
    Optional<QuarterlyReport> find(SchoolId school, Quarter quarter);

    /** The school's reports, oldest quarter first. */
    List<QuarterlyReport> list(SchoolId school);
}
