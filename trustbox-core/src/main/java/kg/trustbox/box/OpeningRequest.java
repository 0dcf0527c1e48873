package kg.trustbox.box;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kg.trustbox.commission.PersonId;

/**
 * What the commission reports when it opens the box: who is present, what the inspection
 * found, the papers taken out, and the deviation if the opening is outside its slot.
 *
 * @param present the members present
 * @param inspection the state of box and seal
 * @param papers the appeals found, in the order the act lists them (empty for an empty box)
 * @param deviation the reason, when opening outside the Tuesday slot
 */
public record OpeningRequest(
        @NotEmpty List<@NotNull @Valid PersonId> present,
        @NotNull @Valid Inspection inspection,
        @NotNull @Size(max = 10_000) List<@NotNull @Valid Paper> papers,
        @NotNull Optional<@Valid Deviation> deviation) {
    public OpeningRequest {
        Objects.requireNonNull(present, "present");
        Objects.requireNonNull(papers, "papers");
        Objects.requireNonNull(deviation, "deviation");
        present = List.copyOf(present);
        papers = List.copyOf(papers);
    }

    /** An opening in the slot. */
    public static OpeningRequest of(List<PersonId> present, Inspection inspection, List<Paper> papers) {
        return new OpeningRequest(present, inspection, papers, Optional.empty());
    }

    /** This request recorded as a deviation from the slot, for {@code reason}. */
    public OpeningRequest withDeviation(String reason) {
        return new OpeningRequest(present, inspection, papers, Optional.of(new Deviation(reason)));
    }
}
