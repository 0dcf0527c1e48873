package kg.trustbox.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.rule.Rule;
import kg.trustbox.school.School;

/**
 * The legal deadlines of one school's appeals under a {@link DeadlinePolicy} (Law No. 67): the one
 * definition that tracking, the compliance check, the quarterly figures and the database roll-up
 * use. Days are on the school's wall clock.
 *
 * <ul>
 *   <li>Registration is due by the policy's day after withdrawal (the next working day).</li>
 *   <li>Consideration is due by the policy's term after registration, or by the extension's new
 *       date when the extension was granted while that term ran. An extension recorded after the
 *       term had run out does not move it: a missed deadline stays missed.</li>
 *   <li>An extension is granted once, while the term runs, to an appeal being considered
 *       (assigned or forwarded), to a day after the current due date and no later than the
 *       policy's limit.</li>
 * </ul>
 * Immutable and thread-safe.
 *
 * @param school the school (zone and calendar)
 * @param policy the deadline policy in force
 */
public record Deadlines(School school, DeadlinePolicy policy) {

    public Deadlines {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(policy, "policy");
    }

    /** The last day on which {@code appeal} may be registered. */
    public LocalDate registrationDue(Appeal appeal) {
        return policy.registrationDue(day(appeal.withdrawal().at()), school.calendar());
    }

    /** The last day of the policy's term for {@code appeal}, before any extension; empty until it is registered. */
    public Optional<LocalDate> termDue(Appeal appeal) {
        return appeal.registration().map(r -> policy.considerationDue(day(r.at()), school.calendar()));
    }

    /**
     * The last day of consideration of {@code appeal}: the extension's date when it was granted
     * while the term ran, otherwise the term's; empty until it is registered.
     */
    public Optional<LocalDate> considerationDue(Appeal appeal) {
        return termDue(appeal).map(term -> appeal.extension()
                .filter(e -> !day(e.at()).isAfter(term))
                .map(Extension::newDue)
                .orElse(term));
    }

    /** The day by which the next legal step of {@code appeal} is due (registration, then decision), while one is. */
    public Optional<LocalDate> nextDue(Appeal appeal) {
        if (appeal.status() == Status.WITHDRAWN) {
            return Optional.of(registrationDue(appeal));
        }
        if (!appeal.status().isAwaitingDecision()) {
            return Optional.empty();
        }
        return considerationDue(appeal);
    }

    /**
     * Whether {@code appeal} may be extended to {@code newDue} at {@code at} (Law No. 67): rejected
     * naming the law when it is not being considered, was extended before, its term has run out,
     * or {@code newDue} is not after the current due date or beyond the policy's limit.
     */
    public Outcome<Extension> extension(Appeal appeal, Instant at, String reason, LocalDate newDue) {
        if (appeal.status() != Status.UNDER_CONSIDERATION && appeal.status() != Status.FORWARDED) {
            return Outcome.rejected(Rule.LAW_67, "appeal.extendNotConsidered", appeal.id(), appeal.status());
        }
        if (appeal.extension().isPresent()) {
            return Outcome.rejected(Rule.LAW_67, "appeal.extendedTwice", appeal.id(), appeal.extension().get().newDue());
        }
        LocalDate due = considerationDue(appeal).orElseThrow();
        LocalDate today = day(at);
        if (today.isAfter(due)) {
            return Outcome.rejected(Rule.LAW_67, "appeal.extendAfterTerm", appeal.id(), today, due);
        }
        LocalDate limit = policy.extensionLimit(day(appeal.registration().orElseThrow().at()), school.calendar());
        if (!newDue.isAfter(due) || newDue.isAfter(limit)) {
            return Outcome.rejected(Rule.LAW_67, "appeal.extensionRange", appeal.id(), newDue, due, limit);
        }
        return Outcome.accepted(new Extension(at, reason, newDue));
    }

    private LocalDate day(Instant instant) {
        return school.local(instant).toLocalDate();
    }
}
