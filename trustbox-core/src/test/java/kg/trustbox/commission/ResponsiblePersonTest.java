package kg.trustbox.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kg.trustbox.rule.Rule;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.testing.Harness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-5.2 the responsible person is appointed by order from among the commission")
class ResponsiblePersonTest {
    private final Order order = new Order("46-к", LocalDate.of(2026, 8, 25));

    @Test
    @DisplayName("R-5.2 a member is appointed, with the order recorded")
    void memberAppointed() {
        Harness h = Harness.inMemory();
        h.office.appointCommission(new Order("45-к", LocalDate.of(2026, 8, 25)), Fixtures.fiveMembers()).orElseThrow();
        Commission c = h.office.appointResponsiblePerson(Fixtures.RESPONSIBLE, order).orElseThrow();
        assertThat(c.responsiblePerson()).contains(new ResponsiblePerson(Fixtures.RESPONSIBLE, order));
        assertThat(h.office.commission().orElseThrow().responsiblePerson()).isPresent();
    }

    @Test
    @DisplayName("R-5.2 a person outside the commission is refused and nothing changes")
    void outsiderRefused() {
        Harness h = Harness.inMemory();
        h.office.appointCommission(new Order("45-к", LocalDate.of(2026, 8, 25)), Fixtures.fiveMembers()).orElseThrow();
        var outcome = h.office.appointResponsiblePerson(PersonId.of("director"), order);
        assertThat(outcome.rejectionIfAny().orElseThrow().rule()).isEqualTo(Rule.R_5_2);
        assertThat(h.office.commission().orElseThrow().responsiblePerson()).isEmpty();
    }

    @Test
    @DisplayName("R-5.2 without a commission there is no one to appoint from")
    void noCommission() {
        Harness h = Harness.inMemory();
        assertThat(h.office.appointResponsiblePerson(Fixtures.RESPONSIBLE, order).rejectionIfAny().orElseThrow().key())
                .isEqualTo("commission.none");
    }
}
