package kg.trustbox.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.Deviation;
import kg.trustbox.box.Incident;
import kg.trustbox.box.JournalEntry;
import kg.trustbox.box.OpeningJournal;
import kg.trustbox.box.Seal;
import kg.trustbox.chain.Chain;
import kg.trustbox.commission.PersonId;
import kg.trustbox.jdbc.internal.ChainedLog;
import kg.trustbox.jdbc.internal.Db;
import kg.trustbox.jdbc.internal.Encodings;
import kg.trustbox.school.SchoolId;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.result.RowView;

/**
 * {@link OpeningJournal} in {@code trustbox_journal_entry}, a {@link ChainedLog} per school: each
 * row with its sequence, previous hash and hash, and the head in {@code trustbox_chain_head}, so
 * that {@link #verify} finds a row edited, deleted or inserted with SQL. Thread-safe.
 */
final class JdbiOpeningJournal implements OpeningJournal {
    private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.removingComments();
    static final String ENTRIES = SQL.locate(JdbiOpeningJournal.class, "entries");
    static final String INSERT = SQL.locate(JdbiOpeningJournal.class, "insert");
    static final String ENTRIES_FROM = SQL.locate(JdbiOpeningJournal.class, "entries-from");
    static final String OPENED_BETWEEN = SQL.locate(JdbiOpeningJournal.class, "opened-between");

    private final ChainedLog<JournalEntry> log;

    JdbiOpeningJournal(Db db) {
        this.log = new ChainedLog<>(db, "JOURNAL", "the opening journal", INSERT, (insert, e) -> insert.bindMethods(e)
                .bindArray("present", PersonId.class, e.present())
                .bindArray("incidents", Incident.class, Encodings.sorted(e.incidents()))
                .bind("actYear", e.act().map(ActNumber::year).orElse(null))
                .bind("actSeq", e.act().map(ActNumber::sequence).orElse(null))
                .bind("deviation", e.deviation().map(Deviation::reason).orElse(null)), ENTRIES, JdbiOpeningJournal::entry);
    }

    private static JournalEntry entry(SchoolId school, RowView row) {
        Integer actYear = row.getColumn("act_year", Integer.class);
        Optional<ActNumber> act = actYear == null ? Optional.empty()
                : Optional.of(new ActNumber(actYear, row.getColumn("act_seq", Integer.class)));
        return new JournalEntry(school, row.getColumn("seq", Long.class), row.getColumn("opened_at_ns", Instant.class),
                row.getColumn("sealed_at_ns", Instant.class), row.getColumn("present", Encodings.PERSONS),
                row.getColumn("seal_found", Seal.class), Encodings.incidents(row.getColumn("incidents", Encodings.INCIDENTS)),
                row.getColumn("appeal_count", Integer.class), act, row.getColumn("new_seal", Seal.class),
                Optional.ofNullable(row.getColumn("deviation", String.class)).map(Deviation::new),
                row.getColumn("previous_hash", String.class), row.getColumn("entry_hash", String.class));
    }

    @Override
    public boolean append(JournalEntry e) {
        return log.append(e.school(), e);
    }

    @Override
    public List<JournalEntry> entries(SchoolId school) {
        return log.entries(school);
    }

    @Override
    public List<JournalEntry> entriesFrom(SchoolId school, long sequence) {
        return log.select(school, ENTRIES_FROM, q -> q.bind("from", sequence));
    }

    @Override
    public List<JournalEntry> openedBetween(SchoolId school, Instant from, Instant to) {
        return log.select(school, OPENED_BETWEEN, q -> q.bind("from", from).bind("to", to));
    }

    @Override
    public Optional<Chain.Head> head(SchoolId school) {
        return log.head(school);
    }
}
