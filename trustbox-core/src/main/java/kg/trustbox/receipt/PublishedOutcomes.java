package kg.trustbox.receipt;

/**
 * How many anonymous appeals decided in a period their authors can learn the outcome of:
 * an anonymous author has no answer letter, only the stub of a receipt and the outcome published
 * for it. Counts only. Immutable.
 *
 * @param anonymousDecided anonymous appeals decided in the period
 * @param withReceipt of those, the ones with a receipt attached
 * @param published of those, the ones whose outcome the commission published
 */
public record PublishedOutcomes(int anonymousDecided, int withReceipt, int published) {
    /** None decided. */
    public static final PublishedOutcomes NONE = new PublishedOutcomes(0, 0, 0);

    public PublishedOutcomes {
        if (published < 0 || withReceipt < published || anonymousDecided < withReceipt) {
            throw new IllegalArgumentException("published <= with a receipt <= anonymous decided, none negative");
        }
    }

    /** Anonymous appeals decided in the period whose outcome was not published, with a receipt or without. */
    public int unpublished() {
        return anonymousDecided - published;
    }
}
