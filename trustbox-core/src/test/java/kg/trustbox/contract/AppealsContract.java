package kg.trustbox.contract;

import static kg.trustbox.contract.Samples.OTHER;
import static kg.trustbox.contract.Samples.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Appeals;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Decision;
import kg.trustbox.appeal.Registration;
import kg.trustbox.appeal.RegistrationNumber;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.ActNumber;
import kg.trustbox.store.Stores;
import kg.trustbox.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The contract of {@link Appeals}, for every store. */
public abstract class AppealsContract {
    private static final ActNumber ACT = new ActNumber(2026, 1);

    private Appeals appeals;
    private Stores stores;

    /** Fresh, empty stores. */
    protected abstract Stores newStores();

    @BeforeEach
    void fresh() {
        stores = newStores();
        appeals = stores.appeals();
    }

    @Test
    @DisplayName("R-1.4 a withdrawn appeal reads back exactly, signed with its contacts or anonymous")
    void withdrawn_round_trip() {
        Appeal signed = Samples.withdrawn(SCHOOL, ACT, 1, Samples.signed());
        Appeal anonymous = Samples.withdrawn(SCHOOL, ACT, 2, Appellant.anonymous());
        add(signed);
        add(anonymous);
        assertThat(appeals.find(SCHOOL, signed.id())).contains(signed);
        assertThat(appeals.find(SCHOOL, anonymous.id())).contains(anonymous);
        assertThat(appeals.find(SCHOOL, new AppealId("2026-1-3"))).isEmpty();
    }

    @Test
    @DisplayName("R-1.5.2 an appeal reads back with its whole lifecycle: registration, assignee, forwardings, extension, decision, answer, tags")
    void lifecycle_round_trip() {
        Appeal a = Samples.withdrawn(SCHOOL, ACT, 1, Samples.signed());
        add(a);
        Appeal done = revision(Samples.throughItsLifecycle(a, appeals.nextRegistrationNumber(SCHOOL, 2026)), 1);
        assertThat(appeals.replace(done)).isTrue();
        assertThat(appeals.find(SCHOOL, a.id())).contains(done);
        assertThat(appeals.list(SCHOOL)).containsExactly(done);
        // and back to fewer forwardings and tags
        Appeal fewer = Appeal.restore(done.school(), done.id(), done.withdrawal(), done.appellant(), done.status(),
                done.registration(), done.assignee(), done.forwardings().subList(0, 1), done.extension(), done.decision(),
                done.decidedAt(), done.answer(), done.closure(), java.util.List.of(), 2);
        assertThat(appeals.replace(fewer)).isTrue();
        assertThat(appeals.find(SCHOOL, a.id())).contains(fewer);
    }

    /** {@code done} at revision {@code r}: the contract is about storage, not about the lifecycle's steps. */
    private static Appeal revision(Appeal done, long r) {
        return Appeal.restore(done.school(), done.id(), done.withdrawal(), done.appellant(), done.status(), done.registration(),
                done.assignee(), done.forwardings(), done.extension(), done.decision(), done.decidedAt(), done.answer(), done.closure(), done.tags(), r);
    }

    @Test
    void a_closed_anonymous_appeal_and_a_left_unconsidered_decision_read_back() {
        Appeal a = Samples.withdrawn(SCHOOL, ACT, 1, Appellant.anonymous());
        add(a);
        Appeal r = a.register(new Registration(new RegistrationNumber(2026, 1), Samples.at(3), Fixtures.RESPONSIBLE,
                Category.CORRUPTION, AppealLanguage.OTHER, "Кыскача", Optional.empty())).orElseThrow();
        assertThat(appeals.replace(r)).isTrue();
        r = r.assign(Fixtures.CHAIR).orElseThrow();
        assertThat(appeals.replace(r)).isTrue();
        r = r.decide(Decision.leftUnconsidered("Мыйзамдын 6-беренеси"), Samples.at(8)).orElseThrow();
        assertThat(appeals.replace(r)).isTrue();
        r = r.closeWithoutAnswer(Samples.at(9)).orElseThrow();
        assertThat(appeals.replace(r)).isTrue();
        assertThat(appeals.find(SCHOOL, a.id())).contains(r);
    }

    @Test
    void an_appeal_is_added_once() {
        Appeal a = Samples.withdrawn(SCHOOL, ACT, 1, Appellant.anonymous());
        add(a);
        assertThatThrownBy(() -> appeals.add(a)).isInstanceOf(IllegalStateException.class);
        assertThat(appeals.list(SCHOOL)).containsExactly(a);
    }

