package kg.trustbox.box;

import java.time.Instant;
import kg.trustbox.school.SchoolId;

/**
 * A box closed with a seal: the only state from which it can be opened.
 *
 * @param school the school
 * @param seal the seal on it
 * @param sealedAt when it was sealed
 * @param installedAt when it was installed under its first seal
 * @param revision transitions so far
 */
public record SealedBox(SchoolId school, Seal seal, Instant sealedAt, Instant installedAt, long revision) implements TrustBox {

    /** A box installed at {@code at} under its first seal. */
    public static SealedBox installed(SchoolId school, Seal seal, Instant at) {
        return new SealedBox(school, seal, at, at, 0);
    }

    /** The box opened by {@code opening}. */
    public OpenedBox open(Opening opening) {
        return new OpenedBox(school, opening, installedAt, revision + 1);
    }
}
