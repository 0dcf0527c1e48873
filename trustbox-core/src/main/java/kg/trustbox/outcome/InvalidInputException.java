package kg.trustbox.outcome;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import kg.trustbox.rule.Messages;

/**
 * Input that breaks a constraint of its record (blank, too long, out of range, control
 * characters). Nothing was changed. The message names each field and constraint but never echoes
 * text that could be personal data.
 */
public final class InvalidInputException extends TrustBoxException {
    private final transient List<Violation> violations;

    /**
     * One broken constraint.
     *
     * @param field the property path, for example {@code appellant.fullName}
     * @param key the message key in {@link Messages#BUNDLE}
     * @param values the constraint's parameters (limits), never the offending text
     */
    public record Violation(String field, String key, List<String> values) {
        public Violation {
            values = List.copyOf(values);
        }

        /** The violation in {@code locale}, for example "summary: must not be blank". */
        public String message(Locale locale) {
            return field + ": " + Messages.format(key, locale, values.toArray());
        }
    }

    private final String inputName;

    /**
     * @param inputName what was refused, for example {@code registration}
     * @param violations the broken constraints
     */
    public InvalidInputException(String inputName, List<Violation> violations) {
        super(null, null);
        this.inputName = inputName;
        this.violations = List.copyOf(violations);
    }

    /** The broken constraints. */
    public List<Violation> violations() {
        return violations;
    }

    @Override
    public String getLocalizedMessage(Locale locale) {
        return Messages.format("input.invalid", locale, inputName,
                violations.stream().map(v -> v.message(locale)).sorted().collect(Collectors.joining("; ")));
    }
}
