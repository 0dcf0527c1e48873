package kg.trustbox.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kg.trustbox.box.ActNumber;
import kg.trustbox.rule.Messages;

/**
 * The record a {@link Finding} rests on, so that an inspector can open it: a journal entry (with
 * its act), the journal's absence of an entry, a protocol, a report, an order, an appeal of the
 * register, a record of the access log. Carries numbers only, never personal data.
 */
public sealed interface Basis {

    /** The message key that describes it. */
    String key();

    /** The values the description shows. */
    List<String> values();

    /** The description in {@code locale}, for example "opening journal, entry 12; act No. 2026/3". */
    default String describe(Locale locale) {
        return Messages.format(key(), locale, values().toArray());
    }

    /**
     * Entry {@code sequence} of the opening journal, with the act drawn up at that opening.
     *
     * @param sequence the entry's sequence number
     * @param act the withdrawal act, if the opening found appeals
     */
    record JournalEntry(long sequence, Optional<ActNumber> act) implements Basis {
        @Override
        public String key() {
            return act.isPresent() ? "basis.journalAct" : "basis.journal";
        }

        @Override
        public List<String> values() {
            return act.isPresent() ? List.of(Long.toString(sequence), act.get().qualified()) : List.of(Long.toString(sequence));
        }
    }

    /**
     * The opening journal has no entry for {@code day}.
     *
     * @param day the slot day
     */
    record NoOpening(LocalDate day) implements Basis {
        @Override
        public String key() {
            return "basis.noOpening";
        }

        @Override
        public List<String> values() {
            return List.of(day.toString());
        }
    }

    /** The box as it stands (opened, not sealed again). */
    record Box() implements Basis {
        @Override
        public String key() {
            return "basis.box";
        }

        @Override
        public List<String> values() {
            return List.of();
        }
    }

    /**
     * Record {@code sequence} of a hash chain: the journal's or the access log's.
     *
     * @param journal true for the opening journal, false for the access log
     * @param sequence where the chain breaks
     */
    record ChainRecord(boolean journal, long sequence) implements Basis {
        @Override
        public String key() {
            return journal ? "basis.journal" : "basis.log";
        }

        @Override
        public List<String> values() {
            return List.of(Long.toString(sequence));
        }
    }

    /**
     * Protocol {@code number} of the commission's meetings.
     *
     * @param number the protocol's number
     */
    record Protocol(int number) implements Basis {
        @Override
        public String key() {
            return "basis.protocol";
        }

        @Override
        public List<String> values() {
            return List.of(Integer.toString(number));
        }
    }

    /**
     * The protocols of a half-year.
     *
     * @param half the half-year
     */
    record Protocols(HalfYear half) implements Basis {
        @Override
        public String key() {
            return "basis.halfYear";
        }

        @Override
        public List<String> values() {
            return List.of(half.toString());
        }
    }

    /**
     * The quarterly report of {@code quarter} (or its absence).
     *
     * @param quarter the quarter
     */
    record Report(Quarter quarter) implements Basis {
        @Override
        public String key() {
            return "basis.report";
        }

        @Override
        public List<String> values() {
            return List.of(quarter.toString());
        }
    }

    /**
     * The director's order numbered {@code number}.
     *
     * @param number the order's number
     */
    record Order(String number) implements Basis {
        @Override
        public String key() {
            return "basis.order";
        }

        @Override
        public List<String> values() {
            return List.of(number);
        }
    }

    /**
     * An appeal of the register: its registration number, or its act line while unregistered.
     *
     * @param appeal the registration number or the appeal's id
     */
    record Appeal(String appeal) implements Basis {
        @Override
        public String key() {
            return "basis.appeal";
        }

        @Override
        public List<String> values() {
            return List.of(appeal);
        }
    }
}
