package kg.trustbox.receipt;

import java.time.LocalDate;
import java.util.Objects;
import kg.trustbox.input.Limits;
import kg.trustbox.school.SchoolId;

/**
 * A batch of printed appeal forms with receipt codes, as the school issued them: a form
 * whose code is in none of the school's batches is not the school's. Immutable.
 *
 * @param school the school
 * @param number the batch's number, from 1, per school
 * @param issuedOn the day it was issued, on the school's calendar
 * @param count how many forms (and codes), 1 to {@value #MAX_FORMS}
 */
public record IssuedBatch(SchoolId school, int number, LocalDate issuedOn, int count) {
    /** The most forms one batch may hold. */
    public static final int MAX_FORMS = 1000;

    public IssuedBatch {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Limits.count("number", number, 1, Integer.MAX_VALUE);
        Limits.count("count", count, 1, MAX_FORMS);
    }
}
