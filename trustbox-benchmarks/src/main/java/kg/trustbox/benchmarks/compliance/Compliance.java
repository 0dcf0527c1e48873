package kg.trustbox.benchmarks.compliance;

import java.util.ArrayList;
import java.util.List;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.benchmarks.BenchSchools;
import kg.trustbox.report.Finding;
import kg.trustbox.school.School;
import kg.trustbox.school.SchoolId;
import kg.trustbox.store.Stores;
import kg.trustbox.store.memory.InMemoryStores;

/**
 * Figure 4: the compliance check of a school-year, in memory ({@code InMemoryStores}), for one school and for many.
 *
 * <ul>
 *   <li>trustbox: {@code TrustBoxOffice#complianceCheck} over 2027 (reads the evidence from the stores, verifies the
 *       journal's and the access log's hash chains, applies every rule).</li>
 *   <li>baseline: reading the same evidence from the same stores and nothing else (no chain verification, no rule):
 *       the floor any check pays, so the ratio is what the rules and the verification cost on top.</li>
 * </ul>
 */
public final class Compliance {
    private final Stores stores = InMemoryStores.create();
    private final List<TrustBoxOffice> offices = new ArrayList<>();

    /** {@code schools} schools, each with the same kind of year (seeded by its number). */
    public Compliance(int schools) {
        for (int i = 1; i <= schools; i++) {
            School school = BenchSchools.school(String.format("c%04d", i));
            offices.add(YearOfActivity.play(school, stores, i));
        }
    }

    /** trustbox: every school's check; returns the number of findings. */
    public int trustbox() {
        int findings = 0;
        for (TrustBoxOffice office : offices) {
            List<Finding> found = office.complianceCheck(YearOfActivity.FROM, YearOfActivity.TO);
            findings += found.size();
        }
        return findings;
    }

    /** baseline: the evidence of every school, read; returns how many items were read. */
    public int baseline() {
        int items = 0;
        for (TrustBoxOffice office : offices) {
            SchoolId id = office.school().id();
            items += stores.commissions().history(id).size();
            items += stores.boxes().find(id).isPresent() ? 1 : 0;
            items += stores.journal().entries(id).size();
            items += stores.accessLog().records(id).size();
            items += stores.appeals().list(id).size();
            items += stores.meetings().list(id).size();
            items += stores.reports().list(id).size();
        }
        return items;
    }

    /** The findings of the first school, for the smoke test. */
    public List<Finding> firstSchoolFindings() {
        return offices.get(0).complianceCheck(YearOfActivity.FROM, YearOfActivity.TO);
    }

    public int schools() {
        return offices.size();
    }

}
