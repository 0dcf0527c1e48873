package kg.trustbox.appeal;

import java.time.Instant;
import kg.trustbox.box.ActNumber;

/**
 * Where an appeal came from: the act and line it was withdrawn on (R-4.3, Appendix 2).
 *
 * @param act the withdrawal act
 * @param line the act's line
 * @param at when the box was opened
 */
public record Withdrawal(ActNumber act, int line, Instant at) {
}
