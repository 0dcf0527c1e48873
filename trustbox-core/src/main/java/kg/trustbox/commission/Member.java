package kg.trustbox.commission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kg.trustbox.input.PlainText;
import kg.trustbox.school.Language;

/**
 * A member of the opening commission.
 *
 * @param id the person
 * @param fullName the full name, as signature lines show it
 * @param position the position in Kyrgyz, for example "мугалим", as Kyrgyz documents show it
 * @param positionRu the position in Russian, as Russian documents show it
 * @param parentRepresentative whether the member represents the parent community
 */
public record Member(
        @NotNull PersonId id,
        @NotBlank @Size(max = 200) @PlainText String fullName,
        @NotBlank @Size(max = 200) @PlainText String position,
        @NotBlank @Size(max = 200) @PlainText String positionRu,
        boolean parentRepresentative) {

    /** A member whose position reads the same in both languages. */
    public Member(PersonId id, String fullName, String position, boolean parentRepresentative) {
        this(id, fullName, position, position, parentRepresentative);
    }

    /** The position in {@code language}. */
    public String position(Language language) {
        return language == Language.RUSSIAN ? positionRu : position;
    }
}
