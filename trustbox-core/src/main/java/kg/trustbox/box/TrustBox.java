package kg.trustbox.box;

import java.time.Instant;
import kg.trustbox.school.SchoolId;

/**
 * A school's trust box, {@link SealedBox sealed} or {@link OpenedBox opened}. An opened
 * box can only be sealed and a sealed box only opened: the types have no other move.
 */
public sealed interface TrustBox permits SealedBox, OpenedBox {
    /** The school. */
    SchoolId school();

    /** When the box was installed under its first seal: openings are owed from the next day on. */
    Instant installedAt();

    /** Counts the box's transitions; a store replaces a box only at the revision it read. */
    long revision();
}
