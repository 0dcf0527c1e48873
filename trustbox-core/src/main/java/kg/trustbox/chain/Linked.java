package kg.trustbox.chain;

/**
 * An entry of a hash chain (the opening journal, the access log): entry n stores
 * SHA-256(canonical bytes of entry n ‖ hash of entry n−1).
 */
public interface Linked {
    /** The entry's position, 1 for the first. */
    long sequence();

    /** The hash of the entry before, {@link Chain#GENESIS} for the first. */
    String previousHash();

    /** This entry's hash. */
    String hash();

    /** The entry's content in canonical form, as {@code kg.trustbox.chain.internal.Canonical} writes it. */
    String canonical();
}
