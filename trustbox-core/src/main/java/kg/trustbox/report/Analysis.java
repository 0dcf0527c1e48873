package kg.trustbox.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.DeadlinePolicy;
import kg.trustbox.appeal.Forwarding;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.appeal.Deadlines;
import kg.trustbox.box.JournalEntry;
import kg.trustbox.box.OpeningDays;
import kg.trustbox.box.OpeningSchedule;
import kg.trustbox.box.Readiness;
import kg.trustbox.school.School;

/**
 * Computes a quarter's {@link Figures} from a school's appeals and journal.
 * Reads only categories, statuses, dates, tags and bodies: never a name, a contact or a summary.
 * Stateless and thread-safe.
 *
 * @param school the school (zone and calendar)
 * @param schedule the opening schedule
 * @param deadlines the deadline policy
 */
public record Analysis(School school, OpeningSchedule schedule, DeadlinePolicy deadlines) {

    /**
     * The figures of {@code quarter} as known on {@code asOf}: appeals withdrawn in the quarter,
     * openings in it, and the owed opening days it missed ({@link OpeningDays}) while the school
     * was {@code ready}. Due dates follow {@link Deadlines}.
     */
    public Figures figures(Quarter quarter, List<Appeal> appeals, List<JournalEntry> journal, Readiness ready, LocalDate asOf) {
        List<Appeal> received = appeals.stream().filter(a -> quarter.contains(day(a.withdrawal().at()))).toList();
        Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
        Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
        Map<String, Integer> forwarded = new HashMap<>();
        Map<String, Integer> tags = new HashMap<>();
        TreeMap<Integer, Integer> days = new TreeMap<>();
        int signed = 0, anonymous = 0, ky = 0, ru = 0, other = 0, onTime = 0, late = 0, overdue = 0;
        for (Appeal a : received) {
            if (a.isAnonymous()) {
                anonymous++;
            } else {
                signed++;
            }
            a.tags().stream().distinct().forEach(t -> tags.merge(t, 1, Integer::sum));
            a.forwardings().stream().map(Forwarding::body).distinct().forEach(b -> forwarded.merge(b, 1, Integer::sum));
            if (a.registration().isEmpty()) {
                continue;
            }
            byCategory.merge(a.registration().get().category(), 1, Integer::sum);
            AppealLanguage language = a.registration().get().language();
            switch (language) {
                case KYRGYZ -> ky++;
                case RUSSIAN -> ru++;
                case OTHER -> other++;
            }
            LocalDate due = terms().considerationDue(a).orElseThrow();
            Optional<LocalDate> decided = a.decidedAt().map(this::day);
            if (a.decision().isPresent() && decided.isPresent()) {
                byVerdict.merge(a.decision().get().verdict(), 1, Integer::sum);
                if (decided.get().isAfter(due)) {
                    late++;
                } else {
                    onTime++;
                }
                int d = (int) ChronoUnit.DAYS.between(day(a.registration().get().at()), decided.get());
                days.merge(d, 1, Integer::sum);
            }
            if (due.isBefore(quarter.last()) && decided.filter(d -> !d.isAfter(quarter.last())).isEmpty()) {
                overdue++;
            }
        }
        Figures appealFigures = new Figures(received.size(), byCategory, signed, anonymous, ky, ru, other, byVerdict, forwarded,
                onTime, late, overdue, days, 0, 0, 0, 0, tags);
        return appealFigures.plus(openings(quarter, journal.stream()
                .map(e -> new OpeningDay(day(e.openedAt()), e.deviation().isPresent(), e.incidents().size())).toList(), ready, asOf));
    }

    /**
     * One opening as the journal figures need it: its day on the school's clock, whether it was
     * recorded as a deviation from the slot, and how many incidents it found.
     *
     * @param day the opening's day
     * @param deviation whether it was a recorded deviation
     * @param incidents the incidents found
     */
    public record OpeningDay(LocalDate day, boolean deviation, int incidents) {
        public OpeningDay {
            java.util.Objects.requireNonNull(day, "day");
        }
    }

    /**
     * The journal's figures of {@code quarter} as known on {@code asOf}, from the openings' days
     * alone: openings, deviations and incidents in the quarter, and the owed opening days it missed
     * while the school was {@code ready} ({@link OpeningDays}: judged once their deviation window
     * has passed on {@code asOf}). {@code openings} must hold every opening within a week of the
     * quarter; others are ignored. The other figures are zero.
     */
    public Figures openings(Quarter quarter, List<OpeningDay> openings, Readiness ready, LocalDate asOf) {
        List<OpeningDay> inQuarter = openings.stream().filter(o -> quarter.contains(o.day())).toList();
        int deviations = (int) inQuarter.stream().filter(OpeningDay::deviation).count();
        int incidents = inQuarter.stream().mapToInt(OpeningDay::incidents).sum();
        int missed = new OpeningDays(school, schedule).missed(ready, openings.stream().map(OpeningDay::day).toList(),
                openings.stream().filter(OpeningDay::deviation).map(OpeningDay::day).toList(), quarter.first(), quarter.last(), asOf)
                .size();
        return new Figures(0, Map.of(), 0, 0, 0, 0, 0, Map.of(), Map.of(), 0, 0, 0, new TreeMap<>(), inQuarter.size(), deviations,
                missed, incidents, Map.of());
    }

    /** The deadlines of this school's appeals under the policy. */
    public Deadlines terms() {
        return new Deadlines(school, deadlines);
    }

    private LocalDate day(java.time.Instant instant) {
        return school.local(instant).toLocalDate();
    }
}
