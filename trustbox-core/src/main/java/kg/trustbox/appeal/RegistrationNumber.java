package kg.trustbox.appeal;

import kg.trustbox.input.Limits;

/**
 * An appeal's registration number: consecutive per school and calendar year, no
 * gaps, never reused; written {@code 2026-0017}.
 */
public record RegistrationNumber(int year, int sequence) implements Comparable<RegistrationNumber> {
    public RegistrationNumber {
        Limits.year("registrationNumber.year", year);
        if (sequence < 1) {
            throw Limits.refused("registrationNumber", "constraint.range", "1", Integer.toString(Integer.MAX_VALUE), Integer.toString(sequence));
        }
    }

    @Override
    public String toString() {
        return String.format("%d-%04d", year, sequence);
    }

    @Override
    public int compareTo(RegistrationNumber o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(sequence, o.sequence);
    }
}
