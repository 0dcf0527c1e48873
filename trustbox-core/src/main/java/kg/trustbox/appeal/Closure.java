package kg.trustbox.appeal;

import java.time.Instant;

/**
 * A decided appeal closed without an answer, because there is no one or nowhere to answer.
 *
 * @param at when it was closed
 * @param reason why
 */
public record Closure(Instant at, Reason reason) {
    /** Why no answer was sent. */
    public enum Reason {
        /** The appeal is anonymous. */
        ANONYMOUS,
        /** The signed appellant gave no usable way to answer. */
        NO_ADDRESS
    }
}
