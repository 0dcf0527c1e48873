package kg.trustbox.appeal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.commission.PersonId;
import kg.trustbox.rule.Outcome;
import kg.trustbox.rule.Rule;
import kg.trustbox.school.SchoolId;

/**
 * An appeal withdrawn from the box and what has happened to it since.
 * Immutable: each step returns a new value, or a rejection naming the rule when the lifecycle
 * does not allow it. Its {@code toString} shows no personal data.
 *
 * @param school the school
 * @param id the appeal's id (its act line)
 * @param withdrawal the act and line it came from
 * @param appellant who wrote it, or anonymous
 * @param status where it is in its lifecycle
 * @param registration set once registered
 * @param assignee the official considering it, once assigned
 * @param forwardings the competent bodies it was sent to, in order
 * @param extension the one extension of its term, if granted
 * @param decision set once decided
 * @param decidedAt when it was decided
 * @param answer set once answered
 * @param closure set once closed without answer
 * @param tags recurring problems the responsible person identified
 * @param revision counts the steps; a store replaces an appeal only at the revision it read
 */
public record Appeal(
        SchoolId school,
        AppealId id,
        Withdrawal withdrawal,
        Appellant appellant,
        Status status,
        Optional<Registration> registration,
        Optional<PersonId> assignee,
        List<Forwarding> forwardings,
        Optional<Extension> extension,
        Optional<Decision> decision,
        Optional<Instant> decidedAt,
        Optional<Answer> answer,
        Optional<Closure> closure,
        List<String> tags,
        long revision) {

    public Appeal {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(withdrawal, "withdrawal");
        Objects.requireNonNull(appellant, "appellant");
        Objects.requireNonNull(status, "status");
        forwardings = List.copyOf(forwardings);
        tags = List.copyOf(tags);
    }

    /** A freshly withdrawn appeal, waiting for registration. */
    public static Appeal withdrawn(SchoolId school, Withdrawal withdrawal, Appellant appellant) {
        return new Appeal(school, AppealId.of(withdrawal.act(), withdrawal.line()), withdrawal, appellant, Status.WITHDRAWN,
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), 0);
    }

    private Outcome<Appeal> move(Status target, Rule rule) {
        if (!status.canMoveTo(target)) {
            return Outcome.rejected(rule, "appeal.illegalMove", id, status, target);
        }
        return Outcome.accepted(this);
    }

    /** Registers it. */
    public Outcome<Appeal> register(Registration registration) {
        return move(Status.REGISTERED, Rule.R_4_4).map(a -> new Appeal(school, id, withdrawal, appellant, Status.REGISTERED,
                Optional.of(registration), assignee, forwardings, extension, decision, decidedAt, answer, closure, tags, revision + 1));
    }

    /** Assigns it to {@code official} for consideration. */
    public Outcome<Appeal> assign(PersonId official) {
        return move(Status.UNDER_CONSIDERATION, Rule.R_1_5_2).map(a -> new Appeal(school, id, withdrawal, appellant,
                Status.UNDER_CONSIDERATION, registration, Optional.of(official), forwardings, extension, decision, decidedAt, answer, closure,
                tags, revision + 1));
    }

    /** Sends it to a competent body; may happen more than once. */
    public Outcome<Appeal> forward(Forwarding forwarding) {
        return move(Status.FORWARDED, Rule.R_1_5_2).map(a -> {
            List<Forwarding> all = new java.util.ArrayList<>(forwardings);
            all.add(forwarding);
            return new Appeal(school, id, withdrawal, appellant, Status.FORWARDED, registration, assignee, all, extension, decision,
                    decidedAt, answer, closure, tags, revision + 1);
        });
    }

    /** Extends its term once (Law No. 67). */
    public Outcome<Appeal> extend(Extension ext) {
        if (!status.isAwaitingDecision() || status == Status.REGISTERED) {
            return Outcome.rejected(Rule.LAW_67, "appeal.extendNotConsidered", id, status);
        }
        if (extension.isPresent()) {
            return Outcome.rejected(Rule.LAW_67, "appeal.extendedTwice", id, extension.get().newDue());
        }
        return Outcome.accepted(new Appeal(school, id, withdrawal, appellant, status, registration, assignee, forwardings,
                Optional.of(ext), decision, decidedAt, answer, closure, tags, revision + 1));
    }

    /** Decides it at {@code at}. */
    public Outcome<Appeal> decide(Decision d, Instant at) {
        return move(Status.DECIDED, Rule.R_1_5_2).map(a -> new Appeal(school, id, withdrawal, appellant, Status.DECIDED,
                registration, assignee, forwardings, extension, Optional.of(d), Optional.of(at), answer, closure, tags, revision + 1));
    }

    /** Records the answer sent; only a signed appellant with the channel's contact can be answered. */
    public Outcome<Appeal> answer(Answer a) {
        Outcome<Appeal> moved = move(Status.ANSWERED, Rule.R_1_5_2);
        if (!moved.isAccepted()) {
            return moved;
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
        return Outcome.accepted(new Appeal(school, id, withdrawal, appellant, Status.ANSWERED, registration, assignee,
                forwardings, extension, decision, decidedAt, Optional.of(a), closure, tags, revision + 1));
    }

    /** Closes a decided appeal that cannot be answered: anonymous, or signed with no contact. */
    public Outcome<Appeal> closeWithoutAnswer(Instant at) {
        Outcome<Appeal> moved = move(Status.CLOSED, Rule.R_1_5_2);
        if (!moved.isAccepted()) {
            return moved;
        }
        if (appellant.isAnswerable()) {
            return Outcome.rejected(Rule.R_1_5_2, "appeal.mustAnswer", id);
        }
        Closure.Reason reason = appellant instanceof Appellant.Anonymous ? Closure.Reason.ANONYMOUS : Closure.Reason.NO_ADDRESS;
        return Outcome.accepted(new Appeal(school, id, withdrawal, appellant, Status.CLOSED, registration, assignee, forwardings,
                extension, decision, decidedAt, answer, Optional.of(new Closure(at, reason)), tags, revision + 1));
    }

    /** Replaces its recurring-problem tags; allowed once registered. */
    public Outcome<Appeal> tag(List<String> newTags) {
        if (status == Status.WITHDRAWN) {
            return Outcome.rejected(Rule.R_1_5_3, "appeal.tagUnregistered", id);
        }
        return Outcome.accepted(new Appeal(school, id, withdrawal, appellant, status, registration, assignee, forwardings,
                extension, decision, decidedAt, answer, closure, newTags, revision + 1));
    }

    /** Whether the appeal is anonymous. */
    public boolean isAnonymous() {
        return appellant instanceof Appellant.Anonymous;
    }

    /** The category, once registered. */
    public Optional<Category> category() {
        return registration.map(Registration::category);
    }

    /** Shows id, number and status only: never the appellant or the summary. */
    @Override
    public String toString() {
        return "Appeal[" + school + " " + id + registration.map(r -> " " + r.number()).orElse("") + " " + status + "]";
    }
}
