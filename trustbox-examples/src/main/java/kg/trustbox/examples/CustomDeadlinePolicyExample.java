package kg.trustbox.examples;

import java.time.Clock;
import kg.trustbox.Regulation;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.appeal.DeadlinePolicy;
import kg.trustbox.school.School;
import kg.trustbox.store.Stores;

/**
 * Example: install another consideration deadline. Law No. 67's 14 calendar days are the default;
 * a school (or a ministry, once the 2026 bill is in force) installs 10 working days, or its own
 * figures, and every due date, overdue list and report follows.
 */
public final class CustomDeadlinePolicyExample {
    private CustomDeadlinePolicyExample() {
    }

    /** The office of {@code school} with 7 working days to decide and at most 20 calendar days with an extension. */
    public static TrustBoxOffice withOwnPolicy(School school, Stores stores, Clock clock) {
        DeadlinePolicy ours = new DeadlinePolicy.WorkingDays("School order 15-н: 7 working days, extension to 20 days", 7, 20);
        return TrustBoxOffice.of(school, stores, clock, Regulation.defaults().withDeadlines(ours));
    }

    /** The office with the 2026 bill's 10 working days. */
    public static TrustBoxOffice withTenWorkingDays(School school, Stores stores, Clock clock) {
        return TrustBoxOffice.of(school, stores, clock, Regulation.defaults().withDeadlines(DeadlinePolicy.tenWorkingDays()));
    }
}
