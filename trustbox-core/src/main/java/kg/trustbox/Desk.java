package kg.trustbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;
import kg.trustbox.input.Inputs;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.school.School;
import kg.trustbox.store.Stores;

/**
 * What every part of the office works with: the school, its stores, the clock, the rules in force
 * and the input validation. The clock is read here and nowhere else. Not API; immutable.
 *
 * @param school the school
 * @param stores the ports
 * @param clock the clock
 * @param regulation the rules in force
 * @param inputs the input validation
 */
record Desk(School school, Stores stores, Clock clock, Regulation regulation, Inputs inputs) {
    Desk {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(stores, "stores");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(regulation, "regulation");
        Objects.requireNonNull(inputs, "inputs");
        inputs.require("school", school);
    }

    /** Now. */
    Instant now() {
        return clock.instant();
    }

    /** Today on the school's wall clock. */
    LocalDate today() {
        return day(clock.instant());
    }

    /** {@code instant}'s day on the school's wall clock. */
    LocalDate day(Instant instant) {
        return school.local(instant).toLocalDate();
    }

    /** Runs {@code work} as one transaction of the stores. */
    <T> Outcome<T> step(Supplier<Outcome<T>> work) {
        return stores.transactions().inTransaction(work);
    }
}
