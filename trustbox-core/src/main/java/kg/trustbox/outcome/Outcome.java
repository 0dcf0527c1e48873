package kg.trustbox.outcome;

import java.util.Objects;
import java.util.function.Function;
import kg.trustbox.rule.Rule;

/**
 * The result of an operation the regulation may refuse: {@link Accepted} with the new value, or
 * {@link Rejected} naming the rule. A refused operation changes nothing.
 *
 * @param <T> the value an accepted operation yields
 */
public sealed interface Outcome<T> permits Outcome.Accepted, Outcome.Rejected {

    /** The operation took effect. @param value what it produced */
    record Accepted<T>(T value) implements Outcome<T> {
        public Accepted {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The regulation refused the operation; nothing changed. @param rejection why */
    record Rejected<T>(Rejection rejection) implements Outcome<T> {
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
        }
    }

    /** An accepted outcome. */
    static <T> Outcome<T> accepted(T value) {
        return new Accepted<>(value);
    }

    /** A rejected outcome. */
    static <T> Outcome<T> rejected(Rejection rejection) {
        return new Rejected<>(rejection);
    }

    /** A rejected outcome by {@code rule}, message {@code key}, showing {@code values}. */
    static <T> Outcome<T> rejected(Rule rule, String key, Object... values) {
        return new Rejected<>(Rejection.of(rule, key, values));
    }

    /** Whether the operation took effect. */
    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /** The value, or a {@link RuleViolationException} carrying the rejection. */
    default T orElseThrow() {
        if (this instanceof Accepted<T> a) {
            return a.value();
        }
        throw new RuleViolationException(((Rejected<T>) this).rejection());
    }

    /** The rejection, if rejected. */
    default java.util.Optional<Rejection> rejectionIfAny() {
        return this instanceof Rejected<T> r ? java.util.Optional.of(r.rejection()) : java.util.Optional.empty();
    }

    /** Applies {@code next} to an accepted value; a rejection passes through unchanged. */
    @SuppressWarnings("unchecked")
    default <U> Outcome<U> then(Function<? super T, Outcome<U>> next) {
        if (this instanceof Accepted<T> a) {
            return next.apply(a.value());
        }
        return (Outcome<U>) this;
    }

    /** Maps an accepted value; a rejection passes through unchanged. */
    default <U> Outcome<U> map(Function<? super T, ? extends U> mapper) {
        return then(v -> accepted(mapper.apply(v)));
    }
}
