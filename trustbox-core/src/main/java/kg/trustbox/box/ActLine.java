package kg.trustbox.box;

import java.util.Optional;
import kg.trustbox.appellant.Appellant;

/**
 * One line of a withdrawal act (Appendix 2): line number, from whom, return address, note.
 *
 * @param number the line number, from 1
 * @param from the appellant as written, or anonymous
 * @param note the note
 */
public record ActLine(int number, Appellant from, String note) {

    /** The return address, when the appellant gave one. */
    public Optional<String> returnAddress() {
        return from instanceof Appellant.Signed s ? s.contacts().returnAddress() : Optional.empty();
    }
}