    @Test
    @DisplayName("R-4.3 the appeals of an act are added together and read back exactly, the signed ones with their identity")
    void the_appeals_of_an_act_are_added_together() {
        Appeal signed = Samples.withdrawn(SCHOOL, ACT, 1, Samples.signed());
        Appeal anonymous = Samples.withdrawn(SCHOOL, ACT, 2, Appellant.anonymous());
        Appeal byPhone = Samples.withdrawn(SCHOOL, ACT, 3, Samples.signedByPhone());
        stores.boxes().saveAct(Samples.act(SCHOOL, ACT, signed.appellant(), anonymous.appellant(), byPhone.appellant()));
        appeals.addAll(java.util.List.of(signed, anonymous, byPhone));
        assertThat(appeals.list(SCHOOL)).containsExactly(signed, anonymous, byPhone);
        assertThat(appeals.find(SCHOOL, byPhone.id())).contains(byPhone);

        Appeal fourth = Samples.withdrawn(SCHOOL, ACT, 4, Appellant.anonymous());
        assertThatThrownBy(() -> appeals.addAll(java.util.List.of(fourth, signed))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> appeals.addAll(java.util.List.of(fourth, fourth))).isInstanceOf(IllegalStateException.class);
        appeals.addAll(java.util.List.of());
    }

    @Test
    @DisplayName("R-1.5.2 an appeal is replaced only at the revision it was read at")
    void replace_is_compare_and_set() {
        Appeal a = Samples.withdrawn(SCHOOL, ACT, 1, Appellant.anonymous());
        assertThat(appeals.replace(revision(a, 1))).isFalse();
        add(a);
        Appeal registered = a.register(new Registration(new RegistrationNumber(2026, 1), Samples.at(3), Fixtures.RESPONSIBLE,
                Category.SUGGESTION, AppealLanguage.RUSSIAN, "Сунуш", Optional.empty())).orElseThrow();
        assertThat(appeals.replace(registered)).isTrue();
        assertThat(appeals.replace(registered)).isFalse();
        Appeal stale = a.register(new Registration(new RegistrationNumber(2026, 2), Samples.at(4), Fixtures.RESPONSIBLE,
                Category.COMPLAINT, AppealLanguage.RUSSIAN, "Башка", Optional.empty())).orElseThrow();
        assertThat(appeals.replace(stale)).isFalse();
        assertThat(appeals.find(SCHOOL, a.id())).contains(registered);
        assertThat(appeals.find(OTHER, a.id())).isEmpty();
    }

    @Test
    @DisplayName("R-4.4 the batch forms: appeals read by ids, replaced together at their revisions, numbers taken in a run")
    void batch_forms() {
        Appeal a = Samples.withdrawn(SCHOOL, ACT, 1, Appellant.anonymous());
        Appeal b = Samples.withdrawn(SCHOOL, ACT, 2, Samples.signed());
        add(a);
        add(b);
        Appeal lifecycle = revision(Samples.throughItsLifecycle(b, new RegistrationNumber(2026, 9)), 1);
        assertThat(appeals.replace(lifecycle)).isTrue();
        AppealId missing = AppealId.of(ACT, 7);
        assertThat(appeals.findAll(SCHOOL, java.util.List.of(lifecycle.id(), missing, a.id())))
                .containsExactly(java.util.Map.entry(lifecycle.id(), lifecycle), java.util.Map.entry(a.id(), a));
        assertThat(appeals.findAll(OTHER, java.util.List.of(a.id()))).isEmpty();

        assertThat(appeals.nextRegistrationNumbers(SCHOOL, 2026, 3)).containsExactly(new RegistrationNumber(2026, 1),
                new RegistrationNumber(2026, 2), new RegistrationNumber(2026, 3));
        assertThat(appeals.nextRegistrationNumber(SCHOOL, 2026)).isEqualTo(new RegistrationNumber(2026, 4));
        assertThat(appeals.nextRegistrationNumbers(SCHOOL, 2026, 0)).isEmpty();

        Appeal registered = a.register(new Registration(new RegistrationNumber(2026, 1), Samples.at(3), Fixtures.RESPONSIBLE,
                Category.SUGGESTION, AppealLanguage.RUSSIAN, "Сунуш", Optional.empty())).orElseThrow();
        Appeal tagged = lifecycle.tag(java.util.List.of("жаңы тег")).orElseThrow();
        assertThat(appeals.replaceAll(java.util.List.of(registered, tagged))).isTrue();
        assertThat(appeals.find(SCHOOL, a.id())).contains(registered);
        assertThat(appeals.find(SCHOOL, b.id())).contains(tagged);
        assertThat(appeals.replaceAll(java.util.List.of(registered))).as("a stale revision").isFalse();
        assertThat(appeals.replaceAll(java.util.List.of())).isTrue();
    }

