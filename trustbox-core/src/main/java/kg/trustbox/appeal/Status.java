package kg.trustbox.appeal;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an appeal is in its lifecycle, and which moves each state allows:
 * withdrawn → registered → under consideration → forwarded (any number of times) → decided →
 * answered, or closed without answer when the appellant cannot be answered.
 */
public enum Status {
    WITHDRAWN,
    REGISTERED,
    UNDER_CONSIDERATION,
    FORWARDED,
    DECIDED,
    ANSWERED,
    CLOSED;

    /** The states this one may move to. */
    public Set<Status> next() {
        return switch (this) {
            case WITHDRAWN -> EnumSet.of(REGISTERED);
            case REGISTERED -> EnumSet.of(UNDER_CONSIDERATION);
            case UNDER_CONSIDERATION -> EnumSet.of(FORWARDED, DECIDED);
            case FORWARDED -> EnumSet.of(FORWARDED, DECIDED);
            case DECIDED -> EnumSet.of(ANSWERED, CLOSED);
            case ANSWERED, CLOSED -> EnumSet.noneOf(Status.class);
        };
    }

    /** Whether this state may move to {@code target}. */
    public boolean canMoveTo(Status target) {
        return next().contains(target);
    }

    /** Whether consideration is still running (the deadline clock ticks). */
    public boolean isAwaitingDecision() {
        return this == REGISTERED || this == UNDER_CONSIDERATION || this == FORWARDED;
    }

    /** Whether nothing more can happen. */
    public boolean isFinal() {
        return this == ANSWERED || this == CLOSED;
    }
}
