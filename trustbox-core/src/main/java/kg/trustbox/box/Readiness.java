package kg.trustbox.box;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kg.trustbox.commission.Commission;

/**
 * The days on which a school could open its box: a commission in force, constituted
 * (chair and secretary elected, R-5.4), and the box installed. On any other day {@code open}
 * refuses, even with a recorded deviation, so no opening is owed. A commission counts from the
 * day after its election and the box from the day after its installation: a slot on the day
 * itself may already have passed. Immutable.
 *
 * @param periods the days of readiness, oldest first, each from its first day up to (excluding) its end
 */
public record Readiness(List<Period> periods) {

    /**
     * Days from {@code from} (inclusive) up to {@code until} (exclusive; empty while it lasts).
     *
     * @param from the first day
     * @param until the first day after it, if it ended
     */
    public record Period(LocalDate from, Optional<LocalDate> until) {
        public Period {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
        }

        /** Whether {@code day} falls in this period. */
        public boolean contains(LocalDate day) {
            return !day.isBefore(from) && until.map(day::isBefore).orElse(true);
        }
    }

    public Readiness {
        periods = List.copyOf(periods);
    }

    /** Never ready: no commission or no box. */
    public static Readiness never() {
        return new Readiness(List.of());
    }

    /**
     * One composition of the commission as readiness needs it.
     *
     * @param ordered the date of the director's order that set it
     * @param elected the date its chair and secretary were elected, once they were
     */
    public record Composition(LocalDate ordered, Optional<LocalDate> elected) {
        public Composition {
            Objects.requireNonNull(ordered, "ordered");
            Objects.requireNonNull(elected, "elected");
        }
    }

    /**
     * The readiness of a school with commission {@code history} (oldest order first, as
     * {@link kg.trustbox.commission.Commissions#history} gives it) and a box installed at
     * {@code installedAt} (empty when none was installed), on the wall clock of {@code zone}.
     */
    public static Readiness of(List<Commission> history, Optional<Instant> installedAt, ZoneId zone) {
        return of(history.stream().map(c -> new Composition(c.order().date(), c.officers().map(o -> o.electedOn()))).toList(),
                installedAt.map(t -> t.atZone(zone).toLocalDate()));
    }

    /**
     * The readiness from the compositions (oldest order first; each in force from its order's date
     * to the next order's date) and the day the box was installed.
     */
    public static Readiness of(List<Composition> compositions, Optional<LocalDate> installedOn) {
        if (installedOn.isEmpty()) {
            return never();
        }
        LocalDate boxFrom = installedOn.get().plusDays(1);
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < compositions.size(); i++) {
            Composition c = compositions.get(i);
            Optional<LocalDate> until = i + 1 < compositions.size() ? Optional.of(compositions.get(i + 1).ordered()) : Optional.empty();
            if (c.elected().isEmpty()) {
                continue;
            }
            LocalDate from = latest(latest(c.ordered(), c.elected().get().plusDays(1)), boxFrom);
            if (until.map(u -> from.isBefore(u)).orElse(true)) {
                periods.add(new Period(from, until));
            }
        }
        return new Readiness(periods);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Whether the school could open its box on {@code day}. */
    public boolean on(LocalDate day) {
        for (Period p : periods) {
            if (p.contains(day)) {
                return true;
            }
        }
        return false;
    }

    /** The first day of readiness, if there was one. */
    public Optional<LocalDate> since() {
        return periods.isEmpty() ? Optional.empty() : Optional.of(periods.get(0).from());
    }
}
