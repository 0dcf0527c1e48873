package kg.trustbox.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kg.trustbox.Regulation;
import kg.trustbox.jdbc.JdbiStores;
import kg.trustbox.report.Quarter;
import kg.trustbox.report.QuarterlyReport;
import kg.trustbox.report.Rollup;
import kg.trustbox.school.School;
import kg.trustbox.school.SchoolId;
import kg.trustbox.store.Stores;

/**
 * Example: a ministry adds up many schools kept in one database (on PostgreSQL in production) into
 * one roll-up for a district, a region or the country, in two ways: the quarterly reports the
 * schools prepared, or the figures as the data stand now, counted in the database. Both hold
 * figures only, no personal data.
 */
public final class MinistryRollupExample {
    private MinistryRollupExample() {
    }

    /** The roll-up of the reports of {@code quarter} over {@code schools}; schools without a report are left out. */
    public static Rollup rollup(Stores stores, List<SchoolId> schools, Quarter quarter) {
        List<QuarterlyReport> reports = new ArrayList<>();
        for (SchoolId school : schools) {
            stores.reports().find(school, quarter).ifPresent(reports::add);
        }
        return Rollup.of(quarter, reports);
    }

    /**
     * The figures of {@code quarter} as known on {@code asOf} for every school in {@code schools},
     * reports prepared or not: a few statements for all of them together, however many.
     */
    public static Rollup asTheDataStand(JdbiStores db, List<School> schools, Quarter quarter, LocalDate asOf) {
        Regulation regulation = Regulation.defaults();
        return db.rollups().rollup(quarter, asOf, regulation.schedule(), regulation.deadlines(), schools);
    }
}
