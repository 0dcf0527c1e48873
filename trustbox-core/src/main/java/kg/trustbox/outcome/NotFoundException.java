package kg.trustbox.outcome;

import java.util.Locale;
import kg.trustbox.rule.Messages;

/** An id that names nothing in the school it was asked of (for example an unknown appeal id). */
public final class NotFoundException extends TrustBoxException {
    private final String what;
    private final String id;

    /** @param what the kind of thing, a message key suffix ({@code appeal}, {@code box}, {@code commission}) */
    public NotFoundException(String what, String id) {
        super(null, null);
        this.what = what;
        this.id = id;
    }

    @Override
    public String getLocalizedMessage(Locale locale) {
        return Messages.format("notFound." + what, locale, id);
    }
}
