package kg.trustbox.receipt;

/**
 * Whether a school answers one more receipt lookup today, given the day's counts so far:
 * the host's throttle against someone who tries code after code. Set it with
 * {@code TrustBoxOffice#withLookupPolicy}; the default is {@link #generous()}.
 *
 * <p>A refused lookup answers {@link ReceiptStatus.TryLater}: the code is neither parsed nor
 * digested nor looked for, so the answer says nothing about it. Since the counts are the
 * school's, kept by the store, a policy over them holds across every office and every JVM of the
 * host. It cannot tell one visitor from another: throttle per visitor (by address, by session) in
 * front of the library. Implementations are pure functions of the counts, immutable and thread-safe.
 */
@FunctionalInterface
public interface LookupPolicy {

    /** Whether one more lookup is answered, after {@code today}'s counts. */
    boolean allows(LookupCounts today);

    /**
     * At most {@code notFound} lookups that found nothing and {@code total} lookups in all per
     * school and day: past either, the rest of the day is refused.
     */
    static LookupPolicy perDay(long notFound, long total) {
        if (notFound < 0 || total < 0) {
            throw new IllegalArgumentException("limits are not negative");
        }
        return today -> today.notFound() < notFound && today.total() < total;
    }

    /**
     * The default: 1,000 lookups that find nothing and 20,000 in all per school and day, far above
     * what a school's parents need and far below what guessing needs (a code has 64 random bits).
     */
    static LookupPolicy generous() {
        return perDay(1_000, 20_000);
    }
}
