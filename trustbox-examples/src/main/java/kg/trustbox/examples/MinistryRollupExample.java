package kg.trustbox.examples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kg.trustbox.Regulation;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.chain.Chain;
import kg.trustbox.jdbc.JdbiStores;
import kg.trustbox.ledger.Discrepancy;
import kg.trustbox.ledger.RecordsVerification;
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
 * figures only, no personal data. The second also carries each school's ledger anchor, which the
 * ministry keeps in its own database to inspect the schools against later.
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

    /**
     * Keeps each school's ledger anchor that {@code rollup} carries in the ministry's own
     * database, apart from the schools' one: one row of a few bytes per school, 2,500 schools in
     * about 250 KB. The anchor replaces the one kept before.
     */
    public static void keepAnchors(DataSource ministry, Rollup rollup, LocalDate takenOn) throws SQLException {
        try (Connection c = ministry.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS ministry_anchor (school_id VARCHAR(64) PRIMARY KEY, seq BIGINT NOT NULL,"
                        + " head_hash VARCHAR(64) NOT NULL, taken_on DATE NOT NULL)");
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM ministry_anchor WHERE school_id = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO ministry_anchor VALUES (?, ?, ?, ?)")) {
                for (Map.Entry<SchoolId, Chain.Head> a : rollup.anchors().entrySet()) {
                    delete.setString(1, a.getKey().value());
                    delete.addBatch();
                    insert.setString(1, a.getKey().value());
                    insert.setLong(2, a.getValue().sequence());
                    insert.setString(3, a.getValue().hash());
                    insert.setObject(4, takenOn);
                    insert.addBatch();
                }
                delete.executeBatch();
                insert.executeBatch();
            }
            c.commit();
        }
    }

    /**
     * Inspects each of {@code schools} against the anchor the ministry kept for it
     * ({@link TrustBoxOffice#verifyRecords(Chain.Head)}): the schools whose records were changed,
     * cut short or wiped since, with what was found. A school without a kept anchor is inspected
     * without one.
     */
    public static Map<SchoolId, List<Discrepancy>> checkAgainstAnchors(DataSource ministry, JdbiStores db, List<School> schools)
            throws SQLException {
        Map<SchoolId, Chain.Head> kept = new HashMap<>();
        try (Connection c = ministry.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT school_id, seq, head_hash FROM ministry_anchor")) {
            while (rs.next()) {
                kept.put(SchoolId.of(rs.getString(1)), new Chain.Head(rs.getLong(2), rs.getString(3)));
            }
        }
        Map<SchoolId, List<Discrepancy>> found = new LinkedHashMap<>();
        for (School school : schools) {
            TrustBoxOffice office = TrustBoxOffice.of(school, db.stores(), Clock.systemUTC());
            Chain.Head anchor = kept.get(school.id());
            RecordsVerification v = anchor == null ? office.verifyRecords() : office.verifyRecords(anchor);
            if (!v.isIntact()) {
                found.put(school.id(), v.discrepancies());
            }
        }
        return found;
    }
}
