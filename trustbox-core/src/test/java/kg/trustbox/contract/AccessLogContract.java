package kg.trustbox.contract;

import static kg.trustbox.contract.Samples.OTHER;
import static kg.trustbox.contract.Samples.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;

import kg.trustbox.access.AccessLog;
import kg.trustbox.access.AccessRecord;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.ActNumber;
import kg.trustbox.chain.Chain;
import kg.trustbox.school.SchoolId;
import kg.trustbox.store.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link AccessLog}, for every store. A record names an appeal its school holds,
 * as the core only logs reads of appeals it found (a store may enforce it with a foreign key).
 */
public abstract class AccessLogContract {
    private Stores stores;
    private AccessLog log;

    /** Fresh, empty stores. */
    protected abstract Stores newStores();

    @BeforeEach
    void fresh() {
        stores = newStores();
        log = stores.accessLog();
    }

    private Appeal appeal(SchoolId school) {
        Appeal a = Samples.withdrawn(school, new ActNumber(2026, 1), 1, Appellant.anonymous());
        Samples.add(stores, a);
        return a;
    }

    @Test
    void an_empty_log_has_no_head_and_verifies() {
        assertThat(log.records(SCHOOL)).isEmpty();
        assertThat(log.head(SCHOOL)).isEmpty();
        assertThat(log.verify(SCHOOL).isIntact()).isTrue();
    }

    @Test
    @DisplayName("R-6.1 every read is kept exactly, in order, chained to its head")
    void records_round_trip_and_verify() {
        Appeal a = appeal(SCHOOL);
        AccessRecord first = Samples.access(Samples.genesis(), SCHOOL, a.id(), true);
        assertThat(log.append(first)).isTrue();
        AccessRecord second = Samples.access(first.head(), SCHOOL, a.id(), false);
        assertThat(log.append(second)).isTrue();
        assertThat(log.records(SCHOOL)).containsExactly(first, second);
        assertThat(log.head(SCHOOL)).contains(second.head());
        assertThat(log.verify(SCHOOL)).isEqualTo(new Chain.Verification.Intact(2));
    }

    @Test
    @DisplayName("R-6.1 a document's one read of many appeals is kept exactly, with those withheld, in the same chain")
    void a_read_of_many_round_trips() {
        Appeal a = appeal(SCHOOL);
        Appeal b = Samples.withdrawn(SCHOOL, new ActNumber(2026, 1), 2, Appellant.anonymous());
        Samples.add(stores, b);
        AccessRecord single = Samples.access(Samples.genesis(), SCHOOL, a.id(), true);
        AccessRecord many = AccessRecord.next(single.head(), SCHOOL, single.at().plusSeconds(1), single.official(),
                java.util.List.of(a.id(), b.id()), kg.trustbox.access.Subject.IDENTITY, kg.trustbox.access.Purpose.DOCUMENT,
                java.util.List.of(b.id()));
        AccessRecord none = AccessRecord.next(many.head(), SCHOOL, single.at().plusSeconds(2), single.official(),
                java.util.List.of(b.id(), a.id()), kg.trustbox.access.Subject.IDENTITY, kg.trustbox.access.Purpose.DOCUMENT,
                java.util.List.of());
        assertThat(log.append(single)).isTrue();
        assertThat(log.append(many)).isTrue();
        assertThat(log.append(none)).isTrue();
        assertThat(log.records(SCHOOL)).containsExactly(single, many, none);
        assertThat(log.records(SCHOOL).get(1).allowed()).isFalse();
        assertThat(log.records(SCHOOL).get(2).allowed()).isTrue();
        assertThat(log.verify(SCHOOL)).isEqualTo(new Chain.Verification.Intact(3));
    }

    @Test
    @DisplayName("R-6.1 a record that does not follow the head is refused and changes nothing")
    void append_follows_the_head() {
        Appeal a = appeal(SCHOOL);
        AccessRecord first = Samples.access(Samples.genesis(), SCHOOL, a.id(), true);
        assertThat(log.append(first)).isTrue();
        assertThat(log.append(first)).isFalse();
        assertThat(log.append(Samples.access(new Chain.Head(1, Chain.GENESIS), SCHOOL, a.id(), true))).isFalse();
        assertThat(log.records(SCHOOL)).containsExactly(first);
        assertThat(log.head(SCHOOL)).contains(first.head());
    }

    @Test
    void schools_have_separate_logs() {
        AccessRecord mine = Samples.access(Samples.genesis(), SCHOOL, appeal(SCHOOL).id(), true);
        AccessRecord theirs = Samples.access(Samples.genesis(), OTHER, appeal(OTHER).id(), false);
        assertThat(log.append(mine)).isTrue();
        assertThat(log.append(theirs)).isTrue();
        assertThat(log.records(SCHOOL)).containsExactly(mine);
        assertThat(log.records(OTHER)).containsExactly(theirs);
        assertThat(log.head(SCHOOL)).contains(mine.head());
    }

    @Test
    @DisplayName("R-6.1 the log from a record on, and its verification from a checkpoint, not when the checkpoint is gone")
    void verification_from_a_checkpoint() {
        Appeal a = appeal(SCHOOL);
        java.util.List<AccessRecord> all = new java.util.ArrayList<>();
        Chain.Head head = Samples.genesis();
        for (int i = 0; i < 4; i++) {
            AccessRecord r = Samples.access(head, SCHOOL, a.id(), i % 2 == 0);
            assertThat(log.append(r)).isTrue();
            all.add(r);
            head = r.head();
        }
        assertThat(log.recordsFrom(SCHOOL, 1)).isEqualTo(all);
        assertThat(log.recordsFrom(SCHOOL, 3)).isEqualTo(all.subList(2, 4));
        assertThat(log.recordsFrom(SCHOOL, 5)).isEmpty();
        assertThat(log.recordsFrom(OTHER, 1)).isEmpty();
        assertThat(log.verifySince(SCHOOL, Chain.Head.START)).isEqualTo(new Chain.Verification.Intact(4));
        assertThat(log.verifySince(SCHOOL, all.get(2).head())).isEqualTo(new Chain.Verification.Intact(4));
        assertThat(log.verifySince(SCHOOL, new Chain.Head(3, all.get(1).hash())))
                .isEqualTo(new Chain.Verification.Broken(3, "the checkpoint is no longer in the chain"));
    }
}
