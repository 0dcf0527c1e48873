package kg.trustbox.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Computes and verifies SHA-256 hash chains. Stateless and thread-safe. */
public final class Chain {
    /** The "previous hash" of a chain's first entry. */
    public static final String GENESIS = "0".repeat(64);

    private Chain() {
    }

    /** SHA-256 of {@code canonical} followed by {@code previousHash}, as lower-case hex. */
    public static String link(String canonical, String previousHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(canonical.getBytes(StandardCharsets.UTF_8));
            sha.update(previousHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** SHA-256 of {@code text} as lower-case hex: a digest that stands in for personal data in a chain. */
    public static String digest(String text) {
        return link(text, "");
    }

    /**
     * Verifies {@code entries} (as stored, in sequence order) against each other and against the
     * recorded {@code head} (the last entry's sequence and hash, kept apart from the entries, so
     * that removing the last entries is found too).
     */
    public static Verification verify(List<? extends Linked> entries, Optional<Head> head) {
        return verifyAfter(new Head(0, GENESIS), entries, head);
    }

    /**
     * {@link #verify}, for the entries that follow {@code start}, an entry verified before (a
     * checkpoint): the first must link to it. Nothing before it is read or hashed again.
     */
    public static Verification verifyAfter(Head start, List<? extends Linked> entries, Optional<Head> head) {
        String previous = start.hash();
        long expected = start.sequence() + 1;
        for (Linked e : entries) {
            if (e.sequence() != expected) {
                return new Verification.Broken(expected, "sequence " + e.sequence() + " where " + expected + " was expected");
            }
            if (!e.previousHash().equals(previous)) {
                return new Verification.Broken(e.sequence(), "the link to the previous entry does not match");
            }
            if (!link(e.canonical(), e.previousHash()).equals(e.hash())) {
                return new Verification.Broken(e.sequence(), "the content does not match its hash");
            }
            previous = e.hash();
            expected++;
        }
        long count = expected - 1;
        Head actual = new Head(count, previous);
        Head recorded = head.orElse(new Head(0, GENESIS));
        if (!actual.equals(recorded)) {
            return new Verification.Broken(Math.min(count, recorded.sequence()) + 1,
                    "the chain ends at " + count + " but its head records " + recorded.sequence());
        }
        return new Verification.Intact(count);
    }

    /**
     * {@link #verifyAfter}, for the entries read from a checkpoint on ({@code fromCheckpoint}, its
     * own entry first, unless it is the start of the chain): broken at the checkpoint when the
     * chain no longer holds it as it was verified.
     */
    public static Verification verifySince(Head checkpoint, List<? extends Linked> fromCheckpoint, Optional<Head> head) {
        if (checkpoint.sequence() == 0) {
            return verifyAfter(checkpoint, fromCheckpoint, head);
        }
        if (fromCheckpoint.isEmpty() || fromCheckpoint.get(0).sequence() != checkpoint.sequence()
                || !fromCheckpoint.get(0).hash().equals(checkpoint.hash())) {
            return new Verification.Broken(checkpoint.sequence(), "the checkpoint is no longer in the chain");
        }
        return verifyAfter(checkpoint, fromCheckpoint.subList(1, fromCheckpoint.size()), head);
    }

    /** The end of a chain: the last entry's sequence (0 when empty) and hash. */
    public record Head(long sequence, String hash) {
        /** The head of an empty chain: where a verification from the start begins. */
        public static final Head START = new Head(0, GENESIS);
    }

    /** The result of {@link #verify}. */
    public sealed interface Verification permits Verification.Intact, Verification.Broken {
        /** Whether the chain is intact. */
        default boolean isIntact() {
            return this instanceof Intact;
        }

        /** Every entry verified. @param entries how many */
        record Intact(long entries) implements Verification {
        }

        /** The chain breaks at {@code sequence}. @param reason what was found there */
        record Broken(long sequence, String reason) implements Verification {
        }
    }
}
