package kg.trustbox.jdbc.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import kg.trustbox.chain.Chain;
import kg.trustbox.chain.Linked;
import kg.trustbox.school.SchoolId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.result.RowView;
import org.jdbi.v3.core.statement.Update;

/**
 * A hash-chained log per school, the one implementation behind the opening journal and the access
 * log: the entries in a table of their own, the recorded head in {@code trustbox_chain_head}.
 * Appending locks the head (creating it empty the first time), so concurrent appenders of one
 * school queue, and writes the entry only if it follows the head; inside a transaction reading
 * the head locks it too. Internal; thread-safe.
 *
 * @param <E> the entries
 */
public final class ChainedLog<E extends Linked> {
    private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.removingComments();
    /** The head of a school's chain. */
    public static final String HEAD = SQL.locate(ChainedLog.class, "head");
    /** The head, locked for the rest of the transaction. */
    public static final String LOCK_HEAD = SQL.locate(ChainedLog.class, "lock-head");
    /** The head of an empty chain. */
    public static final String CREATE_HEAD = SQL.locate(ChainedLog.class, "create-head");
    /** Moves the locked head {@code :from} the last entry {@code :to} the new one. */
    public static final String MOVE_HEAD = SQL.locate(ChainedLog.class, "move-head");

    private final Db db;
    private final String chain;
    private final String what;
    private final String insert;
    private final BiConsumer<Update, E> bind;
    private final String select;
    private final BiFunction<SchoolId, RowView, E> read;

    /**
     * @param chain  the chain's name in {@code trustbox_chain_head}
     * @param what   the log, as operations name it ("the access log")
     * @param insert the statement that writes one entry, with the parameters {@code bind} binds
     * @param select the statement that reads a school's entries in order, with the parameter {@code :school}
     * @param read   an entry of the school from a row of {@code select}
     */
    public ChainedLog(Db db, String chain, String what, String insert, BiConsumer<Update, E> bind, String select,
                      BiFunction<SchoolId, RowView, E> read) {
        this.db = Objects.requireNonNull(db, "db");
        this.chain = chain;
        this.what = what;
        this.insert = insert;
        this.bind = bind;
        this.select = select;
        this.read = read;
    }

    /**
     * Appends {@code entry} to the school's chain: locks the head, and unless the entry follows it
     * (the next sequence, the head's hash as its previous hash) returns false with nothing
     * written; otherwise writes the entry and moves the head to it.
     */
    public boolean append(SchoolId school, E entry) {
        return db.call("write " + what, (h, d) -> {
            Chain.Head head = lock(h, d, school);
            if (entry.sequence() != head.sequence() + 1 || !entry.previousHash().equals(head.hash())) {
                return false;
            }
            Update row = h.createUpdate(insert);
            bind.accept(row, entry);
            row.execute();
            return moved(h, school, head, new Chain.Head(entry.sequence(), entry.hash()));
        });
    }

    /**
     * Appends {@code entries} to the school's chain in one batch: locks the head once, and unless
     * each entry follows the one before (the first, the head) returns false with nothing written;
     * otherwise writes them and moves the head to the last. Three statements, however many entries.
     */
    public boolean appendAll(SchoolId school, List<E> entries) {
        if (entries.isEmpty()) {
            return true;
        }
        return db.call("write " + what, (h, d) -> {
            Chain.Head head = lock(h, d, school);
            Chain.Head previous = head;
            for (E e : entries) {
                if (e.sequence() != previous.sequence() + 1 || !e.previousHash().equals(previous.hash())) {
                    return false;
                }
                previous = new Chain.Head(e.sequence(), e.hash());
            }
            Rows.insert(h, d, insert, entries);
            return moved(h, school, head, previous);
        });
    }

    /** The school's entries in order. */
    public List<E> entries(SchoolId school) {
        return db.call("read " + what, (h, d) -> h.createQuery(select).bind("school", school)
                .map((RowView row) -> read.apply(school, row)).list());
    }

    /**
     * The school's entries that {@code sql} selects, with {@code :school} and what {@code args}
     * binds: a part of the chain (from a sequence, in a period).
     */
    public List<E> select(SchoolId school, String sql, java.util.function.Consumer<org.jdbi.v3.core.statement.Query> args) {
        return db.call("read " + what, (h, d) -> {
            org.jdbi.v3.core.statement.Query query = h.createQuery(sql).bind("school", school);
            args.accept(query);
            return query.map((RowView row) -> read.apply(school, row)).list();
        });
    }

    /** The head as recorded; empty while the chain is. Locked when in a transaction. */
    public Optional<Chain.Head> head(SchoolId school) {
        return db.call("read " + what, (h, d) -> {
            Chain.Head head = db.inTransaction() ? lock(h, d, school) : recorded(h, HEAD, school).orElse(new Chain.Head(0, Chain.GENESIS));
            return head.sequence() == 0 ? Optional.empty() : Optional.of(head);
        });
    }

    /** Moves the locked head {@code from} {@code to}; whether it moved. The transaction remembers the head it holds. */
    private boolean moved(Handle h, SchoolId school, Chain.Head from, Chain.Head to) {
        boolean moved = h.createUpdate(MOVE_HEAD).bind("school", school).bind("chain", chain)
                .bindMethods("from", from).bindMethods("to", to).execute() == 1;
        db.remembered().ifPresent(known -> {
            if (moved) {
                known.put(lockKey(school), to);
            } else {
                known.remove(lockKey(school));
            }
        });
        return moved;
    }

    private List<Object> lockKey(SchoolId school) {
        return List.of(ChainedLog.class, chain, school);
    }

    /**
     * Locks the head, creating it empty if the chain has none yet. The usual case, an existing head,
     * is one statement; none when this transaction locked it already (the lock holds until it ends,
     * and only this log moves the head, remembering where to).
     */
    private Chain.Head lock(Handle h, Dialect d, SchoolId school) {
        Optional<java.util.Map<Object, Object>> known = db.remembered();
        Optional<Chain.Head> held = known.map(k -> (Chain.Head) k.get(lockKey(school)));
        if (held.isPresent()) {
            return held.get();
        }
        Optional<Chain.Head> head = recorded(h, LOCK_HEAD, school);
        if (head.isEmpty()) {
            d.insertIfAbsent(h, CREATE_HEAD, u -> u.bind("school", school).bind("chain", chain).bind("genesis", Chain.GENESIS));
            head = recorded(h, LOCK_HEAD, school);
        }
        Chain.Head locked = head.orElseThrow();
        known.ifPresent(k -> k.put(lockKey(school), locked));
        return locked;
    }

    private Optional<Chain.Head> recorded(Handle h, String sql, SchoolId school) {
        return h.createQuery(sql).bind("school", school).bind("chain", chain)
                .map((rs, ctx) -> new Chain.Head(rs.getLong("seq"), rs.getString("head_hash"))).findFirst();
    }
}