    @Test
    void the_list_is_by_act_then_line() {
        Appeal a21 = Samples.withdrawn(SCHOOL, new ActNumber(2026, 2), 1, Appellant.anonymous());
        Appeal a12 = Samples.withdrawn(SCHOOL, ACT, 2, Samples.signed());
        Appeal a11 = Samples.withdrawn(SCHOOL, ACT, 1, Appellant.anonymous());
        Appeal a10 = Samples.withdrawn(SCHOOL, new ActNumber(2026, 10), 1, Appellant.anonymous());
        Appeal old = Samples.withdrawn(SCHOOL, new ActNumber(2025, 30), 1, Appellant.anonymous());
        for (Appeal a : new Appeal[] {a21, a12, a10, a11, old}) {
            add(a);
        }
        assertThat(appeals.list(SCHOOL)).containsExactly(old, a11, a12, a21, a10);
    }

    @Test
    @DisplayName("R-1.5.1 registration numbers are consecutive per school and calendar year, from 1")
    void registration_numbers() {
        assertThat(appeals.nextRegistrationNumber(SCHOOL, 2026)).isEqualTo(new RegistrationNumber(2026, 1));
        assertThat(appeals.nextRegistrationNumber(SCHOOL, 2026)).isEqualTo(new RegistrationNumber(2026, 2));
        assertThat(appeals.nextRegistrationNumber(SCHOOL, 2027)).isEqualTo(new RegistrationNumber(2027, 1));
        assertThat(appeals.nextRegistrationNumber(OTHER, 2026)).isEqualTo(new RegistrationNumber(2026, 1));
        assertThat(appeals.nextRegistrationNumber(SCHOOL, 2026)).isEqualTo(new RegistrationNumber(2026, 3));
    }

    @Test
    void schools_do_not_see_each_other() {
        Appeal mine = Samples.withdrawn(SCHOOL, ACT, 1, Samples.signed());
        Appeal theirs = Samples.withdrawn(OTHER, ACT, 1, Samples.signedByPhone());
        add(mine);
        add(theirs);
        assertThat(appeals.list(SCHOOL)).containsExactly(mine);
        assertThat(appeals.list(OTHER)).containsExactly(theirs);
        assertThat(appeals.find(OTHER, mine.id())).contains(theirs);
    }

    @Test
    @DisplayName("R-5.5 a period's appeals: withdrawn from the start (inclusive) to the end (exclusive), this school's only, whole")
    void withdrawn_in_a_period() {
        Appeal first = Appeal.withdrawn(SCHOOL, new kg.trustbox.appeal.Withdrawal(ACT, 1, Samples.at(1)), Samples.signed());
        Appeal second = Appeal.withdrawn(SCHOOL, new kg.trustbox.appeal.Withdrawal(new ActNumber(2026, 2), 1, Samples.at(100)),
                Samples.signed());
        Appeal third = Appeal.withdrawn(SCHOOL, new kg.trustbox.appeal.Withdrawal(new ActNumber(2026, 3), 1, Samples.at(200)),
                Appellant.anonymous());
        Appeal elsewhere = Appeal.withdrawn(OTHER, new kg.trustbox.appeal.Withdrawal(ACT, 1, Samples.at(100)), Appellant.anonymous());
        for (Appeal a : java.util.List.of(first, second, third, elsewhere)) {
            add(a);
        }
        Appeal done = revision(Samples.throughItsLifecycle(second, appeals.nextRegistrationNumber(SCHOOL, 2026)), 1);
        assertThat(appeals.replace(done)).isTrue();
        assertThat(appeals.withdrawn(SCHOOL, Samples.at(1), Samples.at(200))).containsExactly(first, done);
        assertThat(appeals.withdrawn(SCHOOL, Samples.at(1).plusNanos(1), Samples.at(200).plusNanos(1))).containsExactly(done, third);
        assertThat(appeals.withdrawn(SCHOOL, Samples.at(2), Samples.at(100))).isEmpty();
        assertThat(appeals.withdrawn(OTHER, Samples.at(0), Samples.at(300))).containsExactly(elsewhere);
        assertThat(appeals.withdrawn(SCHOOL, Samples.at(0), Samples.at(300))).isEqualTo(appeals.list(SCHOOL));
    }

