package kg.trustbox.access;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import kg.trustbox.commission.Order;
import kg.trustbox.commission.PersonId;

/**
 * The host's record that a person takes up or leaves a role the library keeps no record of
 * the school's director or an auditor ({@link Role#isDeclared()}), by an order. Declared
 * once with {@code TrustBoxOffice#declare}, kept by the {@link Declarations} port, and checked on
 * the day of every read that claims the role ({@link #inForce}).
 *
 * @param person who takes up or leaves the role
 * @param role {@link Role#DIRECTOR} or {@link Role#AUDITOR}
 * @param order the order that appoints or dismisses them, from its date on
 * @param kind an appointment or a dismissal
 */
public record Declaration(@NotNull PersonId person, @NotNull Role role, @NotNull @Valid Order order, @NotNull Kind kind) {

    /** What the order does. */
    public enum Kind {
        /** The person holds the role from the order's date. */
        APPOINTMENT,
        /** The person no longer holds the role from the order's date. */
        DISMISSAL
    }

    public Declaration {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(kind, "kind");
    }

    /** An appointment: {@code person} holds {@code role} from the date of {@code order}. */
    public Declaration(PersonId person, Role role, Order order) {
        this(person, role, order, Kind.APPOINTMENT);
    }

    /** A dismissal: {@code person} no longer holds {@code role} from the date of {@code order}. */
    public static Declaration dismissal(PersonId person, Role role, Order order) {
        return new Declaration(person, role, order, Kind.DISMISSAL);
    }

    /**
     * The appointments among {@code declarations} in force on {@code day}: dated on or before it,
     * and neither followed by a dismissal of the same person from the same role dated on or before
     * {@code day} (a dismissal dated the same day as the appointment ends it), nor, for the
     * director, of whom there is one, by another director's appointment dated later.
     */
    public static List<Declaration> inForce(List<Declaration> declarations, LocalDate day) {
        return declarations.stream().filter(a -> a.kind == Kind.APPOINTMENT && !a.order.date().isAfter(day))
                .filter(a -> declarations.stream().noneMatch(later -> later != a && later.role == a.role
                        && !later.order.date().isAfter(day) && ends(later, a)))
                .toList();
    }

    /** Whether {@code later} ends {@code appointment}. */
    private static boolean ends(Declaration later, Declaration appointment) {
        LocalDate from = appointment.order.date();
        if (later.kind == Kind.DISMISSAL) {
            return later.person.equals(appointment.person) && !later.order.date().isBefore(from);
        }
        return later.role == Role.DIRECTOR && later.order.date().isAfter(from);
    }
}
