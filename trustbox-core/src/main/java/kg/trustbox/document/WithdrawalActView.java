package kg.trustbox.document;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import kg.trustbox.school.Language;

/**
 * The withdrawal act (Appendix 2, R-4.3).
 *
 * @param language the document's language
 * @param school the school
 * @param year the act's year
 * @param number the act's number within the year
 * @param openedAt when the box was opened, school time
 * @param boxDamaged whether the box shows mechanical damage
 * @param sealIntact whether the seal was intact
 * @param sealFound the number read from the seal
 * @param sealExpected the number of the seal applied last time
 * @param lines one line per appeal
 * @param present the members present, who sign
 * @param deviation why the box was opened outside its slot, when it was
 */
public record WithdrawalActView(
        Language language,
        SchoolHeader school,
        int year,
        int number,
        LocalDateTime openedAt,
        boolean boxDamaged,
        boolean sealIntact,
        String sealFound,
        String sealExpected,
        List<Line> lines,
        List<Signatory> present,
        Optional<String> deviation) implements DocumentView {
    public WithdrawalActView {
        lines = List.copyOf(lines);
        present = List.copyOf(present);
        java.util.Objects.requireNonNull(deviation, "deviation");
    }

    /** An act of an opening in its slot (no deviation). */
    public WithdrawalActView(Language language, SchoolHeader school, int year, int number, LocalDateTime openedAt, boolean boxDamaged,
                             boolean sealIntact, String sealFound, String sealExpected, List<Line> lines, List<Signatory> present) {
        this(language, school, year, number, openedAt, boxDamaged, sealIntact, sealFound, sealExpected, lines, present, Optional.empty());
    }

    /** Whether the seal found is the one applied last time. */
    public boolean sealMatches() {
        return sealFound.equals(sealExpected);
    }

    /**
     * One line of the act.
     *
     * @param number the line number
     * @param fromWhom the name as written; empty for an anonymous appeal and for a withheld one
     * @param returnAddress the return address, if given and not withheld
     * @param note the note
     * @param withheld whether the appeal is signed but the reader may not see who signed it
     * @param withReceipt whether a receipt is attached to the appeal: the act says so, never its code
     */
    public record Line(int number, Optional<String> fromWhom, Optional<String> returnAddress, String note, boolean withheld,
                       boolean withReceipt) {
        /** A line the reader may see whole, without a receipt. */
        public Line(int number, Optional<String> fromWhom, Optional<String> returnAddress, String note) {
            this(number, fromWhom, returnAddress, note, false, false);
        }

        /** A line without a receipt. */
        public Line(int number, Optional<String> fromWhom, Optional<String> returnAddress, String note, boolean withheld) {
            this(number, fromWhom, returnAddress, note, withheld, false);
        }

        /** Shows the line's number and whether it is signed: never the name or the address. */
        @Override
        public String toString() {
            return "Line[" + number + (withheld ? ", withheld" : fromWhom.isPresent() ? ", signed" : ", anonymous")
                    + (withReceipt ? ", receipt" : "") + "]";
        }
    }

    /** Shows the act's number and its count of lines: never a name or an address. */
    @Override
    public String toString() {
        return "WithdrawalActView[" + year + "/" + number + ", " + lines.size() + " line(s), " + language + "]";
    }
}
