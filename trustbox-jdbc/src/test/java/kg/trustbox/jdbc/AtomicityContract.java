package kg.trustbox.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.access.Purpose;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.box.Seal;
import kg.trustbox.outcome.Outcome;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One regulation step is one transaction: a failure injected after each write of a step leaves
 * every table exactly as before, and the step then succeeds as if nothing had happened.
 */
abstract class AtomicityContract {
    private JdbiStores db;
    private Jdbi sql;
    private Scenario school;

    /** Fresh, migrated, empty stores. */
    abstract JdbiStores open();

    /** Plain access to the same database. */
    abstract Jdbi sql();

    @BeforeEach
    void ready() {
        db = open();
        sql = sql();
        school = new Scenario(db.stores(), "school-a").ready();
    }

    private Map<String, List<String>> dump() {
        return sql.withHandle(Tables::dump);
    }

    /** Runs {@code step} with the Nth write failing, N = 1, 2, ... until it has fewer writes; checks nothing changed each time. */
    private int everyFailureLeavesNothing(Consumer<TrustBoxOffice> step) {
        Map<String, List<String>> before = dump();
        for (int n = 1; ; n++) {
            TrustBoxOffice failing = TrustBoxOffice.of(school.office.school(), FailingStores.of(db.stores(), n), school.clock);
            try {
                step.accept(failing);
            } catch (FailingStores.Injected e) {
                assertThat(dump()).as("tables after a failure at write %d", n).isEqualTo(before);
                continue;
            }
            assertThat(dump()).as("the step took effect once it ran through").isNotEqualTo(before);
            return n - 1;
        }
    }

    @Test
    @DisplayName("R-4.3 a failure at any write of an opening leaves the box, the act, the appeals and the counters as before")
    void opening() {
        int writes = everyFailureLeavesNothing(office -> office.open(school.opening(Scenario.papers(3))).orElseThrow());
        assertThat(writes).as("the act, three appeals, the box, and their ledger entries with the act number's and the two signed"
                + " lines' identity commitments (R-6.2)").isEqualTo(13);
    }

    @Test
    @DisplayName("R-4.5 a failure at any write of a sealing leaves the seal, the journal and the box as before")
    void sealing() {
        school.open(Scenario.papers(2));
        int writes = everyFailureLeavesNothing(office -> office.seal(Seal.of("S-1")).orElseThrow());
        assertThat(writes).as("the seal, the journal entry, the box, and their ledger entries (R-6.2)").isEqualTo(6);
        assertThat(school.office.verifyJournal().isIntact()).isTrue();
    }

    @Test
    @DisplayName("R-4.4 a failure at any write of a registration gives its number again")
    void registration() {
        school.week(Scenario.papers(2));
        AppealId id = school.appeals.get(0);
        int writes = everyFailureLeavesNothing(office -> office.register(id, Scenario.registration()).orElseThrow());
        assertThat(writes).as("the counter, the appeal, and their ledger entries (R-6.2)").isEqualTo(4);
        assertThat(school.office.tracking(id).number().orElseThrow().sequence()).isEqualTo(1);
    }

    @Test
    @DisplayName("R-6.1 a failure while logging a read returns nothing and logs nothing")
    void logged_read() {
        school.week(Scenario.papers(1));
        AppealId id = school.appeals.get(0);
        int writes = everyFailureLeavesNothing(office -> {
            Outcome<?> o = office.readIdentity(id, Scenario.RESPONSIBLE, Purpose.ANSWER);
            o.orElseThrow();
        });
        assertThat(writes).as("the access record and its ledger entry (R-6.2)").isEqualTo(2);
        assertThat(school.office.accessLog()).hasSize(1);
        assertThat(school.office.verifyAccessLog().isIntact()).isTrue();
    }

    @Test
    void a_failing_step_passes_its_exception_through() {
        TrustBoxOffice failing = TrustBoxOffice.of(school.office.school(), FailingStores.of(db.stores(), 1), school.clock);
        assertThatThrownBy(() -> failing.open(school.opening(Scenario.papers(1)))).isInstanceOf(FailingStores.Injected.class);
    }
}
