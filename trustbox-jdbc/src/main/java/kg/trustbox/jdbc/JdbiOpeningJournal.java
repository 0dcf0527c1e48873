package kg.trustbox.jdbc;

import java.sql.Types;
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
import kg.trustbox.jdbc.internal.Db;
import kg.trustbox.jdbc.internal.Sql;
import kg.trustbox.school.SchoolId;

/**
 * {@link OpeningJournal} in {@code trustbox_journal_entry}, each row with its sequence, previous
 * hash and hash, and the head in {@code trustbox_chain_head}: {@link #verify} finds a row edited,
 * deleted or inserted with SQL. Thread-safe.
 */
final class JdbiOpeningJournal implements OpeningJournal {
    static final String ENTRIES = "SELECT seq, opened_at_ns, sealed_at_ns, present, seal_found, incidents, appeal_count, act_year,"
            + " act_seq, new_seal, deviation, previous_hash, entry_hash FROM trustbox_journal_entry WHERE school_id = ? ORDER BY seq";
    static final String INSERT = "INSERT INTO trustbox_journal_entry (school_id, seq, opened_at_ns, sealed_at_ns, present, seal_found,"
            + " incidents, appeal_count, act_year, act_seq, new_seal, deviation, previous_hash, entry_hash) VALUES ("
            + Sql.marks(14) + ")";

    private final Db db;

    JdbiOpeningJournal(Db db) {
        this.db = db;
    }

    @Override
    public boolean append(JournalEntry e) {
        String school = e.school().value();
        return db.call("write the opening journal", (h, d) -> Heads.append(h, d, school, Heads.JOURNAL, e, () ->
                Sql.update(h, INSERT, school, e.sequence(), Sql.nanos(e.openedAt()), Sql.nanos(e.sealedAt()), Sql.joined(e.present()),
                        e.sealFound().number(), Sql.names(e.incidents()), e.appealCount(),
                        Sql.orNull(e.act().map(ActNumber::year).orElse(null), Types.INTEGER),
                        Sql.orNull(e.act().map(ActNumber::sequence).orElse(null), Types.INTEGER),
                        e.newSeal().number(), Sql.text(e.deviation().map(Deviation::reason)), e.previousHash(), e.hash())));
    }

    @Override
    public List<JournalEntry> entries(SchoolId school) {
        return db.call("read the opening journal", (h, d) -> Sql.query(h, ENTRIES, (rs, ctx) -> {
            Optional<Integer> actYear = Sql.optInt(rs, "act_year");
            Optional<ActNumber> act = actYear.isEmpty() ? Optional.empty()
                    : Optional.of(new ActNumber(actYear.get(), rs.getInt("act_seq")));
            return new JournalEntry(school, rs.getLong("seq"), Sql.instant(rs, "opened_at_ns"), Sql.instant(rs, "sealed_at_ns"),
                    Sql.split(rs.getString("present"), PersonId::of), Seal.of(rs.getString("seal_found")),
                    Sql.enums(rs.getString("incidents"), Incident.class), rs.getInt("appeal_count"), act,
                    Seal.of(rs.getString("new_seal")), Sql.optText(rs, "deviation").map(Deviation::new),
                    rs.getString("previous_hash"), rs.getString("entry_hash"));
        }, school.value()));
    }

    @Override
    public Optional<Chain.Head> head(SchoolId school) {
        return db.call("read the opening journal", (h, d) -> Heads.read(db, h, d, school.value(), Heads.JOURNAL));
    }
}
