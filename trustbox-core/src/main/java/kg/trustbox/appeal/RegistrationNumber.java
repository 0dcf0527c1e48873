package kg.trustbox.appeal;

/**
 * An appeal's registration number: consecutive per school and calendar year, no
 * gaps, never reused; written {@code 2026-0017}.
 */
public record RegistrationNumber(int year, int sequence) implements Comparable<RegistrationNumber> {
    public RegistrationNumber {
        if (sequence < 1) {
            throw new IllegalArgumentException("registration numbers start at 1");
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
