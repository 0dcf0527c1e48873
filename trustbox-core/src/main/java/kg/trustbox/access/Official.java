package kg.trustbox.access;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kg.trustbox.commission.Commission;
import kg.trustbox.commission.PersonId;

/**
 * A school official who asks to read appeals, with the roles they claim; each claim is checked on
 * the day of the read ({@link #contradictedBy}).
 *
 * @param id the person
 * @param roles one or more roles
 */
public record Official(@NotNull PersonId id, @NotEmpty Set<Role> roles) {
    public Official {
        Objects.requireNonNull(id, "id");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** An official with {@code roles}. */
    public static Official of(PersonId id, Role first, Role... more) {
        return new Official(id, EnumSet.of(first, more));
    }

    /**
     * The first role claimed that the records contradict on the day of a read:
     * {@link Role#COMMISSION_MEMBER} by someone who is not a member of {@code commission},
     * {@link Role#RESPONSIBLE_PERSON} by someone who is not its responsible person (no commission at
     * all contradicts both), {@link Role#DIRECTOR} or {@link Role#AUDITOR} by someone with no such
     * declaration among {@code declared} (the declarations in force that day).
     */
    public Optional<Role> contradictedBy(Optional<Commission> commission, List<Declaration> declared) {
        for (Role role : Role.values()) {
            if (!roles.contains(role)) {
                continue;
            }
            boolean holds = switch (role) {
                case COMMISSION_MEMBER -> commission.map(c -> c.isMember(id)).orElse(false);
                case RESPONSIBLE_PERSON -> commission.flatMap(Commission::responsiblePerson)
                        .map(r -> r.person().equals(id)).orElse(false);
                case DIRECTOR, AUDITOR -> declared.stream().anyMatch(d -> d.person().equals(id) && d.role() == role);
            };
            if (!holds) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** Whether the official has {@code role}. */
    public boolean has(Role role) {
        return roles.contains(role);
    }
}
