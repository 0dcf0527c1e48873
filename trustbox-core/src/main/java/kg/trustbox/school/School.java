package kg.trustbox.school;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import kg.trustbox.input.PlainText;

/**
 * A school that keeps a trust box. Immutable.
 *
 * @param id the school's id
 * @param nameKy the school's full name in Kyrgyz
 * @param nameRu the school's full name in Russian
 * @param boxLocationKy where the box stands, in Kyrgyz, as the notice and every act show it
 * @param boxLocationRu the same in Russian
 * @param zone the school's time zone ({@code Asia/Bishkek} by default)
 * @param calendar the school's working days
 * @param accessHours when the box can be reached on a working day
 * @param letterSignatory who signs the letters to appellants (Law No. 67); empty: the director,
 *     whose name is written in by hand
 */
public record School(
        @NotNull SchoolId id,
        @NotBlank @Size(max = 300) @PlainText String nameKy,
        @NotBlank @Size(max = 300) @PlainText String nameRu,
        @NotBlank @Size(max = 300) @PlainText String boxLocationKy,
        @NotBlank @Size(max = 300) @PlainText String boxLocationRu,
        @NotNull ZoneId zone,
        @NotNull WorkingCalendar calendar,
        @NotNull AccessHours accessHours,
        @NotNull Optional<@Valid LetterSignatory> letterSignatory) {

    /** The default zone of a Kyrgyz school. */
    public static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

    public School {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(accessHours, "accessHours");
        Objects.requireNonNull(letterSignatory, "letterSignatory");
    }

    /** A school whose letters the director signs, the name written in by hand. */
    public School(SchoolId id, String nameKy, String nameRu, String boxLocationKy, String boxLocationRu, ZoneId zone,
                  WorkingCalendar calendar, AccessHours accessHours) {
        this(id, nameKy, nameRu, boxLocationKy, boxLocationRu, zone, calendar, accessHours, Optional.empty());
    }

    /** A school in Bishkek's zone, working Monday to Friday, with the regulation's access hours. */
    public static School of(SchoolId id, String nameKy, String nameRu, String boxLocationKy, String boxLocationRu) {
        return new School(id, nameKy, nameRu, boxLocationKy, boxLocationRu, BISHKEK, WorkingCalendar.mondayToFriday(),
                AccessHours.regulation());
    }

    /** As {@link #of(SchoolId, String, String, String, String)}, with one location text for both languages. */
    public static School of(SchoolId id, String nameKy, String nameRu, String boxLocation) {
        return of(id, nameKy, nameRu, boxLocation, boxLocation);
    }

    /** This school with another calendar. */
    public School withCalendar(WorkingCalendar calendar) {
        return new School(id, nameKy, nameRu, boxLocationKy, boxLocationRu, zone, calendar, accessHours, letterSignatory);
    }

    /** This school in another zone. */
    public School withZone(ZoneId zone) {
        return new School(id, nameKy, nameRu, boxLocationKy, boxLocationRu, zone, calendar, accessHours, letterSignatory);
    }

    /** This school with {@code signatory} signing its letters to appellants (Law No. 67). */
    public School withLetterSignatory(LetterSignatory signatory) {
        return new School(id, nameKy, nameRu, boxLocationKy, boxLocationRu, zone, calendar, accessHours,
                Optional.of(Objects.requireNonNull(signatory, "signatory")));
    }

    /** The school's name in {@code language}. */
    public String name(Language language) {
        return language == Language.RUSSIAN ? nameRu : nameKy;
    }

    /** Where the box stands, in {@code language}. */
    public String boxLocation(Language language) {
        return language == Language.RUSSIAN ? boxLocationRu : boxLocationKy;
    }

    /** {@code instant} on the school's wall clock. */
    public ZonedDateTime local(Instant instant) {
        return instant.atZone(zone);
    }

    /** Whether parents can reach the box at {@code instant}: a working day, within the access hours. */
    public boolean isBoxAccessible(Instant instant) {
        ZonedDateTime t = local(instant);
        return calendar.isWorkingDay(t.toLocalDate()) && accessHours.contains(t.toLocalTime());
    }
}
