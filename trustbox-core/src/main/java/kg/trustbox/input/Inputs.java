package kg.trustbox.input;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kg.trustbox.outcome.InvalidInputException;

/**
 * Checks input records against their Bean Validation constraints and turns violations into an
 * {@link InvalidInputException} with localisable messages.
 *
 * <p>The core depends on the Bean Validation API only; a provider (Hibernate Validator) must be on
 * the class path at run time, or a {@link Validator} passed in. Thread-safe.
 */
public final class Inputs {
    private static volatile Validator defaultValidator;

    private final Validator validator;

    private Inputs(Validator validator) {
        this.validator = validator;
    }

    /** Checks with {@code validator}. */
    public static Inputs using(Validator validator) {
        return new Inputs(java.util.Objects.requireNonNull(validator, "validator"));
    }

    /** Checks with the class path's default Bean Validation provider, built once. */
    public static Inputs usingDefaultProvider() {
        Validator v = defaultValidator;
        if (v == null) {
            synchronized (Inputs.class) {
                if (defaultValidator == null) {
                    try {
                        defaultValidator = Validation.buildDefaultValidatorFactory().getValidator();
                    } catch (NoProviderFoundException e) {
                        throw new IllegalStateException("trustbox needs a Bean Validation provider on the class path: "
                                + "add org.hibernate.validator:hibernate-validator and org.glassfish.expressly:expressly", e);
                    }
                }
                v = defaultValidator;
            }
        }
        return new Inputs(v);
    }

    /**
     * Returns {@code input} if it is non-null and satisfies its constraints.
     *
     * @throws InvalidInputException naming each broken constraint
     */
    public <T> T require(String name, T input) {
        if (input == null) {
            throw new InvalidInputException(name, List.of(new InvalidInputException.Violation(name, "constraint.NotNull", List.of())));
        }
        Set<ConstraintViolation<T>> found;
        try {
            found = validator.validate(input);
        } catch (ValidationException e) {
            throw new IllegalStateException("Bean Validation failed on " + name, e);
        }
        if (found.isEmpty()) {
            return input;
        }
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<T> v : found) {
            violations.add(toViolation(v));
        }
        throw new InvalidInputException(name, violations);
    }

    private static InvalidInputException.Violation toViolation(ConstraintViolation<?> v) {
        ConstraintDescriptor<?> d = v.getConstraintDescriptor();
        String constraint = d.getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = new TreeMap<>(d.getAttributes());
        List<String> values = new ArrayList<>();
        switch (constraint) {
            case "Size" -> {
                values.add(String.valueOf(attributes.get("min")));
                values.add(String.valueOf(attributes.get("max")));
                values.add(lengthOf(v.getInvalidValue()));
            }
            case "Min", "Max", "Positive", "PositiveOrZero" -> {
                values.add(String.valueOf(attributes.getOrDefault("value", "")));
                // numbers are never personal data here
                values.add(String.valueOf(v.getInvalidValue()));
            }
            default -> {
            }
        }
        String template = v.getMessageTemplate();
        String key = template.startsWith("{kg.trustbox.") && template.endsWith("}")
                ? "constraint." + template.substring("{kg.trustbox.".length(), template.length() - 1)
                : "constraint." + constraint;
        return new InvalidInputException.Violation(v.getPropertyPath().toString(), key, values);
    }

    private static String lengthOf(Object value) {
        if (value instanceof CharSequence s) {
            return String.valueOf(s.length());
        }
        if (value instanceof java.util.Collection<?> c) {
            return String.valueOf(c.size());
        }
        return "?";
    }
}
