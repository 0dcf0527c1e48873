package kg.trustbox.box;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kg.trustbox.commission.PersonId;

/**
 * One opening of the box: when, who was present, the seal found and what the inspection
 * raised, the deviation if outside the slot, and the act if appeals were found.
 *
 * @param at when the box was opened
 * @param present the commission members present
 * @param sealFound the seal applied at the last sealing
 * @param inspection what was found
 * @param incidents incidents raised by the inspection
 * @param deviation why the opening was outside its slot, if it was
 * @param appealCount how many appeals were withdrawn
 * @param act the withdrawal act, if any appeals were found
 */
public record Opening(
        Instant at,
        List<PersonId> present,
        Seal sealFound,
        Inspection inspection,
        Set<Incident> incidents,
        Optional<Deviation> deviation,
        int appealCount,
        Optional<ActNumber> act) {
    public Opening {
        present = List.copyOf(present);
        incidents = Set.copyOf(incidents);
    }
}
