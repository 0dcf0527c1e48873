package kg.trustbox.box;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import kg.trustbox.input.PlainText;

/**
 * A numbered seal (пломба) put on the box after every opening. A school never uses a seal
 * number twice.
 *
 * @param number the number printed on the seal
 */
public record Seal(@NotBlank @Size(max = 40) @PlainText String number) {
    public Seal {
        Objects.requireNonNull(number, "number");
    }

    /** The seal numbered {@code number}. */
    public static Seal of(String number) {
        return new Seal(number);
    }

    @Override
    public String toString() {
        return number;
    }
}
