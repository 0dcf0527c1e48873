package kg.trustbox.box;

import java.time.Instant;
import kg.trustbox.school.SchoolId;

/**
 * A box closed with a seal: the only state from which it can be opened.
 *
 * @param school the school
 * @param seal the seal on it
 * @param sealedAt when it was sealed
 * @param revision transitions so far
 */
public record SealedBox(SchoolId school, Seal seal, Instant sealedAt, long revision) implements TrustBox {

    /** The box opened by {@code opening}. */
    public OpenedBox open(Opening opening) {
        return new OpenedBox(school, opening, revision + 1);
    }
}
