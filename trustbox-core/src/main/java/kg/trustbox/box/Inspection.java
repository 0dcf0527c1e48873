package kg.trustbox.box;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import kg.trustbox.input.PlainText;

/**
 * What the commission finds before opening (R-4.3, Appendix 2): damage to the box, the state of
 * the seal and the number read from it.
 *
 * @param boxDamaged whether the box shows mechanical damage
 * @param sealIntact whether the seal is intact
 * @param sealNumberRead the number read from the seal
 */
public record Inspection(boolean boxDamaged, boolean sealIntact,
                         @NotBlank @Size(max = 40) @PlainText String sealNumberRead) {

    /** A box in order, with the seal numbered {@code sealNumber}. */
    public static Inspection inOrder(Seal seal) {
        return new Inspection(false, true, seal.number());
    }

    /** The incidents this inspection raises, given the seal applied last time. */
    public Set<Incident> incidents(Seal expected) {
        Set<Incident> found = EnumSet.noneOf(Incident.class);
        if (boxDamaged) {
            found.add(Incident.BOX_DAMAGED);
        }
        if (!sealIntact) {
            found.add(Incident.SEAL_BROKEN);
        }
        if (!expected.number().equals(sealNumberRead)) {
            found.add(Incident.SEAL_MISMATCH);
        }
        return found;
    }
}
