package kg.trustbox.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import kg.trustbox.box.JournalEntry;
import kg.trustbox.box.OpeningSchedule;
import kg.trustbox.school.School;

/**
 * Which opening days (Tuesdays, by default) went without an opening. A day counts as held
 * when the journal has an opening on it, or a deviation within six days of it (the opening was
 * moved, for example from a public holiday to the next working day). A day on which the school
 * does not work, with no working day in the six days after it (a vacation), is not required.
 */
public final class Slots {
    private Slots() {
    }

    /** The opening days from {@code from} to {@code to} (inclusive) with no opening and no recorded deviation. */
    public static List<LocalDate> missed(School school, OpeningSchedule schedule, List<JournalEntry> journal, LocalDate from,
                                         LocalDate to) {
        List<LocalDate> openings = journal.stream().map(e -> school.local(e.openedAt()).toLocalDate()).toList();
        List<LocalDate> deviations = journal.stream().filter(e -> e.deviation().isPresent())
                .map(e -> school.local(e.openedAt()).toLocalDate()).toList();
        return missed(school, schedule, openings, deviations, from, to);
    }

    /**
     * The same from the days alone: {@code openings} the school's days with an opening,
     * {@code deviations} those recorded as deviations from the slot.
     */
    public static List<LocalDate> missed(School school, OpeningSchedule schedule, Collection<LocalDate> openings,
                                         Collection<LocalDate> deviations, LocalDate from, LocalDate to) {
        List<LocalDate> missed = new ArrayList<>();
        LocalDate d = from;
        while (d.getDayOfWeek() != schedule.day()) {
            d = d.plusDays(1);
        }
        for (; !d.isAfter(to); d = d.plusWeeks(1)) {
            LocalDate day = d;
            if (openings.contains(day)) {
                continue;
            }
            if (deviations.stream().anyMatch(x -> Math.abs(x.toEpochDay() - day.toEpochDay()) <= 6)) {
                continue;
            }
            boolean vacation = !school.calendar().isWorkingDay(day)
                    && day.plusDays(1).datesUntil(day.plusDays(7)).noneMatch(school.calendar()::isWorkingDay);
            if (!vacation) {
                missed.add(day);
            }
        }
        return missed;
    }
}
