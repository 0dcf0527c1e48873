package kg.trustbox.examples;

import java.util.ArrayList;
import java.util.List;
import kg.trustbox.report.Quarter;
import kg.trustbox.report.QuarterlyReport;
import kg.trustbox.report.Rollup;
import kg.trustbox.school.SchoolId;
import kg.trustbox.store.Stores;

/**
 * Example: a ministry adds up the quarterly reports of many schools kept in one database (on
 * PostgreSQL in production) into one roll-up for a district, a region or the country. Reports
 * carry figures only, so the roll-up holds no personal data.
 */
public final class MinistryRollupExample {
    private MinistryRollupExample() {
    }

    /** The roll-up of {@code quarter} over {@code schools}; schools without a report are left out. */
    public static Rollup rollup(Stores stores, List<SchoolId> schools, Quarter quarter) {
        List<QuarterlyReport> reports = new ArrayList<>();
        for (SchoolId school : schools) {
            stores.reports().find(school, quarter).ifPresent(reports::add);
        }
        return Rollup.of(quarter, reports);
    }
}
