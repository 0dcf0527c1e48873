package kg.trustbox.commission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import kg.trustbox.input.Limits;

/**
 * Identifies a school official (a commission member, the director, an auditor) in the host
 * system, for example its staff number.
 *
 * @param value 1 to 64 letters, digits, '.', '-' or '_'
 */
public record PersonId(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String value) {
    private static final java.util.regex.Pattern FORMAT = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public PersonId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw Limits.refused("personId", "constraint.personId");
        }
    }

    /** The person with id {@code value}. */
    public static PersonId of(String value) {
        return new PersonId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
