package kg.trustbox.commission;

import kg.trustbox.input.Limits;

/**
 * How many members must be present: more than {@code numerator/denominator} of the members.
 * A simple majority ({@code 1/2}) by default. Immutable.
 */
public record Quorum(int numerator, int denominator) {
    public Quorum {
        if (denominator <= 0 || numerator < 0 || numerator >= denominator) {
            throw Limits.refused("quorum", "constraint.quorum");
        }
    }

    /** More than half. */
    public static Quorum majority() {
        return new Quorum(1, 2);
    }

    /** Whether {@code present} of {@code members} is a quorum. */
    public boolean isMet(int present, int members) {
        return (long) present * denominator > (long) members * numerator;
    }
}
