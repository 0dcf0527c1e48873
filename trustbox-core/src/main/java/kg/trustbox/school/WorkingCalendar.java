package kg.trustbox.school;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import kg.trustbox.input.Limits;

/**
 * A school's working days: the working days of the week (Monday to Friday by default) less the
 * public holidays the integrator supplies. Immutable.
 *
 * @param workingDays the days of the week the school works
 * @param holidays dates that are not working days whatever their day of the week
 */
public record WorkingCalendar(Set<DayOfWeek> workingDays, SortedSet<LocalDate> holidays) {
    public WorkingCalendar {
        Objects.requireNonNull(workingDays, "workingDays");
        if (workingDays.isEmpty()) {
            throw Limits.refused("workingDays", "constraint.workingDays");
        }
        workingDays = Set.copyOf(EnumSet.copyOf(workingDays));
        holidays = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
    }

    /** Monday to Friday, no holidays. */
    public static WorkingCalendar mondayToFriday() {
        return new WorkingCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), new TreeSet<>());
    }

    /** This calendar with {@code dates} added as holidays. */
    public WorkingCalendar withHolidays(java.util.Collection<LocalDate> dates) {
        TreeSet<LocalDate> all = new TreeSet<>(holidays);
        all.addAll(dates);
        return new WorkingCalendar(workingDays, all);
    }

    /** Whether {@code date} is a working day. */
    public boolean isWorkingDay(LocalDate date) {
        return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate d = date.plusDays(1);
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The working day {@code n} working days after {@code date} (n ≥ 0; 0 gives {@code date} itself). */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw Limits.refused("n", "constraint.range", "0", Integer.toString(Integer.MAX_VALUE), Integer.toString(n));
        }
        LocalDate d = date;
        for (int i = 0; i < n; i++) {
            d = nextWorkingDay(d);
        }
        return d;
    }
}
