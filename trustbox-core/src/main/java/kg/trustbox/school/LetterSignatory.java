package kg.trustbox.school;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import kg.trustbox.input.PlainText;

/**
 * Who signs the school's letters to appellants (the answer, the forwarding notice and the
 * extension notice, Law No. 67), as the school configures it with {@link
 * School#withLetterSignatory}: usually the director, or whoever the director's order names. A
 * school that configures nobody gets the director's position with a blank name line, never a
 * commission officer by accident. Immutable.
 *
 * @param fullName the signatory's full name
 * @param positionKy the position in Kyrgyz, for example "Мектептин директору"
 * @param positionRu the position in Russian, for example "Директор школы"
 */
public record LetterSignatory(
        @NotBlank @Size(max = 200) @PlainText String fullName,
        @NotBlank @Size(max = 200) @PlainText String positionKy,
        @NotBlank @Size(max = 200) @PlainText String positionRu) {

    /** The position in {@code language}. */
    public String position(Language language) {
        return language == Language.RUSSIAN ? positionRu : positionKy;
    }
}
