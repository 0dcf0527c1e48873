package kg.trustbox.contract;

import static kg.trustbox.contract.Samples.OTHER;
import static kg.trustbox.contract.Samples.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.Boxes;
import kg.trustbox.box.OpenedBox;
import kg.trustbox.box.Seal;
import kg.trustbox.box.SealedBox;
import kg.trustbox.box.WithdrawalAct;
import kg.trustbox.store.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Boxes}, for every store. Calls follow the order the core makes them in:
 * a seal is recorded as used before a box carries it, an act is stored before an opened box names
 * it (a store may enforce both with foreign keys).
 */
public abstract class BoxesContract {
    private static final Seal FIRST = Seal.of("A-0001");

    private Boxes boxes;

    /** Fresh, empty stores. */
    protected abstract Stores newStores();

    @BeforeEach
    void fresh() {
        boxes = newStores().boxes();
    }

    private SealedBox install(kg.trustbox.school.SchoolId school) {
        assertThat(boxes.useSeal(school, FIRST)).isTrue();
        SealedBox box = SealedBox.installed(school, FIRST, Samples.T0);
        assertThat(boxes.replace(box)).isTrue();
        return box;
    }

    @Test
    void no_box_before_installation() {
        assertThat(boxes.find(SCHOOL)).isEmpty();
    }

    @Test
    void a_sealed_box_reads_back_exactly() {
        SealedBox box = install(SCHOOL);
        assertThat(boxes.find(SCHOOL)).contains(box);
    }

    @Test
    void a_first_box_is_stored_only_once() {
        install(SCHOOL);
        assertThat(boxes.replace(SealedBox.installed(SCHOOL, FIRST, Samples.at(3)))).isFalse();
        assertThat(boxes.find(SCHOOL).orElseThrow().revision()).isZero();
    }

    @Test
    @DisplayName("R-4.5 an opened box reads back with its whole opening: present, seal found, inspection, incidents, deviation, act")
    void an_opened_box_reads_back_exactly() {
        SealedBox sealed = install(SCHOOL);
        ActNumber act = boxes.nextActNumber(SCHOOL, 2026);
        boxes.saveAct(Samples.act(SCHOOL, act, Samples.signed(), Appellant.anonymous()));
        OpenedBox opened = sealed.open(Samples.opening(Optional.of(act), 2));
        assertThat(boxes.replace(opened)).isTrue();
        assertThat(boxes.find(SCHOOL)).contains(opened);

        OpenedBox withoutAct = new OpenedBox(SCHOOL, Samples.opening(Optional.empty(), 0), Samples.T0, 2);
        assertThat(boxes.replace(withoutAct)).isTrue();
        assertThat(boxes.find(SCHOOL)).contains(withoutAct);
    }

    @Test
    @DisplayName("R-4.5 a box is replaced only at the revision it was read at")
    void replace_is_compare_and_set() {
        SealedBox sealed = install(SCHOOL);
        OpenedBox opened = sealed.open(Samples.opening(Optional.empty(), 0));
        assertThat(boxes.replace(opened)).isTrue();
        assertThat(boxes.replace(sealed.open(Samples.opening(Optional.empty(), 0)))).isFalse();
        assertThat(boxes.useSeal(SCHOOL, Seal.of("A-0002"))).isTrue();
        SealedBox resealed = opened.seal(Seal.of("A-0002"), Samples.at(7));
        assertThat(boxes.replace(resealed)).isTrue();
        assertThat(boxes.replace(new SealedBox(SCHOOL, Seal.of("A-0002"), Samples.at(8), Samples.T0, 1))).isFalse();
        assertThat(boxes.find(SCHOOL)).contains(resealed);
    }

    @Test
    @DisplayName("R-4.5 a school never uses a seal number twice; other schools may use the same number")
    void seals_are_used_once_per_school() {
        assertThat(boxes.useSeal(SCHOOL, FIRST)).isTrue();
        assertThat(boxes.useSeal(SCHOOL, FIRST)).isFalse();
        assertThat(boxes.useSeal(OTHER, FIRST)).isTrue();
        assertThat(boxes.useSeal(SCHOOL, Seal.of("a-0001"))).isTrue();
    }

    @Test
    @DisplayName("R-4.5 a seal number that only looks different (zero-width space, Cyrillic letter, other dash, full-width) is the same seal")
    void look_alike_seal_numbers_are_the_same_seal() {
        assertThat(boxes.useSeal(SCHOOL, Seal.of("S-0"))).isTrue();
        for (String disguised : java.util.List.of("S\u200B-0", "\u0405-0", "S\u20100", "\uFF33-\uFF10", "S\u2060-0\uFEFF")) {
            assertThat(boxes.useSeal(SCHOOL, Seal.of(disguised))).as(disguised).isFalse();
        }
        assertThat(boxes.useSeal(SCHOOL, Seal.of("\u0421-0"))).as("Cyrillic Es is a Latin C, not S").isTrue();
    }

    @Test
    @DisplayName("R-4.3 act numbers are consecutive per school and year, from 1")
    void act_numbers() {
        assertThat(boxes.nextActNumber(SCHOOL, 2026)).isEqualTo(new ActNumber(2026, 1));
        assertThat(boxes.nextActNumber(SCHOOL, 2026)).isEqualTo(new ActNumber(2026, 1));
        boxes.saveAct(Samples.act(SCHOOL, new ActNumber(2026, 1), Appellant.anonymous()));
        assertThat(boxes.nextActNumber(SCHOOL, 2026)).isEqualTo(new ActNumber(2026, 2));
        assertThat(boxes.nextActNumber(SCHOOL, 2027)).isEqualTo(new ActNumber(2027, 1));
        assertThat(boxes.nextActNumber(OTHER, 2026)).isEqualTo(new ActNumber(2026, 1));
    }

    @Test
    void an_act_that_is_not_the_next_of_its_year_is_refused() {
        assertThatThrownBy(() -> boxes.saveAct(Samples.act(SCHOOL, new ActNumber(2026, 2), Appellant.anonymous())))
                .isInstanceOf(IllegalStateException.class);
        boxes.saveAct(Samples.act(SCHOOL, new ActNumber(2026, 1), Appellant.anonymous()));
        assertThatThrownBy(() -> boxes.saveAct(Samples.act(SCHOOL, new ActNumber(2026, 1), Appellant.anonymous())))
                .isInstanceOf(IllegalStateException.class);
        assertThat(boxes.nextActNumber(SCHOOL, 2026)).isEqualTo(new ActNumber(2026, 2));
    }

    @Test
    @DisplayName("R-6.2 a withdrawal act reads back with every line: signed with contacts, anonymous, notes")
    void act_round_trip() {
        WithdrawalAct act = Samples.act(SCHOOL, new ActNumber(2026, 1), Samples.signed(), Appellant.anonymous(),
                Samples.signedByPhone());
        boxes.saveAct(act);
        assertThat(boxes.act(SCHOOL, new ActNumber(2026, 1))).contains(act);
        assertThat(boxes.act(SCHOOL, new ActNumber(2026, 2))).isEmpty();
        assertThat(boxes.act(OTHER, new ActNumber(2026, 1))).isEmpty();
    }

    @Test
    void schools_do_not_see_each_other() {
        SealedBox mine = install(SCHOOL);
        assertThat(boxes.find(OTHER)).isEmpty();
        SealedBox theirs = install(OTHER);
        assertThat(boxes.find(SCHOOL)).contains(mine);
        assertThat(boxes.find(OTHER)).contains(theirs);
    }
}
