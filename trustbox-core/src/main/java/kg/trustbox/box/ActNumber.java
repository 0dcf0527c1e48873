package kg.trustbox.box;

import kg.trustbox.input.Limits;

/**
 * A withdrawal act's number: consecutive per school and calendar year, from 1 (R-4.3, Appendix 2).
 *
 * @param year the calendar year of the opening, in the school's zone
 * @param sequence the act's number within that year
 */
public record ActNumber(int year, int sequence) implements Comparable<ActNumber> {
    public ActNumber {
        Limits.year("actNumber.year", year);
        if (sequence < 1) {
            throw Limits.refused("actNumber", "constraint.range", "1", Integer.toString(Integer.MAX_VALUE), Integer.toString(sequence));
        }
    }

    /** The number as the act's title shows it, for example {@code 17}. */
    @Override
    public String toString() {
        return Integer.toString(sequence);
    }

    /** Year and number, for example {@code 2026/17}. */
    public String qualified() {
        return year + "/" + sequence;
    }

    @Override
    public int compareTo(ActNumber o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(sequence, o.sequence);
    }
}
