package kg.trustbox.box;

import java.time.Instant;
import kg.trustbox.school.SchoolId;

/**
 * A box that has been opened and must be sealed again before anything else.
 *
 * @param school the school
 * @param opening the opening in progress
 * @param installedAt when it was installed under its first seal
 * @param revision transitions so far
 */
public record OpenedBox(SchoolId school, Opening opening, Instant installedAt, long revision) implements TrustBox {

    /** The box sealed with {@code seal} at {@code at}. */
    public SealedBox seal(Seal seal, Instant at) {
        return new SealedBox(school, seal, at, installedAt, revision + 1);
    }
}
