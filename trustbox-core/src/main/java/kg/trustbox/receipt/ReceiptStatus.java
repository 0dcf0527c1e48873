package kg.trustbox.receipt;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import kg.trustbox.appeal.RegistrationNumber;
import kg.trustbox.appeal.Verdict;

/**
 * What the holder of a receipt's stub learns of the appeal: where it stands, never who
 * wrote it nor what it says. A wrong, mistyped, unknown or another school's code is
 * {@link NotFound}, always the same. Immutable.
 */
public sealed interface ReceiptStatus permits ReceiptStatus.NotFound, ReceiptStatus.TryLater, ReceiptStatus.Received,
        ReceiptStatus.Registered, ReceiptStatus.UnderConsideration, ReceiptStatus.Forwarded, ReceiptStatus.Decided {

    /** The answer to every code that leads to no appeal of this school. */
    NotFound NOT_FOUND = new NotFound();

    /** The answer when the host's {@link LookupPolicy} refuses a lookup: the code was not looked at. */
    TryLater TRY_LATER = new TryLater();

    /** No appeal of this school carries this code. */
    record NotFound() implements ReceiptStatus {
    }

    /** Too many lookups for now; ask again later. */
    record TryLater() implements ReceiptStatus {
    }

    /** Taken out of the box on {@code on}, not registered yet. @param on the day of the opening */
    record Received(LocalDate on) implements ReceiptStatus {
        public Received {
            Objects.requireNonNull(on, "on");
        }
    }

    /**
     * Registered.
     *
     * @param number the registration number
     * @param on the day of registration
     */
    record Registered(RegistrationNumber number, LocalDate on) implements ReceiptStatus {
        public Registered {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(on, "on");
        }
    }

    /** Under consideration. @param due the day the decision is due, if a term runs */
    record UnderConsideration(Optional<LocalDate> due) implements ReceiptStatus {
        public UnderConsideration {
            Objects.requireNonNull(due, "due");
        }
    }

    /**
     * Forwarded to a competent body, the latest if more than one.
     *
     * @param body the body, as the register names it
     * @param due the day the decision is due, if a term runs
     */
    record Forwarded(String body, Optional<LocalDate> due) implements ReceiptStatus {
        public Forwarded {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(due, "due");
        }
    }

    /**
     * Decided, and answered or closed since, perhaps.
     *
     * @param verdict justified or not
     * @param publishedOutcome the outcome as the commission wrote it for publication, if it did
     */
    record Decided(Verdict verdict, Optional<String> publishedOutcome) implements ReceiptStatus {
        public Decided {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(publishedOutcome, "publishedOutcome");
        }
    }
}
