package kg.trustbox.box;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import kg.trustbox.commission.PersonId;
import kg.trustbox.school.SchoolId;

/**
 * The act of withdrawal of citizens' appeals from the box (R-4.3, Appendix 2), drawn up when an
 * opening finds appeals; signed by those present. Immutable; kept as a record.
 *
 * @param school the school
 * @param number the act's number
 * @param openedAt when the box was opened
 * @param inspection what was found
 * @param incidents the incidents the inspection raised
 * @param lines one line per appeal
 * @param present the commission members present, who sign
 */
public record WithdrawalAct(
        SchoolId school,
        ActNumber number,
        Instant openedAt,
        Inspection inspection,
        Set<Incident> incidents,
        List<ActLine> lines,
        List<PersonId> present) {
    public WithdrawalAct {
        incidents = Set.copyOf(incidents);
        lines = List.copyOf(lines);
        present = List.copyOf(present);
    }
}
