package kg.trustbox.contract;

import static kg.trustbox.contract.Samples.OTHER;
import static kg.trustbox.contract.Samples.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.report.Figures;
import kg.trustbox.report.Quarter;
import kg.trustbox.report.QuarterlyReport;
import kg.trustbox.report.QuarterlyReports;
import kg.trustbox.school.SchoolId;
import kg.trustbox.store.Stores;
import kg.trustbox.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The contract of {@link QuarterlyReports}, for every store. */
public abstract class QuarterlyReportsContract {
    private QuarterlyReports reports;

    /** Fresh, empty stores. */
    protected abstract Stores newStores();

    @BeforeEach
    void fresh() {
        reports = newStores().reports();
    }

    static Figures figures(int n) {
        return new Figures(10 + n, Map.of(Category.CHILD_RIGHTS, 3, Category.CORRUPTION, 1 + n), 4, 6 + n, 5, 4, 1,
                Map.of(Verdict.JUSTIFIED, 2, Verdict.LEFT_UNCONSIDERED, 1), Map.of("Райондук билим берүү бөлүмү, Бишкек", 2),
                3, 1, n, new TreeMap<>(Map.of(3, 1, 14, 2, 30 + n, 1)), 13, 1, 0, 2, Map.of("тамак-аш", 3, "коопсуздук", n));
    }

    static QuarterlyReport report(SchoolId school, Quarter q, Optional<Integer> discussedAt) {
        return new QuarterlyReport(school, q, figures(q.quarter()), q.quarter() == 1 ? Figures.empty() : figures(0),
                "Кайталанган көйгөйлөр:\nашкана, \"коопсуздук\"", Fixtures.RESPONSIBLE, q.reportDue().minusDays(1), discussedAt);
    }

    @Test
    void no_reports_yet() {
        assertThat(reports.list(SCHOOL)).isEmpty();
        assertThat(reports.find(SCHOOL, new Quarter(2026, 3))).isEmpty();
    }

    @Test
    @DisplayName("R-5.5, R-1.5.3 a report reads back with every figure of the quarter and of the one before")
    void round_trip() {
        QuarterlyReport r = report(SCHOOL, new Quarter(2026, 3), Optional.empty());
        reports.save(r);
        assertThat(reports.find(SCHOOL, new Quarter(2026, 3))).contains(r);
        QuarterlyReport empty = new QuarterlyReport(SCHOOL, new Quarter(2026, 1), Figures.empty(), Figures.empty(), "",
                Fixtures.RESPONSIBLE, LocalDate.of(2026, 4, 7), Optional.empty());
        reports.save(empty);
        assertThat(reports.find(SCHOOL, new Quarter(2026, 1))).contains(empty);
    }

    @Test
    @DisplayName("R-5.5 saving by the same quarter replaces the report, for example once discussed")
    void save_replaces_by_quarter() {
        QuarterlyReport r = report(SCHOOL, new Quarter(2026, 3), Optional.empty());
        reports.save(r);
        reports.save(r.discussedAt(4));
        assertThat(reports.list(SCHOOL)).containsExactly(r.discussedAt(4));
    }

    @Test
    void reports_are_listed_oldest_first_and_kept_per_school() {
        QuarterlyReport q4 = report(SCHOOL, new Quarter(2026, 4), Optional.empty());
        QuarterlyReport q1 = report(SCHOOL, new Quarter(2027, 1), Optional.of(1));
        QuarterlyReport q3 = report(SCHOOL, new Quarter(2026, 3), Optional.of(2));
        QuarterlyReport theirs = report(OTHER, new Quarter(2026, 3), Optional.empty());
        reports.save(q1);
        reports.save(q4);
        reports.save(q3);
        reports.save(theirs);
        assertThat(reports.list(SCHOOL)).containsExactly(q3, q4, q1);
        assertThat(reports.list(OTHER)).containsExactly(theirs);
        assertThat(reports.find(OTHER, new Quarter(2026, 4))).isEmpty();
    }
}
