package kg.trustbox.box;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.input.PlainText;

/**
 * One paper taken out of the box, as the withdrawal act lists it.
 *
 * @param from who wrote it, as written on it, or anonymous
 * @param note the act's note for this line (may be empty), never the appeal's content
 */
public record Paper(@NotNull @Valid Appellant from, @NotNull @Size(max = 300) @PlainText String note) {

    /** A paper with no note. */
    public static Paper from(Appellant appellant) {
        return new Paper(appellant, "");
    }
}
