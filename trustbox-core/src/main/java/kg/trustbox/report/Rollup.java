package kg.trustbox.report;

import java.util.List;

/**
 * The reports of many schools for one quarter added into one (a district, a region, the
 * ministry): no personal data, since reports carry none.
 *
 * @param quarter the quarter
 * @param schools how many schools' reports went in
 * @param total the summed figures
 */
public record Rollup(Quarter quarter, int schools, Figures total) {

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
