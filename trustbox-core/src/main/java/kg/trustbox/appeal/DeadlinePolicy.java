package kg.trustbox.appeal;

import java.time.LocalDate;
import java.util.Objects;
import kg.trustbox.input.Limits;
import kg.trustbox.school.WorkingCalendar;

/**
 * The legal deadlines for appeals (Law No. 67, see {@code LAW.md}): a named, replaceable policy.
 * Registration is due by the end of the next working day after withdrawal; consideration is due
 * a number of days after registration; one extension may move it to at most a total limit.
 * Implementations are immutable.
 */
public sealed interface DeadlinePolicy permits DeadlinePolicy.CalendarDays, DeadlinePolicy.WorkingDays {

    /** The policy's name, shown in reports. */
    String name();

    /** The last day on which an appeal withdrawn on {@code withdrawnOn} may be registered. */
    default LocalDate registrationDue(LocalDate withdrawnOn, WorkingCalendar calendar) {
        return calendar.nextWorkingDay(withdrawnOn);
    }

    /** The last day of consideration for an appeal registered on {@code registeredOn}. */
    LocalDate considerationDue(LocalDate registeredOn, WorkingCalendar calendar);

    /** The latest day an extension may move consideration to. */
    LocalDate extensionLimit(LocalDate registeredOn, WorkingCalendar calendar);

    /** Law No. 67 of 2007: 14 calendar days, one extension to at most 30 days in all. The default. */
    static DeadlinePolicy law67() {
        return new CalendarDays("Law No. 67 (2007): 14 calendar days, extension to 30", 14, 30);
    }

    /** The 2026 bill: 10 working days, one extension to at most 30 calendar days in all. */
    static DeadlinePolicy tenWorkingDays() {
        return new WorkingDays("Bill of 2026: 10 working days, extension to 30 calendar days", 10, 30);
    }

    /** Consideration within {@code days} calendar days; extension to at most {@code maxDays} calendar days. */
    record CalendarDays(String name, int days, int maxDays) implements DeadlinePolicy {
        public CalendarDays {
            Objects.requireNonNull(name, "name");
            if (days < 1 || maxDays < days) {
                throw Limits.refused("days", "constraint.deadlineDays");
            }
        }

        @Override
        public LocalDate considerationDue(LocalDate registeredOn, WorkingCalendar calendar) {
            return registeredOn.plusDays(days);
        }

        @Override
        public LocalDate extensionLimit(LocalDate registeredOn, WorkingCalendar calendar) {
            return registeredOn.plusDays(maxDays);
        }
    }

    /** Consideration within {@code days} working days; extension to at most {@code maxCalendarDays} calendar days. */
    record WorkingDays(String name, int days, int maxCalendarDays) implements DeadlinePolicy {
        public WorkingDays {
            Objects.requireNonNull(name, "name");
            if (days < 1 || maxCalendarDays < days) {
                throw Limits.refused("days", "constraint.deadlineDays");
            }
        }

        @Override
        public LocalDate considerationDue(LocalDate registeredOn, WorkingCalendar calendar) {
            return calendar.plusWorkingDays(registeredOn, days);
        }

        @Override
        public LocalDate extensionLimit(LocalDate registeredOn, WorkingCalendar calendar) {
            return registeredOn.plusDays(maxCalendarDays);
        }
    }
}
