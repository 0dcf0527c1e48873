package kg.trustbox.appeal;

import java.util.List;
import java.util.Optional;
import kg.trustbox.school.SchoolId;

/**
 * The port that keeps each school's appeals and registration numbers. Implementations are
 * thread-safe; writes take part in the current transaction.
 */
public interface Appeals {

    /** Adds a withdrawn appeal (revision 0); its id must be new in the school, and its act is stored already. */
    void add(Appeal appeal);

    /** Adds withdrawn appeals, each as {@link #add} would; an adapter may write them together. */
    default void addAll(List<Appeal> appeals) {
        appeals.forEach(this::add);
    }

    /**
     * Stores {@code next} in place of the appeal at revision {@code next.revision() - 1}.
     *
     * @return false, changing nothing, if the stored appeal is at another revision
     */
    boolean replace(Appeal next);

    /**
     * Stores each of {@code next} in place of its appeal at the revision before, as {@link #replace}
     * would; an adapter may write them together.
     *
     * @return false if any stored appeal was at another revision; the caller's transaction must then
     *     roll back, since some of the others may be stored
     */
    default boolean replaceAll(List<Appeal> next) {
        for (Appeal a : next) {
            if (!replace(a)) {
                return false;
            }
        }
        return true;
    }

    /** The appeals with ids {@code ids} that exist, by id. */
    default java.util.Map<AppealId, Appeal> findAll(SchoolId school, java.util.Collection<AppealId> ids) {
        java.util.Map<AppealId, Appeal> found = new java.util.LinkedHashMap<>();
        for (AppealId id : ids) {
            find(school, id).ifPresent(a -> found.put(id, a));
        }
        return found;
    }

    /** The appeal with id {@code id}. */
    Optional<Appeal> find(SchoolId school, AppealId id);

    /** The school's appeals, by withdrawal (act, then line). */
    List<Appeal> list(SchoolId school);

    /**
     * The school's appeals withdrawn from {@code from} (inclusive) to {@code to} (exclusive), by
     * withdrawal: a quarter's, for its report, without reading the years before it. The default
     * filters {@link #list}; stores that can select by time should.
     */
    default List<Appeal> withdrawn(SchoolId school, java.time.Instant from, java.time.Instant to) {
        return list(school).stream().filter(a -> !a.withdrawal().at().isBefore(from) && a.withdrawal().at().isBefore(to)).toList();
    }

    /**
     * The school's appeals that still owe a decision (withdrawn, registered, under consideration or
     * forwarded), by withdrawal: the only ones that can be overdue or due soon, so that those lists
     * follow the open work, not the school's history. The default filters {@link #list}; stores
     * that can select should.
     */
    default List<Appeal> undecided(SchoolId school) {
        return list(school).stream().filter(a -> a.decidedAt().isEmpty()).toList();
    }

    /**
     * The school's appeals withdrawn before {@code withdrawnBefore} that are undecided or were
     * decided at or after {@code decidedSince}, by withdrawal: every appeal on which a compliance
     * check of a period starting at {@code decidedSince} can find something, since an appeal decided
     * before it was late, if at all, before it too. The default filters {@link #list}; stores that
     * can select should.
     */
    default List<Appeal> undecidedOrDecidedSince(SchoolId school, java.time.Instant decidedSince, java.time.Instant withdrawnBefore) {
        return list(school).stream()
                .filter(a -> a.decidedAt().map(d -> !d.isBefore(decidedSince)).orElse(true))
                .filter(a -> a.withdrawal().at().isBefore(withdrawnBefore))
                .toList();
    }

    /**
     * Up to {@code size} of the school's appeals that follow {@code after} in withdrawal order (act,
     * then line), or the first ones when {@code after} is empty: the register page by page. The
     * default filters {@link #list}; stores that can select should.
     */
    default List<Appeal> page(SchoolId school, Optional<AppealId> after, int size) {
        return list(school).stream()
                .filter(a -> after.map(id -> Appeals.follows(a.id(), id)).orElse(true))
                .limit(size)
                .toList();
    }

    /** Whether {@code id} comes after {@code other} in withdrawal order (act, then line). */
    static boolean follows(AppealId id, AppealId other) {
        int byAct = id.act().compareTo(other.act());
        return byAct > 0 || byAct == 0 && id.line() > other.line();
    }

    /**
     * Takes the school's next registration number of {@code year}: one after the last taken, from
     * 1. Numbers taken in a transaction that rolls back are given again; a committed number is never given twice.
     */
    RegistrationNumber nextRegistrationNumber(SchoolId school, int year);

    /** Takes the school's next {@code count} registration numbers of {@code year}, consecutive, as {@link #nextRegistrationNumber} would. */
    default List<RegistrationNumber> nextRegistrationNumbers(SchoolId school, int year, int count) {
        List<RegistrationNumber> numbers = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add(nextRegistrationNumber(school, year));
        }
        return numbers;
    }

    /**
     * The last registration number of {@code year} handed out in {@code school}, as the counter
     * stands, without taking one; empty if the store does not tell (an inspection then skips the
     * comparison) or no number was taken.
     */
    default Optional<Integer> lastRegistrationNumber(SchoolId school, int year) {
        return Optional.empty();
    }
}
