package kg.trustbox.contract;

import static kg.trustbox.contract.Samples.OTHER;
import static kg.trustbox.contract.Samples.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kg.trustbox.commission.Commission;
import kg.trustbox.commission.Commissions;
import kg.trustbox.commission.Order;
import kg.trustbox.store.Stores;
import kg.trustbox.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The contract of {@link Commissions}, for every store. Subclasses provide fresh, empty stores. */
public abstract class CommissionsContract {
    private static final LocalDate AUG_25 = LocalDate.of(2026, 8, 25);

    private Commissions commissions;

    /** Fresh, empty stores. */
    protected abstract Stores newStores();

    @BeforeEach
    void fresh() {
        commissions = newStores().commissions();
    }

    @Test
    void a_school_without_a_commission_has_no_history() {
        assertThat(commissions.history(SCHOOL)).isEmpty();
        assertThat(commissions.current(SCHOOL)).isEmpty();
    }

    @Test
    @DisplayName("R-5.1, R-5.2, R-5.4 a commission reads back with its members, responsible person, officers and votes")
    void round_trip() {
        Commission c = Samples.constituted(SCHOOL, "45-к", AUG_25);
        commissions.save(c);
        assertThat(commissions.history(SCHOOL)).containsExactly(c);
        assertThat(commissions.current(SCHOOL)).contains(c);
    }

    @Test
    @DisplayName("R-5.1 the largest commission the rules admit (25 members, names and positions at their limits) is stored and read back; 26 are refused")
    void the_largest_admissible_commission() {
        List<kg.trustbox.commission.Member> members = new java.util.ArrayList<>();
        for (int i = 0; i < kg.trustbox.input.Limits.MAX_COMMISSION_MEMBERS; i++) {
            members.add(new kg.trustbox.commission.Member(kg.trustbox.commission.PersonId.of("m-" + "9".repeat(60) + i),
                    "Ө".repeat(199) + (char) ('a' + i), "ө".repeat(200), "ы".repeat(200), i == 0));
        }
        Commission largest = Commission.appoint(SCHOOL, new Order("Ө".repeat(40), AUG_25), members).orElseThrow();
        commissions.save(largest);
        assertThat(commissions.history(SCHOOL)).containsExactly(largest);

        kg.trustbox.testing.Harness h = new kg.trustbox.testing.Harness(newStores(), Fixtures.school("largest-" + members.size()),
                kg.trustbox.Regulation.defaults());
        List<kg.trustbox.commission.Member> tooMany = new java.util.ArrayList<>(members);
        tooMany.add(new kg.trustbox.commission.Member(kg.trustbox.commission.PersonId.of("m-26"), "Асанов Бакыт", "мугалим", false));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> h.office.appointCommission(new Order("1", AUG_25), tooMany))
                .isInstanceOfSatisfying(kg.trustbox.outcome.InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("members"));
        assertThat(h.office.commission()).isEmpty();
    }

    @Test
    void saving_by_the_same_order_replaces_that_version() {
        commissions.save(Samples.appointed(SCHOOL, "45-к", AUG_25));
        Commission constituted = Samples.constituted(SCHOOL, "45-к", AUG_25);
        commissions.save(constituted);
        assertThat(commissions.history(SCHOOL)).containsExactly(constituted);
    }

    @Test
    @DisplayName("R-5.1 every composition is kept, oldest order first, and asOf finds the one in force on a date")
    void history_by_order_date() {
        Commission later = Samples.appointed(SCHOOL, "12-к", LocalDate.of(2027, 1, 10));
        Commission first = Samples.constituted(SCHOOL, "45-к", AUG_25);
        commissions.save(later);
        commissions.save(first);
        assertThat(commissions.history(SCHOOL)).containsExactly(first, later);
        assertThat(commissions.current(SCHOOL)).contains(later);
        assertThat(commissions.asOf(SCHOOL, LocalDate.of(2026, 12, 31))).contains(first);
        assertThat(commissions.asOf(SCHOOL, LocalDate.of(2027, 1, 10))).contains(later);
        assertThat(commissions.asOf(SCHOOL, LocalDate.of(2026, 8, 24))).isEmpty();
    }

    @Test
    void two_orders_of_one_day_keep_the_order_they_were_saved_in() {
        Commission a = Samples.appointed(SCHOOL, "45-к", AUG_25);
        Commission b = new Commission(SCHOOL, new Order("47-к", AUG_25), Fixtures.fiveMembers().subList(0, 3),
                java.util.Optional.empty(), java.util.Optional.empty());
        commissions.save(a);
        commissions.save(b);
        assertThat(commissions.history(SCHOOL)).containsExactly(a, b);
        commissions.save(a);
        assertThat(commissions.history(SCHOOL)).containsExactly(b, a);
    }

    @Test
    void schools_do_not_see_each_other() {
        Commission mine = Samples.constituted(SCHOOL, "45-к", AUG_25);
        Commission theirs = Samples.appointed(OTHER, "45-к", AUG_25);
        commissions.save(mine);
        commissions.save(theirs);
        assertThat(commissions.history(SCHOOL)).containsExactly(mine);
        assertThat(commissions.history(OTHER)).containsExactly(theirs);
        assertThat(commissions.history(kg.trustbox.school.SchoolId.of("school-c"))).isEqualTo(List.of());
    }
}
