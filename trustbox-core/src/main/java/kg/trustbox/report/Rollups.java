package kg.trustbox.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import kg.trustbox.appeal.Appeals;
import kg.trustbox.appeal.DeadlinePolicy;
import kg.trustbox.box.Boxes;
import kg.trustbox.box.OpeningSchedule;
import kg.trustbox.box.Readiness;
import kg.trustbox.box.TrustBox;
import kg.trustbox.box.OpeningJournal;
import kg.trustbox.commission.Commissions;
import kg.trustbox.school.School;
import kg.trustbox.school.SchoolId;

/**
 * The port that adds up a quarter's figures over many schools: a district, a region, the ministry
 * . Whatever the implementation, the result equals each school's {@link Analysis} figures
 * added with {@link Figures#plus}; a database adapter may compute them in the database instead of
 * reading every school's appeals. No personal data is read.
 */
public interface Rollups {

    /**
     * The figures of {@code quarter} as known on {@code asOf} for {@code schools}, added up; a
     * school listed twice counts once.
     *
     * @param schedule the opening schedule the schools follow
     * @param deadlines the deadline policy the schools follow
     */
    Rollup rollup(Quarter quarter, LocalDate asOf, OpeningSchedule schedule, DeadlinePolicy deadlines, Collection<School> schools);

    /**
     * The reference implementation: for each school, {@link Analysis#figures} over its appeals,
     * journal, commission history and box, read through the ports, and its ledger's head.
     */
    static Rollups perSchool(Appeals appeals, OpeningJournal journal, Commissions commissions, Boxes boxes,
                             kg.trustbox.ledger.Ledger ledger) {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(appeals, "appeals");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(commissions, "commissions");
        Objects.requireNonNull(boxes, "boxes");
        return (quarter, asOf, schedule, deadlines, schools) -> {
            Objects.requireNonNull(quarter, "quarter");
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(schedule, "schedule");
            Objects.requireNonNull(deadlines, "deadlines");
            Objects.requireNonNull(schools, "schools");
            Figures total = Figures.empty();
            Map<SchoolId, School> distinct = distinct(schools);
            Map<SchoolId, kg.trustbox.chain.Chain.Head> anchors = new LinkedHashMap<>();
            for (School school : distinct.values()) {
                ledger.head(school.id()).ifPresent(h -> anchors.put(school.id(), h));
                total = total.plus(new Analysis(school, schedule, deadlines).figures(quarter, appeals.withdrawn(school.id(),
                        quarter.first().atStartOfDay(school.zone()).toInstant(),
                        quarter.last().plusDays(1).atStartOfDay(school.zone()).toInstant()),
                        journal.entries(school.id()), Readiness.of(commissions.history(school.id()),
                                boxes.find(school.id()).map(TrustBox::installedAt), school.zone()), asOf));
            }
            return new Rollup(quarter, distinct.size(), total, anchors);
        };
    }

    /** {@code schools} by id, in the order given, each once. */
    private static Map<SchoolId, School> distinct(Collection<School> schools) {
        Map<SchoolId, School> byId = new LinkedHashMap<>();
        for (School s : schools) {
            byId.putIfAbsent(s.id(), s);
        }
        return byId;
    }
}
