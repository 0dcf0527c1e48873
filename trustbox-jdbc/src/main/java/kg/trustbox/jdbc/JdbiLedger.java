package kg.trustbox.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kg.trustbox.chain.Chain;
import kg.trustbox.jdbc.internal.ChainedLog;
import kg.trustbox.jdbc.internal.Db;
import kg.trustbox.ledger.Ledger;
import kg.trustbox.ledger.LedgerEntry;
import kg.trustbox.school.SchoolId;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.result.RowView;

/**
 * {@link Ledger} in {@code trustbox_ledger_entry}, a {@link ChainedLog} per school with the head in
 * {@code trustbox_chain_head}. Thread-safe.
 */
final class JdbiLedger implements Ledger {
    private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.removingComments();
    static final String ENTRIES = SQL.locate(JdbiLedger.class, "entries");
    static final String INSERT = SQL.locate(JdbiLedger.class, "insert");
    static final String ENTRIES_FROM = SQL.locate(JdbiLedger.class, "entries-from");

    private final ChainedLog<LedgerEntry> log;
    private final Db db;

    JdbiLedger(Db db) {
        this.db = db;
        this.log = new ChainedLog<>(db, "LEDGER", "the ledger", INSERT, (u, e) -> u.bindMethods(e), ENTRIES, JdbiLedger::entry);
    }

    /** An entry as stored; a kind the library does not know reads as null and fails the entry's hash. */
    private static LedgerEntry entry(SchoolId school, RowView row) {
        return new LedgerEntry(school, row.getColumn("seq", Long.class), row.getColumn("at_ns", Instant.class),
                LedgerEntry.Kind.valueOf(row.getColumn("kind", String.class)), row.getColumn("record_key", String.class),
                row.getColumn("digest", String.class), row.getColumn("previous_hash", String.class), row.getColumn("entry_hash", String.class));
    }

    @Override
    public boolean append(LedgerEntry entry) {
        return log.append(entry.school(), entry);
    }

    @Override
    public boolean appendAll(List<LedgerEntry> entries) {
        return entries.isEmpty() || log.appendAll(entries.get(0).school(), entries);
    }

    @Override
    public List<LedgerEntry> entries(SchoolId school) {
        return log.entries(school);
    }

    @Override
    public List<LedgerEntry> entriesFrom(SchoolId school, long sequence) {
        return db.call("read the ledger", (h, d) -> h.createQuery(ENTRIES_FROM).bind("school", school).bind("from", sequence)
                .map((RowView row) -> entry(school, row)).list());
    }

    @Override
    public Optional<Chain.Head> head(SchoolId school) {
        return log.head(school);
    }
}
