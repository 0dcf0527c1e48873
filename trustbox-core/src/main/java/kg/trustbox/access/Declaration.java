package kg.trustbox.access;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import kg.trustbox.commission.Order;
import kg.trustbox.commission.PersonId;

/**
 * The host's record that a person holds a role the library keeps no record of: the school's
 * director or an auditor ({@link Role#isDeclared()}), appointed by an order. Declared once with
 * {@code TrustBoxOffice#declare}, kept by the {@link Declarations} port, and checked on the day of
 * every read that claims the role.
 *
 * @param person who holds the role
 * @param role {@link Role#DIRECTOR} or {@link Role#AUDITOR}
 * @param order the order that appoints them; the role is held from its date on
 */
public record Declaration(@NotNull PersonId person, @NotNull Role role, @NotNull @Valid Order order) {
    public Declaration {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(order, "order");
    }

    /** Whether the role is held on {@code day}: the order is dated on or before it. */
    public boolean inForceOn(LocalDate day) {
        return !order.date().isAfter(day);
    }
}
