package kg.trustbox.appeal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;
import kg.trustbox.input.PlainText;

/**
 * The decision on an appeal.
 *
 * @param verdict justified, partly, not, or left unconsidered
 * @param legalGround the legal ground, required when left unconsidered
 * @param measures the measures taken (may be empty when not justified)
 */
public record Decision(
        @NotNull Verdict verdict,
        Optional<@Pattern(regexp = "(?s).*\\S.*") @Size(max = 500) @PlainText String> legalGround,
        @NotNull @Size(max = 4000) @PlainText(multiline = true) String measures) {
    public Decision {
        Objects.requireNonNull(legalGround, "legalGround");
    }

    /** A decision on the merits with the measures taken. */
    public static Decision of(Verdict verdict, String measures) {
        return new Decision(verdict, Optional.empty(), measures);
    }

    /** Left unconsidered on {@code legalGround}. */
    public static Decision leftUnconsidered(String legalGround) {
        return new Decision(Verdict.LEFT_UNCONSIDERED, Optional.of(legalGround), "");
    }

    /** A legal ground is given exactly when the appeal is left unconsidered. */
    @AssertTrue(message = "{kg.trustbox.legalGround}")
    public boolean isLegalGroundConsistent() {
        return (verdict == Verdict.LEFT_UNCONSIDERED) == legalGround.isPresent();
    }
}
