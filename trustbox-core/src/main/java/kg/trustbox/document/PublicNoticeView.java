package kg.trustbox.document;

import java.time.DayOfWeek;
import java.time.LocalTime;
import kg.trustbox.school.Language;

/**
 * The public notice a school posts on its website and gives to parents.
 *
 * @param language the document's language
 * @param school the school, with the box's location
 * @param accessFrom when the box can be reached, from (working days)
 * @param accessTo until
 * @param openingDay the day the box is opened
 * @param openingTime the time it is opened
 * @param considerationDays the consideration term the school applies, in days
 * @param considerationWorkingDays whether those days are working days
 * @param contact who to ask about the box (the responsible person's position and name)
 * @param receiptForms whether the school lays out appeal forms with a receipt: the notice
 *     then explains how the stub's holder learns the outcome
 */
public record PublicNoticeView(
        Language language,
        SchoolHeader school,
        LocalTime accessFrom,
        LocalTime accessTo,
        DayOfWeek openingDay,
        LocalTime openingTime,
        int considerationDays,
        boolean considerationWorkingDays,
        Signatory contact,
        boolean receiptForms) implements DocumentView {

    /** The notice of a school that lays out no forms with a receipt. */
    public PublicNoticeView(Language language, SchoolHeader school, LocalTime accessFrom, LocalTime accessTo, DayOfWeek openingDay,
                            LocalTime openingTime, int considerationDays, boolean considerationWorkingDays, Signatory contact) {
        this(language, school, accessFrom, accessTo, openingDay, openingTime, considerationDays, considerationWorkingDays, contact, false);
    }
}
