package kg.trustbox.appeal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import kg.trustbox.input.PlainText;

/**
 * The appeal sent to a competent body for consideration.
 *
 * @param body the body, for example "district education department"
 * @param date the date of the outgoing letter
 * @param letterNumber the outgoing letter's number
 */
public record Forwarding(
        @NotBlank @Size(max = 300) @PlainText String body,
        @NotNull LocalDate date,
        @NotBlank @Size(max = 40) @PlainText String letterNumber) {
}
