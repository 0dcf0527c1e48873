package kg.trustbox.input;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a reader sees as it is stored: no control characters (line breaks allowed where
 * {@link #multiline()} says so), no invisible format characters (bidi overrides, zero-width
 * spaces, soft hyphens), no fillers, lone surrogates, private-use or unassigned code points; and
 * text that is not empty has something visible in it. {@code null} and the empty string are
 * valid; combine with {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {
    /** Message key. */
    String message() default "{kg.trustbox.PlainText}";

    /** Whether line breaks (CR, LF) and tabs are allowed. */
    boolean multiline() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link PlainText}. */
    final class Validator implements ConstraintValidator<PlainText, CharSequence> {
        private boolean multiline;

        @Override
        public void initialize(PlainText annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            return value.codePoints().noneMatch(c -> isForbidden(c, multiline))
                    && (value.length() == 0 || value.codePoints().anyMatch(c -> !isBlank(c)));
        }

        /** Hangul and braille fillers and the Mongolian vowel separator: letters that show nothing. */
        private static final String FILLERS = "\u115F\u1160\u3164\uFFA0\u2800\u180E";

        static boolean isForbidden(int c, boolean multiline) {
            if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
                return false;
            }
            int type = Character.getType(c);
            return type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.FORMAT
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE
                    || c == 0x2028 || c == 0x2029 || FILLERS.indexOf(c) >= 0;
        }

        private static boolean isBlank(int c) {
            return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
        }
    }
}
