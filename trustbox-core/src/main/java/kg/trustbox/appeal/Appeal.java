package kg.trustbox.appeal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.commission.PersonId;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.rule.Rule;
import kg.trustbox.outcome.StorageException;
import kg.trustbox.school.SchoolId;

/**
 * An appeal withdrawn from the box and what has happened to it since.
 * Immutable: each step returns a new value, or a rejection naming the rule when the lifecycle
 * does not allow it. The {@link Stage} holds what each step recorded, so that an appeal cannot be,
 * say, decided without a registration. Its {@code toString} shows no personal data.
 *
 * @param school the school
 * @param id the appeal's id (its act line)
 * @param withdrawal the act and line it came from
 * @param appellant who wrote it, or anonymous
 * @param stage where it is in its lifecycle, with what each step recorded
 * @param tags recurring problems the responsible person identified
 * @param revision counts the steps; a store replaces an appeal only at the revision it read
 */
public record Appeal(SchoolId school, AppealId id, Withdrawal withdrawal, Appellant appellant, Stage stage, List<String> tags,
                     long revision) {

    public Appeal {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(withdrawal, "withdrawal");
        Objects.requireNonNull(appellant, "appellant");
        Objects.requireNonNull(stage, "stage");
        tags = List.copyOf(tags);
    }

    /** A freshly withdrawn appeal, waiting for registration. */
    public static Appeal withdrawn(SchoolId school, Withdrawal withdrawal, Appellant appellant) {
        return new Appeal(school, AppealId.of(withdrawal.act(), withdrawal.line()), withdrawal, appellant, new Stage.Withdrawn(),
                List.of(), 0);
    }

    /**
     * An appeal as a store kept it, field by field. Refuses, with a {@link StorageException}, a
     * combination no lifecycle produces (a decision without a registration, a status that does not
     * match the steps recorded): a store that hands one back was changed underneath the library.
     */
    public static Appeal restore(SchoolId school, AppealId id, Withdrawal withdrawal, Appellant appellant, Status status,
                                 Optional<Registration> registration, Optional<PersonId> assignee, List<Forwarding> forwardings,
                                 Optional<Extension> extension, Optional<Decision> decision, Optional<Instant> decidedAt,
                                 Optional<Answer> answer, Optional<Closure> closure, List<String> tags, long revision) {
        Stage stage = new Stage.Withdrawn();
        if (registration.isPresent()) {
            stage = new Stage.Registered(registration.get());
        }
        if (assignee.isPresent() && stage instanceof Stage.Registered r) {
            stage = new Stage.Considered(r, assignee.get(), forwardings, extension);
        }
        if (decision.isPresent() && decidedAt.isPresent() && stage instanceof Stage.Considered c) {
            stage = new Stage.Decided(c, decision.get(), decidedAt.get());
        }
        if (answer.isPresent() && closure.isEmpty() && stage instanceof Stage.Decided d) {
            stage = new Stage.Answered(d, answer.get());
        }
        if (closure.isPresent() && answer.isEmpty() && stage instanceof Stage.Decided d) {
            stage = new Stage.Closed(d, closure.get());
        }
        Appeal restored = new Appeal(school, id, withdrawal, appellant, stage, tags, revision);
        boolean complete = stage.status() == status && restored.assignee().equals(assignee) && restored.forwardings().equals(forwardings)
                && restored.extension().equals(extension) && restored.decision().equals(decision)
                && restored.decidedAt().equals(decidedAt) && restored.answer().equals(answer) && restored.closure().equals(closure);
        if (!complete) {
            throw new StorageException("storage.failed", "read appeal " + id,
                    new IllegalStateException("appeal " + id + " is stored as " + status + " with steps no lifecycle records"));
        }
        return restored;
    }

    private Outcome<Appeal> illegal(Status target, Rule rule) {
        return Outcome.rejected(rule, "appeal.illegalMove", id, status(), target);
    }

    private Appeal at(Stage next) {
        return new Appeal(school, id, withdrawal, appellant, next, tags, revision + 1);
    }

    /** Registers it. */
    public Outcome<Appeal> register(Registration registration) {
        if (!(stage instanceof Stage.Withdrawn)) {
            return illegal(Status.REGISTERED, Rule.R_4_4);
        }
        return Outcome.accepted(at(new Stage.Registered(registration)));
    }

    /** Assigns it to {@code official} for consideration. */
    public Outcome<Appeal> assign(PersonId official) {
        if (!(stage instanceof Stage.Registered r)) {
            return illegal(Status.UNDER_CONSIDERATION, Rule.R_1_5_2);
        }
        return Outcome.accepted(at(new Stage.Considered(r, official, List.of(), Optional.empty())));
    }

    /** Sends it to a competent body; may happen more than once. */
    public Outcome<Appeal> forward(Forwarding forwarding) {
        if (!(stage instanceof Stage.Considered c)) {
            return illegal(Status.FORWARDED, Rule.R_1_5_2);
        }
        return Outcome.accepted(at(c.forwardedTo(forwarding)));
    }

    /** Extends its term once (Law No. 67). */
    public Outcome<Appeal> extend(Extension ext) {
        if (!(stage instanceof Stage.Considered c)) {
            return Outcome.rejected(Rule.LAW_67, "appeal.extendNotConsidered", id, status());
        }
        if (c.extension().isPresent()) {
            return Outcome.rejected(Rule.LAW_67, "appeal.extendedTwice", id, c.extension().get().newDue());
        }
        return Outcome.accepted(at(c.extendedBy(ext)));
    }

    /** Decides it at {@code at}. */
    public Outcome<Appeal> decide(Decision d, Instant at) {
        if (!(stage instanceof Stage.Considered c)) {
            return illegal(Status.DECIDED, Rule.R_1_5_2);
        }
        return Outcome.accepted(at(new Stage.Decided(c, d, at)));
    }

    /** Records the answer sent; only a signed appellant with the channel's contact can be answered. */
    public Outcome<Appeal> answer(Answer a) {
        if (!(stage instanceof Stage.Decided d)) {
            return illegal(Status.ANSWERED, Rule.R_1_5_2);
        }
        if (!(appellant instanceof Appellant.Signed s)) {
            return Outcome.rejected(Rule.R_3_2, "appeal.anonymousAnswer", id);
        }
        boolean reachable = switch (a.channel()) {
            case LETTER -> s.contacts().returnAddress().isPresent();
            case PHONE -> s.contacts().phone().isPresent();
            case EMAIL -> s.contacts().email().isPresent();
        };
        if (!reachable) {
            return Outcome.rejected(Rule.R_1_4, "appeal.noContactForChannel", id, a.channel());
        }
        return Outcome.accepted(at(new Stage.Answered(d, a)));
    }

    /** Closes a decided appeal that cannot be answered: anonymous, or signed with no contact. */
    public Outcome<Appeal> closeWithoutAnswer(Instant at) {
        if (!(stage instanceof Stage.Decided d)) {
            return illegal(Status.CLOSED, Rule.R_1_5_2);
        }
        if (appellant.isAnswerable()) {
            return Outcome.rejected(Rule.R_1_5_2, "appeal.mustAnswer", id);
        }
        Closure.Reason reason = appellant instanceof Appellant.Anonymous ? Closure.Reason.ANONYMOUS : Closure.Reason.NO_ADDRESS;
        return Outcome.accepted(at(new Stage.Closed(d, new Closure(at, reason))));
    }

    /** Replaces its recurring-problem tags; allowed once registered. */
    public Outcome<Appeal> tag(List<String> newTags) {
        if (stage instanceof Stage.Withdrawn) {
            return Outcome.rejected(Rule.R_1_5_3, "appeal.tagUnregistered", id);
        }
        return Outcome.accepted(new Appeal(school, id, withdrawal, appellant, stage, newTags, revision + 1));
    }

    /** Where it is in its lifecycle. */
    public Status status() {
        return stage.status();
    }

    /** Whether the appeal is anonymous. */
    public boolean isAnonymous() {
        return appellant instanceof Appellant.Anonymous;
    }

    private Optional<Stage.Decided> decided() {
        if (stage instanceof Stage.Decided d) {
            return Optional.of(d);
        }
        if (stage instanceof Stage.Answered a) {
            return Optional.of(a.decided());
        }
        return stage instanceof Stage.Closed c ? Optional.of(c.decided()) : Optional.empty();
    }

    private Optional<Stage.Considered> considered() {
        return stage instanceof Stage.Considered c ? Optional.of(c) : decided().map(Stage.Decided::considered);
    }

    /** The registration, once registered. */
    public Optional<Registration> registration() {
        return stage instanceof Stage.Registered r ? Optional.of(r.registration())
                : considered().map(c -> c.registered().registration());
    }

    /** The category, once registered. */
    public Optional<Category> category() {
        return registration().map(Registration::category);
    }

    /** The official considering it, once assigned. */
    public Optional<PersonId> assignee() {
        return considered().map(Stage.Considered::assignee);
    }

    /** The competent bodies it was sent to, in order. */
    public List<Forwarding> forwardings() {
        return considered().map(Stage.Considered::forwardings).orElse(List.of());
    }

    /** The one extension of its term, if granted. */
    public Optional<Extension> extension() {
        return considered().flatMap(Stage.Considered::extension);
    }

    /** The decision, once decided. */
    public Optional<Decision> decision() {
        return decided().map(Stage.Decided::decision);
    }

    /** When it was decided. */
    public Optional<Instant> decidedAt() {
        return decided().map(Stage.Decided::at);
    }

    /** The answer sent, once answered. */
    public Optional<Answer> answer() {
        return stage instanceof Stage.Answered a ? Optional.of(a.answer()) : Optional.empty();
    }

    /** Why no answer was sent, once closed without one. */
    public Optional<Closure> closure() {
        return stage instanceof Stage.Closed c ? Optional.of(c.closure()) : Optional.empty();
    }

    /** Shows id, number and status only: never the appellant or the summary. */
    @Override
    public String toString() {
        return "Appeal[" + school + " " + id + registration().map(r -> " " + r.number()).orElse("") + " " + status() + "]";
    }
}
