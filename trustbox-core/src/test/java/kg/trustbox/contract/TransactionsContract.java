package kg.trustbox.contract;

import static kg.trustbox.contract.Samples.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kg.trustbox.access.AccessRecord;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.RegistrationNumber;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.JournalEntry;
import kg.trustbox.box.OpenedBox;
import kg.trustbox.box.Seal;
import kg.trustbox.box.SealedBox;
import kg.trustbox.box.TrustBox;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.rule.Rule;
import kg.trustbox.store.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link kg.trustbox.store.Transactions}, for every store: one regulation step is
 * one transaction over all ports.
 */
public abstract class TransactionsContract {
    private static final ActNumber ACT = new ActNumber(2026, 1);

    private Stores stores;

    /** Fresh, empty stores. */
    protected abstract Stores newStores();

    @BeforeEach
    void fresh() {
        stores = newStores();
    }

    /** Writes through every port, as a step would. */
    private Appeal writeEverything() {
        stores.commissions().save(Samples.constituted(SCHOOL, "45-к", LocalDate.of(2026, 8, 25)));
        assertThat(stores.boxes().useSeal(SCHOOL, Seal.of("A-0001"))).isTrue();
        assertThat(stores.boxes().replace(SealedBox.installed(SCHOOL, Seal.of("A-0001"), Samples.T0))).isTrue();
        stores.boxes().saveAct(Samples.act(SCHOOL, ACT, Samples.signed()));
        Appeal appeal = Samples.withdrawn(SCHOOL, ACT, 1, Samples.signed());
        stores.appeals().add(appeal);
        assertThat(stores.appeals().nextRegistrationNumber(SCHOOL, 2026)).isEqualTo(new RegistrationNumber(2026, 1));
        JournalEntry entry = Samples.entry(Samples.genesis(), SCHOOL, "A-0002", Optional.of(ACT));
        assertThat(stores.journal().append(entry)).isTrue();
        AccessRecord record = Samples.access(Samples.genesis(), SCHOOL, appeal.id(), true);
        assertThat(stores.accessLog().append(record)).isTrue();
        return appeal;
    }

    private void assertNothingWritten() {
        assertThat(stores.commissions().history(SCHOOL)).isEmpty();
        assertThat(stores.boxes().find(SCHOOL)).isEmpty();
        assertThat(stores.boxes().act(SCHOOL, ACT)).isEmpty();
        assertThat(stores.boxes().nextActNumber(SCHOOL, 2026)).isEqualTo(ACT);
        assertThat(stores.appeals().list(SCHOOL)).isEmpty();
        assertThat(stores.journal().entries(SCHOOL)).isEmpty();
        assertThat(stores.journal().head(SCHOOL)).isEmpty();
        assertThat(stores.accessLog().records(SCHOOL)).isEmpty();
        assertThat(stores.accessLog().head(SCHOOL)).isEmpty();
        assertThat(stores.boxes().useSeal(SCHOOL, Seal.of("A-0001"))).isTrue();
        assertThat(stores.appeals().nextRegistrationNumber(SCHOOL, 2026)).isEqualTo(new RegistrationNumber(2026, 1));
    }

    @Test
    void an_accepted_step_commits_the_writes_of_every_port() {
        Outcome<Appeal> outcome = stores.transactions().inTransaction(() -> Outcome.accepted(writeEverything()));
        Appeal appeal = outcome.orElseThrow();
        assertThat(stores.commissions().history(SCHOOL)).hasSize(1);
        assertThat(stores.boxes().find(SCHOOL)).isPresent();
        assertThat(stores.boxes().act(SCHOOL, ACT)).isPresent();
        assertThat(stores.appeals().find(SCHOOL, appeal.id())).contains(appeal);
        assertThat(stores.appeals().nextRegistrationNumber(SCHOOL, 2026)).isEqualTo(new RegistrationNumber(2026, 2));
        assertThat(stores.journal().verify(SCHOOL).isIntact()).isTrue();
        assertThat(stores.journal().entries(SCHOOL)).hasSize(1);
        assertThat(stores.accessLog().records(SCHOOL)).hasSize(1);
        assertThat(stores.boxes().useSeal(SCHOOL, Seal.of("A-0001"))).isFalse();
    }

    @Test
    @DisplayName("R-4.5 a rejected step leaves nothing behind in any port")
    void a_rejected_step_rolls_back_every_port() {
        Outcome<Object> outcome = stores.transactions().inTransaction(() -> {
            writeEverything();
            return Outcome.rejected(Rule.R_4_5, "box.concurrent", SCHOOL);
        });
        assertThat(outcome.isAccepted()).isFalse();
        assertNothingWritten();
    }

