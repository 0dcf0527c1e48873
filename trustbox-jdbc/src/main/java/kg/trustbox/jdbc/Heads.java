package kg.trustbox.jdbc;

import java.util.Optional;
import kg.trustbox.chain.Chain;
import kg.trustbox.chain.Linked;
import kg.trustbox.jdbc.internal.Db;
import kg.trustbox.jdbc.internal.Dialect;
import kg.trustbox.jdbc.internal.Sql;
import org.jdbi.v3.core.Handle;

/**
 * The recorded heads of the hash chains, in {@code trustbox_chain_head}, apart from the entries.
 * Inside a transaction reading a head locks it (creating it empty first), so concurrent appenders
 * of one school queue instead of failing.
 */
final class Heads {
    static final String JOURNAL = "JOURNAL";
    static final String ACCESS = "ACCESS";

    static final String READ = "SELECT seq, head_hash FROM trustbox_chain_head WHERE school_id = ? AND chain = ?";
    static final String INSERT = "INSERT INTO trustbox_chain_head (school_id, chain, seq, head_hash) VALUES (?, ?, 0, ?)";
    static final String MOVE = "UPDATE trustbox_chain_head SET seq = ?, head_hash = ? WHERE school_id = ? AND chain = ?"
            + " AND seq = ? AND head_hash = ?";

    private Heads() {
    }

    /** The head as recorded; empty while the chain is. Locked when in a transaction. */
    static Optional<Chain.Head> read(Db db, Handle h, Dialect d, String school, String chain) {
        Chain.Head head = db.inTransaction() ? lock(h, d, school, chain) : current(h, school, chain);
        return head.sequence() == 0 ? Optional.empty() : Optional.of(head);
    }

    private static Chain.Head current(Handle h, String school, String chain) {
        return Sql.one(h, READ, (rs, ctx) -> new Chain.Head(rs.getLong(1), rs.getString(2)), school, chain)
                .orElse(new Chain.Head(0, Chain.GENESIS));
    }

    /**
     * Locks the head, creating it empty if the chain has none yet. The usual case, an existing
     * head, is one statement.
     */
    static Chain.Head lock(Handle h, Dialect d, String school, String chain) {
        Optional<Chain.Head> head = locked(h, school, chain);
        if (head.isPresent()) {
            return head.get();
        }
        d.insertIfAbsent(h, INSERT, school, chain, Chain.GENESIS);
        return locked(h, school, chain).orElseThrow();
    }

    private static Optional<Chain.Head> locked(Handle h, String school, String chain) {
        return Sql.one(h, READ + " FOR UPDATE", (rs, ctx) -> new Chain.Head(rs.getLong(1), rs.getString(2)), school, chain);
    }

    /**
     * Appends {@code entry} to {@code chain}: locks the head, and unless the entry follows it
     * (the next sequence, the head's hash as its previous hash) returns false with nothing
     * written; otherwise runs {@code insert} (the entry's row) and moves the head to the entry.
     */
    static boolean append(Handle h, Dialect d, String school, String chain, Linked entry, Runnable insert) {
        Chain.Head head = lock(h, d, school, chain);
        if (entry.sequence() != head.sequence() + 1 || !entry.previousHash().equals(head.hash())) {
            return false;
        }
        insert.run();
        return move(h, school, chain, head, new Chain.Head(entry.sequence(), entry.hash()));
    }

    /** Moves the locked head from {@code from} to {@code to}. */
    static boolean move(Handle h, String school, String chain, Chain.Head from, Chain.Head to) {
        return Sql.update(h, MOVE, to.sequence(), to.hash(), school, chain, from.sequence(), from.hash()) == 1;
    }
}
