package kg.trustbox.report;

import java.util.List;
import java.util.Map;
import kg.trustbox.chain.Chain;
import kg.trustbox.school.SchoolId;

/**
 * The reports of many schools for one quarter added into one (a district, a region, the
 * ministry): no personal data, since reports carry none.
 *
 * @param quarter the quarter
 * @param schools how many schools' reports went in
 * @param total the summed figures
 * @param anchors each school's ledger head as the roll-up found it, for the ministry to keep
 *     outside the schools' database and hand back to {@code TrustBoxOffice#verifyRecords(Chain.Head)};
 *     a school without a ledger yet has none
 */
public record Rollup(Quarter quarter, int schools, Figures total, Map<SchoolId, Chain.Head> anchors) {
    public Rollup {
        java.util.Objects.requireNonNull(quarter, "quarter");
        java.util.Objects.requireNonNull(total, "total");
        anchors = Map.copyOf(anchors);
    }

    /** A roll-up that carries no anchors (of reports, which hold none). */
    public Rollup(Quarter quarter, int schools, Figures total) {
        this(quarter, schools, total, Map.of());
    }

    /** Adds up {@code reports} of {@code quarter}; reports of other quarters are refused. */
    public static Rollup of(Quarter quarter, List<QuarterlyReport> reports) {
        for (QuarterlyReport r : reports) {
            if (!r.quarter().equals(quarter)) {
                throw new IllegalArgumentException("a " + r.quarter() + " report cannot roll up into " + quarter);
            }
        }
        return new Rollup(quarter, reports.size(), Figures.sum(reports.stream().map(QuarterlyReport::current).toList()));
    }
}
