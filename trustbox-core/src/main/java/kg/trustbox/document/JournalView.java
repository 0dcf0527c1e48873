package kg.trustbox.document;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kg.trustbox.box.Incident;
import kg.trustbox.school.Language;

/**
 * An extract of the opening journal for a period.
 *
 * @param language the document's language
 * @param school the school
 * @param from the first day of the period
 * @param to the last day of the period
 * @param rows one row per opening
 * @param chainIntact whether the journal's hash chain verified
 * @param brokenAt the first entry where the chain breaks, when it does
 * @param certifiedBy who certifies the extract ("Выписка верна", "Көчүрмө туура") and signs it
 * @param issuedOn the day the extract is issued
 */
public record JournalView(
        Language language,
        SchoolHeader school,
        LocalDate from,
        LocalDate to,
        List<Row> rows,
        boolean chainIntact,
        Optional<Long> brokenAt,
        Signatory certifiedBy,
        LocalDate issuedOn) implements DocumentView {
    public JournalView {
        rows = List.copyOf(rows);
        java.util.Objects.requireNonNull(certifiedBy, "certifiedBy");
        java.util.Objects.requireNonNull(issuedOn, "issuedOn");
    }

    /**
     * One opening.
     *
     * @param sequence the entry's number
     * @param openedAt when the box was opened, school time
     * @param sealFound the seal found
     * @param incidents what was wrong with box or seal
     * @param appealCount appeals withdrawn
     * @param actNumber the act's number, if one was drawn up
     * @param newSeal the seal applied
     * @param present names of those present
     * @param deviation the reason of a deviation from the slot
     */
    public record Row(long sequence, LocalDateTime openedAt, String sealFound, Set<Incident> incidents, int appealCount,
                      Optional<Integer> actNumber, String newSeal, List<String> present, Optional<String> deviation) {
        public Row {
            incidents = Set.copyOf(incidents);
            present = List.copyOf(present);
        }
    }
}
