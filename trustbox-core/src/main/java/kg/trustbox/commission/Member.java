package kg.trustbox.commission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kg.trustbox.rule.PlainText;

/**
 * A member of the opening commission.
 *
 * @param id the person
 * @param fullName the full name, as signature lines show it
 * @param position the position, for example "teacher" or "parent"
 * @param parentRepresentative whether the member represents the parent community
 */
public record Member(
        @NotNull PersonId id,
        @NotBlank @Size(max = 200) @PlainText String fullName,
        @NotBlank @Size(max = 200) @PlainText String position,
        boolean parentRepresentative) {
}
