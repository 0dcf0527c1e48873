package kg.trustbox.testing;

/**
 * How many examples a property test plays. The full count in the build; under mutation testing
 * (the {@code mutation} profile sets {@code -Dtrustbox.mutation=true}), where every surviving mutant
 * re-runs the tests that reach it, a quarter of it and at least two, so that the profile stays
 * within CI's time. A mutant that only a rare example could kill is then reported as surviving.
 */
public final class Examples {
    private Examples() {
    }

    /** {@code n}, or a quarter of it (at least 2) under mutation testing. */
    public static int of(int n) {
        return Boolean.getBoolean("trustbox.mutation") ? Math.max(2, n / 4) : n;
    }
}
