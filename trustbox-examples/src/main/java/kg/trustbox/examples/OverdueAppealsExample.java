package kg.trustbox.examples;

import java.time.LocalDate;
import java.util.List;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.appeal.AppealTracking;

/**
 * Example: list a school's overdue appeals, and those due in the next days, for a dashboard.
 * The list carries numbers, categories and dates only: no names, contacts or summaries, so it can
 * be shown to the director or an inspector.
 */
public final class OverdueAppealsExample {
    private OverdueAppealsExample() {
    }

    /** One line per appeal whose registration or decision was due before {@code today}. */
    public static List<String> overdue(TrustBoxOffice office, LocalDate today) {
        return office.overdue(today).stream().map(OverdueAppealsExample::line).toList();
    }

    /** One line per appeal due from {@code today} to {@code days} days later. */
    public static List<String> dueSoon(TrustBoxOffice office, LocalDate today, int days) {
        return office.dueSoon(today, days).stream().map(OverdueAppealsExample::line).toList();
    }

    private static String line(AppealTracking t) {
        return t.number().map(Object::toString).orElse("(not registered) " + t.id()) + "  " + t.status() + "  due "
                + t.due().orElseThrow() + t.category().map(c -> "  " + c).orElse("");
    }
}
