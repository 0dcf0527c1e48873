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
 *   <li>baseline: {@link HandCheck}, the same check written by hand: the same evidence read from the same stores, both
 *       chains verified, the same rules applied. The smoke test checks it finds what trustbox finds, rule and date,
 *       on a year with breaches.</li>
 *   <li>{@link #reads()}: the evidence read and nothing else, the floor any check pays (for JMH runs by hand).</li>
 * </ul>
 * Not thread-safe.
 */
public final class Compliance {
    private final Stores stores = InMemoryStores.create();
    private final List<YearOfActivity.Played> played = new ArrayList<>();
    private final HandCheck hand = new HandCheck(stores);

    /** {@code schools} schools, each with the same kind of year (seeded by its number), keeping the rules. */
    public Compliance(int schools) {
        this(schools, false);
    }

    /** {@code schools} schools, with the breaches of {@link YearOfActivity} when {@code breaches}. */
    public Compliance(int schools, boolean breaches) {
        for (int i = 1; i <= schools; i++) {
            School school = BenchSchools.school(String.format("c%04d", i));
            played.add(YearOfActivity.play(school, stores, i, breaches));
        }
    }

    /** trustbox: every school's check; returns the number of findings. */
    public int trustbox() {
        int findings = 0;
        for (YearOfActivity.Played p : played) {
            List<Finding> found = p.office().complianceCheck(YearOfActivity.FROM, YearOfActivity.TO);
            findings += found.size();
        }
        return findings;
    }

    /** baseline: every school's check by hand; returns the number of findings. */
    public int baseline() {
        int findings = 0;
        for (YearOfActivity.Played p : played) {
            findings += hand.check(p.office().school(), YearOfActivity.FROM, YearOfActivity.TO, p.today()).size();
        }
        return findings;
    }

    /** The floor: the evidence of every school read, nothing checked; returns how many items were read. */
    public int reads() {
        int items = 0;
        for (YearOfActivity.Played p : played) {
            SchoolId id = p.office().school().id();
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
        return played.get(0).office().complianceCheck(YearOfActivity.FROM, YearOfActivity.TO);
    }

    /** The hand-written check's findings of the first school, for the smoke test. */
    public List<HandCheck.Found> firstSchoolFoundByHand() {
        YearOfActivity.Played p = played.get(0);
        return hand.check(p.office().school(), YearOfActivity.FROM, YearOfActivity.TO, p.today());
    }

    public int schools() {
        return played.size();
    }
}