    @Test
    void a_step_that_throws_leaves_nothing_behind_and_the_exception_passes_unchanged() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> stores.transactions().inTransaction(() -> {
            writeEverything();
            throw boom;
        })).isSameAs(boom);
        assertNothingWritten();
    }

    @Test
    void a_nested_step_joins_the_outer_transaction() {
        Outcome<Object> outcome = stores.transactions().inTransaction(() -> {
            Outcome<Appeal> inner = stores.transactions().inTransaction(() -> Outcome.accepted(writeEverything()));
            assertThat(inner.isAccepted()).isTrue();
            return Outcome.rejected(Rule.R_4_5, "box.concurrent", SCHOOL);
        });
        assertThat(outcome.isAccepted()).isFalse();
        assertNothingWritten();
    }

    @Test
    void a_step_reads_its_own_writes() {
        Outcome<Appeal> outcome = stores.transactions().inTransaction(() -> {
            Appeal a = writeEverything();
            assertThat(stores.appeals().find(SCHOOL, a.id())).contains(a);
            assertThat(stores.boxes().find(SCHOOL)).isPresent();
            assertThat(stores.journal().head(SCHOOL)).isPresent();
            assertThat(stores.accessLog().verify(SCHOOL).isIntact()).isTrue();
            return Outcome.accepted(a);
        });
        assertThat(outcome.isAccepted()).isTrue();
    }

    /**
     * A store may remember within a step what the step itself wrote or read (trustbox-jdbc does, to
     * skip reading it back): an appeal read, then replaced again and again with forwardings and tags
     * added, changed and removed, reads back as last written, with no child doubled or left behind.
     */
    @Test
    @DisplayName("R-4.4, R-1.5.3 an appeal replaced several times in one step reads back as last written")
    void an_appeal_replaced_several_times_in_one_step() {
        Appeal withdrawn = Samples.withdrawn(SCHOOL, ACT, 1, Samples.signed());
        Samples.add(stores, withdrawn);
        Outcome<Appeal> outcome = stores.transactions().inTransaction(() -> {
            Appeal read = stores.appeals().findAll(SCHOOL, List.of(withdrawn.id())).get(withdrawn.id());
            Appeal registered = read.register(new kg.trustbox.appeal.Registration(new RegistrationNumber(2026, 1), Samples.at(3),
                    kg.trustbox.testing.Fixtures.RESPONSIBLE, kg.trustbox.appeal.Category.COMPLAINT, kg.trustbox.appeal.AppealLanguage.RUSSIAN,
                    "Кратко", Optional.empty())).orElseThrow();
            assertThat(stores.appeals().replaceAll(List.of(registered))).isTrue();
            Appeal assigned = registered.assign(kg.trustbox.testing.Fixtures.TEACHER).orElseThrow();
            assertThat(stores.appeals().replace(assigned)).isTrue();
            Appeal forwarded = assigned.forward(new kg.trustbox.appeal.Forwarding("Райбилим", LocalDate.of(2026, 9, 3), "12/45"))
                    .orElseThrow();
            assertThat(stores.appeals().replaceAll(List.of(forwarded))).isTrue();
            Appeal tagged = forwarded.tag(List.of("тамак-аш", "коопсуздук")).orElseThrow();
            assertThat(stores.appeals().replaceAll(List.of(tagged))).isTrue();
            Appeal retagged = tagged.tag(List.of("коопсуздук")).orElseThrow();
            assertThat(stores.appeals().replace(retagged)).isTrue();
            Appeal untagged = retagged.tag(List.of()).orElseThrow();
            assertThat(stores.appeals().replaceAll(List.of(untagged))).isTrue();
            assertThat(stores.appeals().findAll(SCHOOL, List.of(withdrawn.id())).get(withdrawn.id())).isEqualTo(untagged);
            return Outcome.accepted(untagged);
        });
        Appeal last = outcome.orElseThrow();
        assertThat(stores.appeals().find(SCHOOL, withdrawn.id())).contains(last);
        assertThat(last.tags()).isEmpty();
        assertThat(last.forwardings()).hasSize(1);
    }

    /**
     * An act written in a step, and its appeals: the identities' commitments are those of the lines
     * signed, an appeal cannot be added twice even within the step, and a purge in the step is seen
     * by the step.
     */
    @Test
    @DisplayName("R-4.3, R-6.1 an act and its appeals written in one step: commitments, no appeal twice, a purge seen")
    void an_act_and_its_appeals_in_one_step() {
        Appeal signed = Samples.withdrawn(SCHOOL, ACT, 1, Samples.signed());
        Appeal anonymous = Samples.withdrawn(SCHOOL, ACT, 2, Appellant.anonymous());
        assertThatThrownBy(() -> stores.transactions().inTransaction(() -> {
            stores.boxes().saveAct(Samples.act(SCHOOL, ACT, Samples.signed(), Appellant.anonymous()));
            assertThat(stores.boxes().identityCommitments(SCHOOL, ACT)).containsOnlyKeys(1);
            stores.appeals().addAll(List.of(signed));
            stores.appeals().addAll(List.of(anonymous));
            assertThat(stores.appeals().findAll(SCHOOL, List.of(signed.id(), anonymous.id()))).hasSize(2);
            stores.appeals().addAll(List.of(anonymous));
            return Outcome.accepted(signed);
        })).isInstanceOf(IllegalStateException.class);
        assertNothingWritten();

        Outcome<Appeal> purged = stores.transactions().inTransaction(() -> {
            stores.boxes().saveAct(Samples.act(SCHOOL, ACT, Samples.signed(), Appellant.anonymous()));
            String commitment = stores.boxes().identityCommitments(SCHOOL, ACT).get(1);
            assertThat(commitment).isNotBlank();
            assertThat(stores.boxes().purgeIdentity(SCHOOL, ACT, 1)).isTrue();
            assertThat(stores.boxes().identityCommitments(SCHOOL, ACT)).isEmpty();
            stores.appeals().addAll(List.of(anonymous));
            return Outcome.accepted(anonymous);
        });
        assertThat(purged.isAccepted()).isTrue();
        assertThat(stores.boxes().identityCommitments(SCHOOL, ACT)).isEmpty();
        assertThat(stores.appeals().list(SCHOOL)).containsExactly(anonymous);
    }

    @Test
    void a_call_outside_a_step_is_kept_at_once() {
        Appeal a = writeEverything();
        assertThat(stores.appeals().find(SCHOOL, a.id())).contains(a);
        Outcome<Object> rejected = stores.transactions().inTransaction(() -> Outcome.rejected(Rule.R_4_5, "box.concurrent", SCHOOL));
        assertThat(rejected.isAccepted()).isFalse();
        assertThat(stores.appeals().find(SCHOOL, a.id())).contains(a);
    }

    @Test
    @DisplayName("R-1.5.1 a registration number taken in a rolled-back step is given again; a committed one never")
    void numbers_of_a_rolled_back_step_are_given_again() {
        Outcome<RegistrationNumber> first = stores.transactions().inTransaction(() ->
                Outcome.accepted(stores.appeals().nextRegistrationNumber(SCHOOL, 2026)));
        assertThat(first.orElseThrow()).isEqualTo(new RegistrationNumber(2026, 1));
        Outcome<Object> rolledBack = stores.transactions().inTransaction(() -> {
            assertThat(stores.appeals().nextRegistrationNumber(SCHOOL, 2026)).isEqualTo(new RegistrationNumber(2026, 2));
            return Outcome.rejected(Rule.R_4_4, "appeal.concurrent", "x");
        });
        assertThat(rolledBack.isAccepted()).isFalse();
        assertThat(stores.appeals().nextRegistrationNumber(SCHOOL, 2026)).isEqualTo(new RegistrationNumber(2026, 2));
    }

    @Test
    void another_thread_does_not_see_a_step_before_it_commits() throws Exception {
        Appeal appeal = Samples.withdrawn(SCHOOL, ACT, 1, Appellant.anonymous());
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            List<Future<Optional<Appeal>>> seenDuring = new ArrayList<>();
            stores.transactions().inTransaction(() -> {
                Samples.add(stores, appeal);
                seenDuring.add(other.submit(() -> stores.appeals().find(SCHOOL, appeal.id())));
                try {
                    // a store may make the other thread wait (a lock) or show it the state before the step
                    Optional<Appeal> seen = seenDuring.get(0).get(300, TimeUnit.MILLISECONDS);
                    assertThat(seen).isEmpty();
                } catch (java.util.concurrent.TimeoutException waiting) {
                    // waiting is fine
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
                return Outcome.accepted(appeal);
            });
            assertThat(other.submit(() -> stores.appeals().find(SCHOOL, appeal.id())).get(10, TimeUnit.SECONDS)).contains(appeal);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    @DisplayName("R-4.5 of concurrent steps that open one box, exactly one succeeds; the others see it opened")
    void concurrent_steps_on_one_box() throws Exception {
        assertThat(stores.boxes().useSeal(SCHOOL, Seal.of("A-0001"))).isTrue();
        assertThat(stores.boxes().replace(SealedBox.installed(SCHOOL, Seal.of("A-0001"), Samples.T0))).isTrue();
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Outcome<OpenedBox>>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return stores.transactions().inTransaction(() -> {
                        TrustBox box = stores.boxes().find(SCHOOL).orElseThrow();
                        if (!(box instanceof SealedBox sealed)) {
                            return Outcome.rejected(Rule.R_4_5, "box.alreadyOpen", SCHOOL);
                        }
                        OpenedBox opened = sealed.open(Samples.opening(Optional.empty(), 0));
                        return stores.boxes().replace(opened) ? Outcome.accepted(opened)
                                : Outcome.rejected(Rule.R_4_5, "box.concurrent", SCHOOL);
                    });
                }, pool));
            }
            start.countDown();
            long accepted = 0;
            for (var r : results) {
                if (r.get(30, TimeUnit.SECONDS).isAccepted()) {
                    accepted++;
                }
            }
            assertThat(accepted).isEqualTo(1);
            assertThat(stores.boxes().find(SCHOOL).orElseThrow().revision()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
