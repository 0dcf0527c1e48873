package kg.trustbox.appeal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;
import kg.trustbox.commission.PersonId;
import kg.trustbox.input.PlainText;

/**
 * What the registrar records for a withdrawn appeal.
 *
 * @param registrar who registers
 * @param category what it is about
 * @param language the language it is written in
 * @param summary a short summary: confidential, never logged
 * @param scan a reference to a scan of the paper original, if made
 */
public record RegistrationRequest(
        @NotNull PersonId registrar,
        @NotNull Category category,
        @NotNull AppealLanguage language,
        @NotBlank @Size(max = 2000) @PlainText(multiline = true) String summary,
        @NotNull Optional<@Pattern(regexp = "(?s).*\\S.*") @Size(max = 500) @PlainText String> scan) {
    public RegistrationRequest {
        Objects.requireNonNull(scan, "scan");
    }

    /** A registration without a scan. */
    public static RegistrationRequest of(PersonId registrar, Category category, AppealLanguage language, String summary) {
        return new RegistrationRequest(registrar, category, language, summary, Optional.empty());
    }

    /** Hides the summary. */
    @Override
    public String toString() {
        return "RegistrationRequest[" + category + ", " + language + "]";
    }
}
