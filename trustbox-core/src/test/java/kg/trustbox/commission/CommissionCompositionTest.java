package kg.trustbox.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.rule.Rule;
import kg.trustbox.school.SchoolId;
import kg.trustbox.testing.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-5.1 the commission is appointed by order, odd in number, with a parent representative")
class CommissionCompositionTest {
    private static final SchoolId SCHOOL = SchoolId.of("s1");
    private static final Order ORDER = new Order("12", LocalDate.of(2026, 8, 20));

    private static List<Member> members(List<Boolean> parentFlags) {
        List<Member> list = new ArrayList<>();
        for (int i = 0; i < parentFlags.size(); i++) {
            list.add(new Member(PersonId.of("m" + i), "Member " + i, "teacher", parentFlags.get(i)));
        }
        return list;
    }

    @Test
    @DisplayName("R-5.1 property: accepted iff the size is odd and at least 3 and a parent representative is in it")
    void acceptedExactlyWhenOddAtLeastThreeWithParent() {
        qt().forAll(lists().of(booleans().all()).ofSizeBetween(0, 12)).checkAssert(flags -> {
            Outcome<Commission> outcome = Commission.appoint(SCHOOL, ORDER, members(flags));
            boolean expected = flags.size() >= 3 && flags.size() % 2 == 1 && flags.contains(true);
            assertThat(outcome.isAccepted()).as("members %s", flags).isEqualTo(expected);
            outcome.rejectionIfAny().ifPresent(r -> assertThat(r.rule()).isEqualTo(Rule.R_5_1));
        });
    }

    @Test
    @DisplayName("R-5.1 no person sits twice")
    void noPersonTwice() {
        List<Member> five = new ArrayList<>(Fixtures.fiveMembers());
        five.set(4, new Member(five.get(0).id(), "Someone else", "teacher", false));
        Outcome<Commission> outcome = Commission.appoint(SCHOOL, ORDER, five);
        assertThat(outcome.rejectionIfAny()).hasValueSatisfying(r -> {
            assertThat(r.rule()).isEqualTo(Rule.R_5_1);
            assertThat(r.key()).isEqualTo("commission.duplicateMember");
            assertThat(r.values()).containsExactly("p1");
        });
    }

    @Test
    @DisplayName("R-5.1 an even commission is refused with a message naming the rule and the count")
    void evenMessage() {
        Outcome<Commission> outcome = Commission.appoint(SCHOOL, ORDER, Fixtures.fiveMembers().subList(0, 4));
        assertThat(outcome.rejectionIfAny().orElseThrow().message(java.util.Locale.ROOT))
                .isEqualTo("R-5.1: the commission must have an odd number of members, not 4");
        assertThat(outcome.rejectionIfAny().orElseThrow().message(kg.trustbox.rule.Messages.RUSSIAN))
                .startsWith("R-5.1: число членов комиссии должно быть нечётным");
        assertThat(outcome.rejectionIfAny().orElseThrow().message(kg.trustbox.rule.Messages.KYRGYZ))
                .startsWith("R-5.1: комиссиянын мүчөлөрүнүн саны так болушу керек");
    }

    @Test
    @DisplayName("R-5.1 a later order recomposes the commission and keeps the history by date")
    void recompositionKeepsHistory() {
        kg.trustbox.testing.Harness h = kg.trustbox.testing.Harness.inMemory();
        Fixtures.constitute(h.office);
        List<Member> changed = new ArrayList<>(Fixtures.fiveMembers());
        changed.set(4, new Member(PersonId.of("p6"), "Токтосунова Бермет", "мугалим", false));
        Order later = new Order("80-к", LocalDate.of(2026, 11, 2));
        Commission recomposed = h.office.appointCommission(later, changed).orElseThrow();

        assertThat(recomposed.isConstituted()).as("chair and secretary are still members").isTrue();
        assertThat(h.office.commissionOn(LocalDate.of(2026, 10, 1)).orElseThrow().isMember(Fixtures.TEACHER)).isTrue();
        assertThat(h.office.commissionOn(LocalDate.of(2026, 11, 3)).orElseThrow().isMember(Fixtures.TEACHER)).isFalse();
        assertThat(h.office.commissionOn(LocalDate.of(2026, 11, 3)).orElseThrow().isMember(PersonId.of("p6"))).isTrue();
        assertThat(h.office.commissionOn(LocalDate.of(2026, 8, 1))).isEmpty();
    }

    @Test
    @DisplayName("R-5.2 R-5.4 a new order without the responsible person, the chair or the secretary removes them from office")
    void recompositionDropsWhoLeft() {
        Commission constituted = Commission.appoint(kg.trustbox.school.SchoolId.of("s1"), new Order("45", LocalDate.of(2026, 8, 25)),
                Fixtures.fiveMembers()).orElseThrow()
                .appointResponsible(Fixtures.RESPONSIBLE, new Order("46", LocalDate.of(2026, 8, 25))).orElseThrow()
                .elect(new Election(LocalDate.of(2026, 8, 28),
                        Fixtures.fiveMembers().stream().map(m -> new Vote(m.id(), Fixtures.CHAIR)).toList(),
                        Fixtures.fiveMembers().stream().map(m -> new Vote(m.id(), Fixtures.SECRETARY)).toList()), Quorum.majority())
                .orElseThrow();
        Order later = new Order("80-к", LocalDate.of(2026, 11, 2));
        for (PersonId leaving : List.of(Fixtures.RESPONSIBLE, Fixtures.CHAIR, Fixtures.SECRETARY)) {
            List<Member> without = new ArrayList<>(Fixtures.fiveMembers().stream().filter(m -> !m.id().equals(leaving)).toList());
            without.add(new Member(PersonId.of("p9"), "Токтосунова Бермет", "мугалим", false));
            Commission next = constituted.recompose(later, without).orElseThrow();
            assertThat(next.responsiblePerson().isPresent()).as("responsible person after %s left", leaving)
                    .isEqualTo(!leaving.equals(Fixtures.RESPONSIBLE));
            assertThat(next.isConstituted()).as("officers after %s left", leaving)
                    .isEqualTo(leaving.equals(Fixtures.RESPONSIBLE));
        }
    }

    @Test
    @DisplayName("R-5.1 a recomposition dated before the order in force is refused")
    void backdatedRecomposition() {
        kg.trustbox.testing.Harness h = kg.trustbox.testing.Harness.inMemory();
        Fixtures.constitute(h.office);
        Outcome<Commission> o = h.office.appointCommission(new Order("1", LocalDate.of(2026, 1, 1)), Fixtures.fiveMembers());
        assertThat(o.rejectionIfAny().orElseThrow().key()).isEqualTo("commission.orderBackdated");
    }

    @Test
    @DisplayName("R-5.1 property: any size between 0 and 40 with a parent is accepted exactly when odd and >= 3")
    void sizes() {
        qt().forAll(integers().between(0, 40)).checkAssert(n -> {
            List<Boolean> flags = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                flags.add(i == 0);
            }
            assertThat(Commission.appoint(SCHOOL, ORDER, members(flags)).isAccepted()).isEqualTo(n >= 3 && n % 2 == 1);
        });
    }
}
