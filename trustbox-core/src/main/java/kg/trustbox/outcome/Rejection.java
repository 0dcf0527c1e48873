package kg.trustbox.outcome;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import kg.trustbox.rule.Messages;
import kg.trustbox.rule.Rule;

/**
 * Why the regulation refused an operation: the rule at stake, a message key and the offending
 * values (never personal data).
 *
 * @param rule the clause that refused
 * @param key the message key in {@link Messages#BUNDLE}
 * @param values the offending values, as the message shows them
 */
public record Rejection(Rule rule, String key, List<String> values) {
    public Rejection {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(key, "key");
        values = List.copyOf(values);
    }

    /** A rejection by {@code rule}, message {@code key}, showing {@code values} (formatted with {@code String.valueOf}). */
    public static Rejection of(Rule rule, String key, Object... values) {
        return new Rejection(rule, key, java.util.Arrays.stream(values).map(String::valueOf).toList());
    }

    /** The message in {@code locale}, prefixed with the rule id, for example "R-4.3: ...". */
    public String message(Locale locale) {
        return rule.id() + ": " + Messages.format(key, locale, values.toArray());
    }

    /** The message in English. */
    @Override
    public String toString() {
        return message(Locale.ROOT);
    }
}
