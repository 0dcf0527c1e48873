package kg.trustbox.appeal;

import java.util.Objects;
import kg.trustbox.box.ActNumber;
import kg.trustbox.input.Limits;

/**
 * Identifies an appeal within its school by the act line it was withdrawn on, for example
 * {@code 2026-17-3} (act 17 of 2026, line 3). Never carries personal data.
 *
 * @param value the id
 */
public record AppealId(String value) {
    private static final java.util.regex.Pattern FORMAT = java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{1,6}-[0-9]{1,6}");

    public AppealId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw Limits.refused("appealId", "constraint.appealId");
        }
    }

    /** The id of line {@code line} of act {@code act}. */
    public static AppealId of(ActNumber act, int line) {
        return new AppealId(act.year() + "-" + act.sequence() + "-" + line);
    }

    /** The withdrawal act this id names. */
    public ActNumber act() {
        String[] parts = value.split("-");
        return new ActNumber(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /** The act's line this id names. */
    public int line() {
        return Integer.parseInt(value.substring(value.lastIndexOf('-') + 1));
    }

    @Override
    public String toString() {
        return value;
    }
}
