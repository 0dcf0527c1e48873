package kg.trustbox.appeal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The one extension of the consideration term (Law No. 67), with its reason.
 *
 * @param at when it was granted
 * @param reason why
 * @param newDue the new due date
 */
public record Extension(Instant at, String reason, LocalDate newDue) {
}
