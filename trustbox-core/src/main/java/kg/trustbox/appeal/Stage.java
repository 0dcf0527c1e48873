package kg.trustbox.appeal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kg.trustbox.commission.PersonId;

/**
 * Where an appeal is in its lifecycle, each stage holding the one before it, so
 * that what a stage needs is there by construction: a considered appeal has a registration and an
 * official, a decided one a decision, an answered one an answer. Withdrawn → {@link Registered} →
 * {@link Considered} (forwarded any number of times, extended at most once) → {@link Decided} →
 * {@link Answered} or {@link Closed}.
 */
public sealed interface Stage permits Stage.Withdrawn, Stage.Registered, Stage.Considered, Stage.Decided, Stage.Answered,
        Stage.Closed {

    /** The status this stage is reported as. */
    Status status();

    /** Taken from the box and listed in the act, not yet registered. */
    record Withdrawn() implements Stage {
        @Override
        public Status status() {
            return Status.WITHDRAWN;
        }
    }

    /** Registered: the term of consideration runs. */
    record Registered(Registration registration) implements Stage {
        public Registered {
            Objects.requireNonNull(registration, "registration");
        }

        @Override
        public Status status() {
            return Status.REGISTERED;
        }
    }

    /**
     * Assigned to an official for consideration; forwarded to competent bodies, and its
     * term extended once (Law No. 67), while it is here.
     *
     * @param registered the registration it was considered on
     * @param assignee the official considering it
     * @param forwardings the competent bodies it was sent to, in order
     * @param extension the one extension of its term, if granted
     */
    record Considered(Registered registered, PersonId assignee, List<Forwarding> forwardings, Optional<Extension> extension)
            implements Stage {
        public Considered {
            Objects.requireNonNull(registered, "registered");
            Objects.requireNonNull(assignee, "assignee");
            Objects.requireNonNull(extension, "extension");
            forwardings = List.copyOf(forwardings);
        }

        /** Under consideration, or forwarded once it has been sent to a competent body. */
        @Override
        public Status status() {
            return forwardings.isEmpty() ? Status.UNDER_CONSIDERATION : Status.FORWARDED;
        }

        Considered forwardedTo(Forwarding forwarding) {
            List<Forwarding> all = new ArrayList<>(forwardings);
            all.add(forwarding);
            return new Considered(registered, assignee, all, extension);
        }

        Considered extendedBy(Extension granted) {
            return new Considered(registered, assignee, forwardings, Optional.of(granted));
        }
    }

    /** Decided at {@code at}. */
    record Decided(Considered considered, Decision decision, Instant at) implements Stage {
        public Decided {
            Objects.requireNonNull(considered, "considered");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public Status status() {
            return Status.DECIDED;
        }
    }

    /** The decision was sent to a signed appellant. */
    record Answered(Decided decided, Answer answer) implements Stage {
        public Answered {
            Objects.requireNonNull(decided, "decided");
            Objects.requireNonNull(answer, "answer");
        }

        @Override
        public Status status() {
            return Status.ANSWERED;
        }
    }

    /** Decided and closed without an answer: the appellant is anonymous or gave no contact. */
    record Closed(Decided decided, Closure closure) implements Stage {
        public Closed {
            Objects.requireNonNull(decided, "decided");
            Objects.requireNonNull(closure, "closure");
        }

        @Override
        public Status status() {
            return Status.CLOSED;
        }
    }
}
