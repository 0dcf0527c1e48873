package kg.trustbox.appeal;

import java.time.LocalDate;
import java.util.Optional;
import kg.trustbox.commission.PersonId;

/**
 * An appeal as lists and deadline queries show it: no name, no contact, no summary.
 *
 * @param id the appeal
 * @param number its registration number, once registered
 * @param status where it is
 * @param category its category, once registered
 * @param anonymous whether it is anonymous
 * @param withdrawnOn the day it left the box
 * @param due the day by which the next legal step is due (registration, then decision), while one is
 * @param assignee who considers it
 */
public record AppealTracking(
        AppealId id,
        Optional<RegistrationNumber> number,
        Status status,
        Optional<Category> category,
        boolean anonymous,
        LocalDate withdrawnOn,
        Optional<LocalDate> due,
        Optional<PersonId> assignee) {

    /** Whether its next legal step is past due on {@code date}. */
    public boolean isOverdueOn(LocalDate date) {
        return due.map(d -> d.isBefore(date)).orElse(false);
    }
}
