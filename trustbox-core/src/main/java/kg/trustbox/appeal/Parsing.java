package kg.trustbox.appeal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import kg.trustbox.outcome.InvalidInputException;

/** Reads enum values that arrive as text, refusing unknown ones with a localisable message. */
final class Parsing {
    private Parsing() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String name) {
        if (name != null) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(name.strip())) {
                    return e;
                }
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        // the unknown value is shown only when short and plain: it is a code, not free text
        String shown = name == null ? "null" : name.length() <= 30 && name.chars().allMatch(c -> c >= 0x20 && c < 0x7f)
                ? name : "(" + name.length() + " characters)";
        throw new InvalidInputException(field, List.of(new InvalidInputException.Violation(field, "constraint.oneOf",
                List.of(shown, allowed.toLowerCase(Locale.ROOT)))));
    }
}
