package kg.trustbox;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import kg.trustbox.access.Declaration;
import kg.trustbox.commission.Commission;
import kg.trustbox.commission.Election;
import kg.trustbox.commission.Member;
import kg.trustbox.commission.Order;
import kg.trustbox.commission.PersonId;
import kg.trustbox.input.Limits;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The commission's appointments and election, the commission a step needs
 * (in force on a day, and constituted), and the host's declarations of the roles the library keeps
 * no record of. Not API; thread-safe.
 */
final class Appointments {
    private static final Logger LOG = LoggerFactory.getLogger(Appointments.class);
    private final Desk desk;

    Appointments(Desk desk) {
        this.desk = desk;
    }

    Outcome<Commission> appoint(Order order, List<Member> members) {
        desk.inputs().require("order", order);
        Limits.count("members", members.size(), 0, Limits.MAX_COMMISSION_MEMBERS);
        members.forEach(m -> desk.inputs().require("member", m));
        return desk.step(() -> {
            Optional<Commission> current = current();
            Outcome<Commission> next = current.isPresent()
                    ? current.get().recompose(order, members)
                    : Commission.appoint(desk.school().id(), order, members);
            return saved(next, "commission appointed by order {}", order.number());
        });
    }

    Outcome<Commission> appointResponsible(PersonId person, Order order) {
        desk.inputs().require("person", person);
        desk.inputs().require("order", order);
        return desk.step(() -> withCurrent(c -> saved(c.appointResponsible(person, order),
                "responsible person appointed by order {}", order.number())));
    }

    Outcome<Commission> elect(Election election) {
        desk.inputs().require("election", election);
        return desk.step(() -> withCurrent(c -> saved(c.elect(election, desk.regulation().quorum()),
                "chair and secretary elected on {}", election.date())));
    }

    /**
     * Records the host's declaration of a director or auditor; a role the commission's
     * records show is not declared, and only someone who holds the role on the order's date can be
     * dismissed from it.
     */
    Outcome<Declaration> declare(Declaration declaration) {
        desk.inputs().require("declaration", declaration);
        if (!declaration.role().isDeclared()) {
            return Outcome.rejected(Rule.R_6_1, "access.roleNotDeclarable", declaration.role());
        }
        return desk.step(() -> {
            if (declaration.kind() == Declaration.Kind.DISMISSAL && declaredOn(declaration.order().date()).stream()
                    .noneMatch(d -> d.person().equals(declaration.person()) && d.role() == declaration.role())) {
                return Outcome.rejected(Rule.R_6_1, "access.notDeclared", declaration.person(), declaration.role(),
                        declaration.order().date());
            }
            if (desk.stores().declarations().add(desk.school().id(), declaration)) {
                LOG.debug("school {}: {} {} by order {}", desk.school().id(), declaration.role(), declaration.kind(),
                        declaration.order().number());
            }
            return Outcome.accepted(declaration);
        });
    }

    /** The declarations in force on {@code date}. */
    List<Declaration> declaredOn(LocalDate date) {
        return Declaration.inForce(desk.stores().declarations().list(desk.school().id()), date);
    }

    Optional<Commission> current() {
        return desk.stores().commissions().current(desk.school().id());
    }

    Optional<Commission> on(LocalDate date) {
        Limits.day("date", date);
        return desk.stores().commissions().asOf(desk.school().id(), date);
    }

    /** The commission in force on {@code date}, if it is constituted; otherwise the refusal. */
    Outcome<Commission> constitutedOn(LocalDate date) {
        Optional<Commission> found = on(date);
        if (found.isEmpty()) {
            return Outcome.rejected(Rule.R_5_1, "commission.none", desk.school().id());
        }
        if (!found.get().isConstituted()) {
            return Outcome.rejected(Rule.R_5_4, "commission.notConstituted", desk.school().id());
        }
        return Outcome.accepted(found.get());
    }

    private Outcome<Commission> saved(Outcome<Commission> outcome, String message, Object arg) {
        if (outcome instanceof Outcome.Accepted<Commission> a) {
            desk.stores().commissions().save(a.value());
            LOG.debug("school {}: " + message, desk.school().id(), arg);
        }
        return outcome;
    }

    private <T> Outcome<T> withCurrent(Function<Commission, Outcome<T>> then) {
        return current().map(then).orElseGet(() -> Outcome.rejected(Rule.R_5_1, "commission.none", desk.school().id()));
    }
}
