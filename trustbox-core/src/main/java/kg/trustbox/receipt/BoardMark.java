package kg.trustbox.receipt;

import java.util.Objects;

/**
 * The mark under which the outcomes board lists an appeal with a receipt: six characters
 * of the code's alphabet, printed on the stub beside the code and grouped for reading, {@code
 * K7Q-4MX}. It is not a part of the code: it is computed from the code's digest under the school's
 * receipt key ({@link ReceiptKey#boardMark}), so the board tells nothing about the codes, and the
 * mark cannot be computed from anything a database reader sees. Posting it publishes no secret;
 * whoever holds a stub finds the outcome on the board without a lookup.
 *
 * @param value the six characters
 */
public record BoardMark(String value) implements Comparable<BoardMark> {
    /** Characters in a mark. */
    public static final int LENGTH = 6;

    public BoardMark {
        Objects.requireNonNull(value, "value");
        if (value.length() != LENGTH || !value.chars().allMatch(c -> ReceiptCode.ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("a board mark is " + LENGTH + " characters of the receipt alphabet");
        }
    }

    /** As printed: two groups of three, {@code K7Q-4MX}. */
    public String grouped() {
        return value.substring(0, 3) + "-" + value.substring(3);
    }

    @Override
    public int compareTo(BoardMark other) {
        return value.compareTo(other.value);
    }
}
