package kg.trustbox.ledger;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import kg.trustbox.chain.Linked;
import kg.trustbox.school.SchoolId;

/**
 * One entry of a school's ledger: a regulated record as it was written, by its kind, its key
 * and the {@link Encoding#digest} of its content, hash-chained to the entry before.
 *
 * @param school the school
 * @param sequence the entry's position, from 1
 * @param at when it was written, on the library's clock
 * @param kind what was written
 * @param key which record of that kind, for example an appeal id or an act number
 * @param digest the record's digest; for a counter, the number it reached
 * @param previousHash the hash of the entry before
 * @param hash this entry's hash
 */
public record LedgerEntry(SchoolId school, long sequence, Instant at, Kind kind, String key, String digest, String previousHash,
                          String hash) implements Linked {

    /** The kinds of regulated records the ledger covers. */
    public enum Kind {
        /** A commission as a director's order composed it, with its officers and votes. */
        COMMISSION,
        /** A declaration of a director or an auditor. */
        DECLARATION,
        /** The box: its seal, or the opening in progress. */
        BOX,
        /** A seal number used. */
        SEAL,
        /** A withdrawal act with its lines. */
        ACT,
        /** An opening journal entry, by its hash. */
        JOURNAL,
        /** An appeal at each step: registration, assignment, forwarding, extension, decision, answer, closure, tags. */
        APPEAL,
        /** Minutes, with each signature. */
        PROTOCOL,
        /** A quarterly report. */
        REPORT,
        /** An access record, by its hash. */
        ACCESS,
        /**
         * A signed appellant's identity, by act line: a commitment that reveals nothing about it
         * (a digest of its ciphertext), or {@code purged} once destroyed.
         */
        IDENTITY,
        /** A number handed out: the act or registration counter of a year, and the number it reached. */
        COUNTER,
        /**
         * A receipt record: a batch of issued codes ({@code batch/<n>}, the digest of the batch
         * and its codes' keyed digests), a receipt attached to an appeal ({@code appeal/<id>}), an
         * outcome published for one ({@code outcome/<id>}). Never a code. The receipt key and the
         * lookup counts are not regulated records and are not entered.
         */
        RECEIPT,
        /**
         * A baseline: the records that follow it up to the next kind of entry were found in storage,
         * not written through the library (records older than the ledger), and entered as they
         * stood then; its digest is how many. What they were before cannot be vouched for.
         */
        BASELINE,
        /** The ledger itself: named only by a {@link Discrepancy} (a broken chain, an anchor not met), never entered. */
        LEDGER
    }

    public LedgerEntry {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** The next entry after {@code head}: its hash computed from its content and the head's. */
    public static LedgerEntry next(SchoolId school, kg.trustbox.chain.Chain.Head head, Instant at, Kind kind, String key, String digest) {
        LedgerEntry draft = new LedgerEntry(school, head.sequence() + 1, at, kind, key, digest, head.hash(), "");
        return new LedgerEntry(school, draft.sequence, at, kind, key, digest, head.hash(),
                kg.trustbox.chain.Chain.link(draft.canonical(), head.hash()));
    }

    /** The entry's content in the ledger's encoding (its hash does not enter), as hex. */
    @Override
    public String canonical() {
        return HexFormat.of().formatHex(Encoding.encode(java.util.List.of(school.value(), sequence, at, kind, key, digest)));
    }
}
