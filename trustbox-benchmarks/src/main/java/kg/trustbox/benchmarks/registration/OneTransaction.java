package kg.trustbox.benchmarks.registration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.Registration;
import kg.trustbox.appeal.RegistrationNumber;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appeal.Stage;
import kg.trustbox.appeal.Withdrawal;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.benchmarks.registration.HandLedger.Nanos;
import kg.trustbox.box.ActLine;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.Inspection;
import kg.trustbox.box.JournalEntry;
import kg.trustbox.box.OpenedBox;
import kg.trustbox.box.Opening;
import kg.trustbox.box.Paper;
import kg.trustbox.box.Seal;
import kg.trustbox.box.SealedBox;
import kg.trustbox.box.WithdrawalAct;
import kg.trustbox.chain.Chain;
import kg.trustbox.commission.PersonId;
import kg.trustbox.keys.EncryptedIdentity;
import kg.trustbox.keys.KeyProvider;
import kg.trustbox.ledger.Encoding;
import kg.trustbox.ledger.LedgerEntry;
import kg.trustbox.ledger.LedgerEntry.Kind;
import kg.trustbox.school.School;

/**
 * The registration <em>floor</em>: the rows of one opening written as a bulk loader would, in one JDBC transaction of
 * batched statements, not a way the regulation allows an office to work. It keeps the counters, both chain heads,
 * the box's revision and seal in memory, writes the counters and heads blindly, inserts the appeals already
 * registered, never passes the box through OPENED and checks nothing (commission, quorum, slot, seal reuse). It
 * writes the same rows as trustbox in every table, ledger included (the appeals' withdrawn and registered digests,
 * both box states), with the same hashes, so the library verifies its school intact. It is the lower bound of what
 * writing those rows costs; {@link ThreeSteps} is the fair comparison. Not thread-safe.
 */
final class OneTransaction {
    private final DataSource dataSource;
    private final School school;
    private final String id;
    private final KeyProvider keys;
    private final List<Paper> papers;
    private final String[] present = kg.trustbox.benchmarks.BenchSchools.quorum().stream().map(PersonId::value).toArray(String[]::new);
    private final Instant installedAt;
    private Seal seal;
    private long boxRevision;
    private Chain.Head journal = Chain.Head.START;
    private Chain.Head ledger;
    private int counterYear = -1;
    private int actSeq;
    private int regSeq;
    private int opening;
    private Instant at;

    /** The floor for {@code school}, whose box and ledger stand as given, opening on Tuesdays from {@code firstOpening}. */
    OneTransaction(DataSource dataSource, School school, KeyProvider keys, List<Paper> papers, SealedBox box, Chain.Head ledger,
                   Instant firstOpening) {
        this.dataSource = dataSource;
        this.school = school;
        this.id = school.id().value();
        this.keys = keys;
        this.papers = List.copyOf(papers);
        this.seal = box.seal();
        this.boxRevision = box.revision();
        this.installedAt = box.installedAt();
        this.ledger = ledger;
        this.at = firstOpening;
    }

