package kg.trustbox.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import kg.trustbox.rule.Messages;
import kg.trustbox.rule.Rule;

/**
 * One breach an inspector would note (R-4.3, R-4.5, R-5.1–, the law), with its
 * rule, its date and the record it rests on. Carries no personal data.
 *
 * @param rule the rule breached
 * @param date when
 * @param key the message key
 * @param values what the message shows
 * @param basis the record it rests on
 */
public record Finding(Rule rule, LocalDate date, String key, List<String> values, Basis basis) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(basis, "basis");
        values = List.copyOf(values);
    }

    static Finding of(Rule rule, LocalDate date, Basis basis, String key, Object... values) {
        return new Finding(rule, date, key, java.util.Arrays.stream(values).map(String::valueOf).toList(), basis);
    }

    /**
     * The finding in {@code locale}, for example "2026-10-13: no opening and no recorded
     * deviation on 2026-10-13 (opening journal: no entry for 2026-10-13)".
     */
    public String message(Locale locale) {
        return date + " " + rule.id() + ": " + Messages.format(key, locale, values.toArray()) + " (" + basis.describe(locale) + ")";
    }

    @Override
    public String toString() {
        return message(Locale.ROOT);
    }
}
