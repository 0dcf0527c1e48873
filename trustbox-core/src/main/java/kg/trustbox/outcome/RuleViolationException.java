package kg.trustbox.outcome;

import java.util.Locale;
import kg.trustbox.rule.Rule;

/** A rejected {@link Outcome} turned into an exception by {@link Outcome#orElseThrow()}. */
public final class RuleViolationException extends TrustBoxException {
    private final transient Rejection rejection;

    public RuleViolationException(Rejection rejection) {
        super(null, null);
        this.rejection = rejection;
    }

    /** Why the regulation refused. */
    public Rejection rejection() {
        return rejection;
    }

    /** The rule that refused. */
    public Rule rule() {
        return rejection.rule();
    }

    @Override
    public String getLocalizedMessage(Locale locale) {
        return rejection.message(locale);
    }
}
