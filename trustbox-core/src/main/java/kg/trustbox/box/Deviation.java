package kg.trustbox.box;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import kg.trustbox.input.PlainText;

/**
 * Why an opening took place outside its slot, for example "Tuesday 7 November was a
 * public holiday; opened on the next working day".
 *
 * @param reason the recorded reason
 */
public record Deviation(@NotBlank @Size(max = 500) @PlainText String reason) {
}