    private void add(Appeal a) {
        Samples.add(stores, a);
    }

    @Test
    @DisplayName("R-4.4 the undecided appeals, and those decided since a moment, withdrawn before another: this school's only, whole")
    void undecided_and_decided_since() {
        Appeal first = Appeal.withdrawn(SCHOOL, new kg.trustbox.appeal.Withdrawal(ACT, 1, Samples.at(1)), Samples.signed());
        Appeal second = Appeal.withdrawn(SCHOOL, new kg.trustbox.appeal.Withdrawal(new ActNumber(2026, 2), 1, Samples.at(2)),
                Samples.signed());
        Appeal third = Appeal.withdrawn(SCHOOL, new kg.trustbox.appeal.Withdrawal(new ActNumber(2026, 3), 1, Samples.at(200)),
                Appellant.anonymous());
        Appeal elsewhere = Appeal.withdrawn(OTHER, new kg.trustbox.appeal.Withdrawal(ACT, 1, Samples.at(1)), Appellant.anonymous());
        for (Appeal a : java.util.List.of(first, second, third, elsewhere)) {
            add(a);
        }
        Appeal done = revision(Samples.throughItsLifecycle(second, appeals.nextRegistrationNumber(SCHOOL, 2026)), 1);
        assertThat(appeals.replace(done)).isTrue();
        java.time.Instant decided = done.decidedAt().orElseThrow();

        assertThat(appeals.undecided(SCHOOL)).containsExactly(first, third);
        assertThat(appeals.undecided(OTHER)).containsExactly(elsewhere);
        assertThat(appeals.undecidedOrDecidedSince(SCHOOL, decided, Samples.at(300))).containsExactly(first, done, third);
        assertThat(appeals.undecidedOrDecidedSince(SCHOOL, decided.plusNanos(1), Samples.at(300))).containsExactly(first, third);
        assertThat(appeals.undecidedOrDecidedSince(SCHOOL, Samples.at(0), Samples.at(200))).containsExactly(first, done);
        assertThat(appeals.undecidedOrDecidedSince(SCHOOL, Samples.at(0), Samples.at(1))).isEmpty();
        assertThat(appeals.undecidedOrDecidedSince(OTHER, Samples.at(0), Samples.at(300))).containsExactly(elsewhere);
    }

    @Test
    @DisplayName("R-1.5.1 the register page by page, by act then line: the pages make the list, each appeal whole")
    void pages() {
        Appeal a21 = Samples.withdrawn(SCHOOL, new ActNumber(2026, 2), 1, Samples.signed());
        Appeal a12 = Samples.withdrawn(SCHOOL, ACT, 2, Samples.signed());
        Appeal a11 = Samples.withdrawn(SCHOOL, ACT, 1, Appellant.anonymous());
        Appeal a10 = Samples.withdrawn(SCHOOL, new ActNumber(2026, 10), 1, Appellant.anonymous());
        Appeal old = Samples.withdrawn(SCHOOL, new ActNumber(2025, 30), 1, Appellant.anonymous());
        Appeal elsewhere = Samples.withdrawn(OTHER, ACT, 1, Appellant.anonymous());
        for (Appeal a : new Appeal[] {a21, a12, a10, a11, old, elsewhere}) {
            add(a);
        }
        Appeal done = revision(Samples.throughItsLifecycle(a12, appeals.nextRegistrationNumber(SCHOOL, 2026)), 1);
        Appeal doneToo = revision(Samples.throughItsLifecycle(a21, appeals.nextRegistrationNumber(SCHOOL, 2026)), 1);
        assertThat(appeals.replace(done)).isTrue();
        assertThat(appeals.replace(doneToo)).isTrue();

        assertThat(appeals.page(SCHOOL, Optional.empty(), 2)).containsExactly(old, a11);
        assertThat(appeals.page(SCHOOL, Optional.of(a11.id()), 2)).containsExactly(done, doneToo);
        assertThat(appeals.page(SCHOOL, Optional.of(a12.id()), 1)).containsExactly(doneToo);
        assertThat(appeals.page(SCHOOL, Optional.of(doneToo.id()), 2)).containsExactly(a10);
        assertThat(appeals.page(SCHOOL, Optional.of(a10.id()), 2)).isEmpty();
        assertThat(appeals.page(SCHOOL, Optional.empty(), 1000)).isEqualTo(appeals.list(SCHOOL));
        assertThat(appeals.page(OTHER, Optional.empty(), 1000)).containsExactly(elsewhere);
    }
}