    /** One opening's rows, one transaction. Returns the appeals written. */
    int opening(RegistrationRequest request) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                write(c, request);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            return papers.size();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(Connection c, RegistrationRequest request) throws SQLException {
        Instant openedAt = at;
        Instant sealedAt = openedAt.plus(Duration.ofMinutes(10));
        Instant registeredAt = sealedAt.plus(Duration.ofHours(1));
        int year = school.local(openedAt).getYear();
        boolean newYear = year != counterYear;
        int act = newYear ? 1 : actSeq + 1;
        int reg = newYear ? 0 : regSeq;
        int n = papers.size();
        ActNumber number = new ActNumber(year, act);
        if (newYear) {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO trustbox_counter (school_id, kind, counter_year, last_value) VALUES (?, ?, ?, ?)")) {
                for (String kind : List.of("ACT", "REGISTRATION")) {
                    s.setString(1, id);
                    s.setString(2, kind);
                    s.setInt(3, year);
                    s.setInt(4, 0);
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE trustbox_counter SET last_value = ? WHERE school_id = ? AND kind = ? AND counter_year = ?")) {
            s.setInt(1, act);
            s.setString(2, id);
            s.setString(3, "ACT");
            s.setInt(4, year);
            s.addBatch();
            s.setInt(1, reg + n);
            s.setString(3, "REGISTRATION");
            s.addBatch();
            s.executeBatch();
        }
        Seal newSeal = Seal.of(String.format("FL-%06d", ++opening));
        try (PreparedStatement s = c.prepareStatement("INSERT INTO trustbox_seal (school_id, seal_number) VALUES (?, ?)")) {
            s.setString(1, id);
            s.setString(2, newSeal.number());
            s.executeUpdate();
        }
        long openedNs = Nanos.of(openedAt);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO trustbox_act (school_id, act_year, act_seq, opened_at_ns,"
                + " box_damaged, seal_intact, seal_number_read, incidents, present) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setInt(2, year);
            s.setInt(3, act);
            s.setLong(4, openedNs);
            s.setBoolean(5, false);
            s.setBoolean(6, true);
            s.setString(7, seal.number());
            s.setArray(8, c.createArrayOf("varchar", new String[0]));
            s.setArray(9, c.createArrayOf("varchar", present));
            s.executeUpdate();
        }
        List<HandLedger.Entry> entries = new ArrayList<>();
        entries.add(new HandLedger.Entry(Kind.COUNTER, "act/" + year, Integer.toString(act)));
        List<HandLedger.Entry> identityEntries = new ArrayList<>();
        List<HandLedger.Entry> withdrawnEntries = new ArrayList<>();
        List<HandLedger.Entry> registeredEntries = new ArrayList<>();
        List<ActLine> lines = new ArrayList<>();
        try (PreparedStatement lineBatch = c.prepareStatement("INSERT INTO trustbox_act_line (school_id, act_year, act_seq, line_no,"
                + " appellant_kind, note) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement identities = c.prepareStatement("INSERT INTO trustbox_appellant_identity (school_id, act_year,"
                     + " act_seq, line_no, key_id, wrapped_key, ciphertext) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement appeals = c.prepareStatement("INSERT INTO trustbox_appeal (school_id, appeal_id, act_year,"
                     + " act_seq, line_no, withdrawn_at_ns, appellant_kind, status, registration_year, registration_seq,"
                     + " registered_at_ns, registrar, category, appeal_language, summary, revision)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            long registeredNs = Nanos.of(registeredAt);
            for (int i = 0; i < n; i++) {
                int line = i + 1;
                Appellant from = papers.get(i).from();
                String kind = from instanceof Appellant.Signed ? "SIGNED" : "ANONYMOUS";
                lines.add(new ActLine(line, from, papers.get(i).note()));
                lineBatch.setString(1, id);
                lineBatch.setInt(2, year);
                lineBatch.setInt(3, act);
                lineBatch.setInt(4, line);
                lineBatch.setString(5, kind);
                lineBatch.setString(6, papers.get(i).note());
                lineBatch.addBatch();
                if (from instanceof Appellant.Signed signed) {
                    EncryptedIdentity e = EncryptedIdentity.encrypt(signed, id + "/" + year + "-" + act + "/" + line, keys);
                    identities.setString(1, id);
                    identities.setInt(2, year);
                    identities.setInt(3, act);
                    identities.setInt(4, line);
                    identities.setString(5, e.key().keyId());
                    identities.setBytes(6, e.key().bytes());
                    identities.setBytes(7, e.ciphertext());
                    identities.addBatch();
                    identityEntries.add(new HandLedger.Entry(Kind.IDENTITY, year + "-" + act + "/" + line,
                            EncryptedIdentity.commitment(e.ciphertext())));
                }
                AppealId appealId = AppealId.of(number, line);
                Withdrawal withdrawal = new Withdrawal(number, line, openedAt);
                withdrawnEntries.add(new HandLedger.Entry(Kind.APPEAL, appealId.value(),
                        Encoding.digest(Appeal.withdrawn(school.id(), withdrawal, from))));
                RegistrationNumber registered = new RegistrationNumber(year, reg + line);
                registeredEntries.add(new HandLedger.Entry(Kind.APPEAL, appealId.value(), Encoding.digest(new Appeal(school.id(), appealId,
                        withdrawal, from, new Stage.Registered(new Registration(registered, registeredAt, request.registrar(),
                        request.category(), request.language(), request.summary(), request.scan())), List.of(), 1))));
                appeals.setString(1, id);
                appeals.setString(2, appealId.value());
                appeals.setInt(3, year);
                appeals.setInt(4, act);
                appeals.setInt(5, line);
                appeals.setLong(6, openedNs);
                appeals.setString(7, kind);
                appeals.setString(8, "REGISTERED");
                appeals.setInt(9, year);
                appeals.setInt(10, reg + line);
                appeals.setLong(11, registeredNs);
                appeals.setString(12, request.registrar().value());
                appeals.setString(13, request.category().name());
                appeals.setString(14, request.language().name());
                appeals.setString(15, request.summary());
                appeals.setLong(16, 1);
                appeals.addBatch();
            }
            lineBatch.executeBatch();
            identities.executeBatch();
            appeals.executeBatch();
        }
        Inspection inspection = Inspection.inOrder(seal);
        List<PersonId> presentIds = kg.trustbox.benchmarks.BenchSchools.quorum();
        entries.add(new HandLedger.Entry(Kind.ACT, year + "-" + act, Encoding.digest(new WithdrawalAct(school.id(), number, openedAt,
                inspection, Set.of(), lines, presentIds))));
        entries.addAll(identityEntries);
        entries.addAll(withdrawnEntries);
        Opening op = new Opening(openedAt, presentIds, seal, inspection, Set.of(), Optional.empty(), n, Optional.of(number));
        entries.add(new HandLedger.Entry(Kind.BOX, "box", Encoding.digest(new OpenedBox(school.id(), op, installedAt, boxRevision + 1))));
        JournalEntry entry = JournalEntry.next(journal, school.id(), op, newSeal, sealedAt);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO trustbox_journal_entry (school_id, seq, opened_at_ns,"
                + " sealed_at_ns, present, seal_found, incidents, appeal_count, act_year, act_seq, new_seal, deviation,"
                + " previous_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setLong(2, entry.sequence());
            s.setLong(3, openedNs);
            s.setLong(4, Nanos.of(sealedAt));
            s.setArray(5, c.createArrayOf("varchar", present));
            s.setString(6, seal.number());
            s.setArray(7, c.createArrayOf("varchar", new String[0]));
            s.setInt(8, n);
            s.setInt(9, year);
            s.setInt(10, act);
            s.setString(11, newSeal.number());
            s.setNull(12, Types.VARCHAR);
            s.setString(13, entry.previousHash());
            s.setString(14, entry.hash());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(journal.sequence() == 0
                ? "INSERT INTO trustbox_chain_head (seq, head_hash, school_id, chain) VALUES (?, ?, ?, ?)"
                : "UPDATE trustbox_chain_head SET seq = ?, head_hash = ? WHERE school_id = ? AND chain = ?")) {
            s.setLong(1, entry.sequence());
            s.setString(2, entry.hash());
            s.setString(3, id);
            s.setString(4, "JOURNAL");
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE trustbox_box SET revision = ?, seal_number = ?, sealed_at_ns = ?"
                + " WHERE school_id = ? AND revision = ?")) {
            s.setLong(1, boxRevision + 2);
            s.setString(2, newSeal.number());
            s.setLong(3, Nanos.of(sealedAt));
            s.setString(4, id);
            s.setLong(5, boxRevision);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("the floor's box changed under it");
            }
        }
        entries.add(new HandLedger.Entry(Kind.SEAL, newSeal.number(), Encoding.digest(newSeal)));
        entries.add(new HandLedger.Entry(Kind.JOURNAL, Long.toString(entry.sequence()), entry.hash()));
        entries.add(new HandLedger.Entry(Kind.BOX, "box", Encoding.digest(new SealedBox(school.id(), newSeal, sealedAt, installedAt,
                boxRevision + 2))));
        entries.add(new HandLedger.Entry(Kind.COUNTER, "registration/" + year, Integer.toString(reg + n)));
        entries.addAll(registeredEntries);
        // the ledger's head, like the journal's, is kept in memory and written blindly
        Chain.Head head = ledger;
        List<LedgerEntry> chained = new ArrayList<>();
        for (HandLedger.Entry e : entries) {
            LedgerEntry le = LedgerEntry.next(school.id(), head, registeredAt, e.kind(), e.key(), e.digest());
            chained.add(le);
            head = new Chain.Head(le.sequence(), le.hash());
        }
        HandLedger.insert(c, false, school.id(), registeredAt, chained);
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE trustbox_chain_head SET seq = ?, head_hash = ? WHERE school_id = ? AND chain = 'LEDGER'")) {
            s.setLong(1, head.sequence());
            s.setString(2, head.hash());
            s.setString(3, id);
            s.executeUpdate();
        }
        // only now, with every statement done, does the in-memory state move on
        at = at.plusSeconds(7 * 24 * 3600);
        counterYear = year;
        actSeq = act;
        regSeq = reg + n;
        journal = entry.head();
        ledger = head;
        seal = newSeal;
        boxRevision += 2;
    }
}
