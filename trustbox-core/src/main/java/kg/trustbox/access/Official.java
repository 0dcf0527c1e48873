package kg.trustbox.access;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import kg.trustbox.commission.PersonId;

/**
 * A school official who asks to read appeals, with the roles the host system vouches for.
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

    /** Whether the official has {@code role}. */
    public boolean has(Role role) {
        return roles.contains(role);
    }
}
