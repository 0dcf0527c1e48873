package kg.trustbox.school;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import kg.trustbox.input.Limits;

/**
 * A school's identifier, chosen by the integrator (for example the ministry's school code).
 * Every row and every call of the library is keyed by it.
 *
 * @param value 1 to 64 letters, digits, '-' or '_'
 */
public record SchoolId(@NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String value) {
    private static final java.util.regex.Pattern FORMAT = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public SchoolId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw Limits.refused("schoolId", "constraint.schoolId");
        }
    }

    /** The school with id {@code value}. */
    public static SchoolId of(String value) {
        return new SchoolId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
