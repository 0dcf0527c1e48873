package kg.trustbox.school;

import java.time.LocalTime;
import java.util.Objects;
import kg.trustbox.input.Limits;

/**
 * When parents can reach the box on a working day: from {@code opens} (inclusive) to
 * {@code closes} (exclusive), 08:00 to 17:00 by default.
 */
public record AccessHours(LocalTime opens, LocalTime closes) {
    public AccessHours {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!opens.isBefore(closes)) {
            throw Limits.refused("accessHours", "constraint.accessHours");
        }
    }

    /** 08:00 to 17:00, the regulation's hours. */
    public static AccessHours regulation() {
        return new AccessHours(LocalTime.of(8, 0), LocalTime.of(17, 0));
    }

    /** Whether {@code time} falls within the hours. */
    public boolean contains(LocalTime time) {
        return !time.isBefore(opens) && time.isBefore(closes);
    }
}
