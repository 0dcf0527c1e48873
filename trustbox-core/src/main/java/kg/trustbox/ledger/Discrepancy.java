package kg.trustbox.ledger;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import kg.trustbox.rule.Messages;

/**
 * What an inspection of a school's records found wrong, and where: a record changed,
 * deleted or inserted behind the library's back, a broken ledger, or records that contradict each
 * other. Carries no personal data.
 *
 * @param kind the kind of record
 * @param key which record, as the ledger names it (an appeal id, an act number, a sequence)
 * @param reason a message key: {@code records.changed}, {@code records.unrecorded}, {@code records.missing},
 *     {@code records.unreadable}, {@code records.ledgerBroken}, {@code records.countMismatch},
 *     {@code records.lineWithoutAppeal}, {@code records.appealWithoutLine}, {@code records.kindMismatch},
 *     {@code records.numbersGap}, {@code records.counterMismatch}, {@code records.actCounterMismatch},
 *     {@code records.sealReused}, {@code records.anchorAhead}, {@code records.anchorMismatch}
 * @param values the values the message names
 */
public record Discrepancy(LedgerEntry.Kind kind, String key, String reason, List<String> values) {
    public Discrepancy {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(reason, "reason");
        values = List.copyOf(values);
    }

    /** What was found, in {@code locale} (ky, ru or en). */
    public String message(Locale locale) {
        Object[] args = new Object[values.size() + 2];
        args[0] = kind;
        args[1] = key;
        for (int i = 0; i < values.size(); i++) {
            args[i + 2] = values.get(i);
        }
        return Messages.format(reason, locale, args);
    }
}
