package kg.trustbox.box;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import kg.trustbox.school.School;

/**
 * Which opening days (Tuesdays, by default) went without an opening: the one definition
 * that the compliance check, the quarterly figures and the database roll-up use.
 *
 * <p>A slot day is <em>owed</em> when the school was {@link Readiness ready} on it and it is not a
 * vacation day (a day the school does not work, with no working day in the {@value #WINDOW} days
 * after it). An owed day is <em>held</em> when the journal has an opening on it, or an opening
 * recorded as a deviation within {@value #WINDOW} days of it (moved, for example, from a public
 * holiday to the next working day). It is <em>judged</em> only once those {@value #WINDOW} days
 * after it have passed on the school's clock: until then the opening may still be moved, and
 * after that no later record can change the judgement. Immutable and thread-safe.
 *
 * @param school the school (calendar)
 * @param schedule the opening schedule
 */
public record OpeningDays(School school, OpeningSchedule schedule) {
    /** How many days a recorded deviation may move an opening away from its slot day. */
    public static final int WINDOW = 6;

    public OpeningDays {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(schedule, "schedule");
    }

    /**
     * The owed slot days from {@code from} to {@code to} (inclusive) that are neither held nor
     * still open to a deviation on {@code today}.
     *
     * @param ready when the school could open its box
     * @param openings the school's days with an opening (at least those within {@value #WINDOW} days of the period)
     * @param deviations those of them recorded as deviations from the slot
     */
    public List<LocalDate> missed(Readiness ready, Collection<LocalDate> openings, Collection<LocalDate> deviations,
                                  LocalDate from, LocalDate to, LocalDate today) {
        List<LocalDate> missed = new ArrayList<>();
        LocalDate d = from;
        while (d.getDayOfWeek() != schedule.day()) {
            d = d.plusDays(1);
        }
        for (; !d.isAfter(to) && isJudged(d, today); d = d.plusWeeks(1)) {
            if (isOwed(d, ready) && !isHeld(d, openings, deviations)) {
                missed.add(d);
            }
        }
        return missed;
    }

    /** Whether the slot day {@code day} can be judged on {@code today}: its deviation window has passed. */
    public static boolean isJudged(LocalDate day, LocalDate today) {
        return day.plusDays(WINDOW).isBefore(today);
    }

    /** Whether an opening was owed on the slot day {@code day}: the school was ready and not on vacation. */
    public boolean isOwed(LocalDate day, Readiness ready) {
        if (!ready.on(day)) {
            return false;
        }
        boolean vacation = !school.calendar().isWorkingDay(day)
                && day.plusDays(1).datesUntil(day.plusDays(WINDOW + 1)).noneMatch(school.calendar()::isWorkingDay);
        return !vacation;
    }

    private static boolean isHeld(LocalDate day, Collection<LocalDate> openings, Collection<LocalDate> deviations) {
        if (openings.contains(day)) {
            return true;
        }
        return deviations.stream().anyMatch(x -> Math.abs(x.toEpochDay() - day.toEpochDay()) <= WINDOW);
    }
}
