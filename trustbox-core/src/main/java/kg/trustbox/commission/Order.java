package kg.trustbox.commission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import kg.trustbox.input.PlainText;

/**
 * A director's order (буйрук, приказ) that appoints a commission or a responsible person.
 *
 * @param number the order's number as written, for example {@code 45-к}
 * @param date the date of the order
 */
public record Order(@NotBlank @Size(max = 40) @PlainText String number, @NotNull LocalDate date) {
}
