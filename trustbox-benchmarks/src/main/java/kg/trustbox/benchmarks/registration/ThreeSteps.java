package kg.trustbox.benchmarks.registration;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import kg.trustbox.benchmarks.registration.HandLedger.Entry;
import kg.trustbox.benchmarks.registration.HandLedger.Nanos;
import kg.trustbox.box.ActLine;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.Deviation;
import kg.trustbox.box.Incident;
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
import kg.trustbox.ledger.LedgerEntry.Kind;
import kg.trustbox.school.School;

/**
 * The fair registration baseline (issue #17): the regulation's three steps, open, seal and register
 * each one hand-written JDBC transaction, with the checks, locks, hash chains, ledger and refusals trustbox
 * has, written as a good engineer would for each database. Nothing is kept in memory between steps: every step reads
 * what it needs from the database under a lock, as a second clerk's would have to.
 *
 * <ol>
 *   <li><b>open</b>: the commission in force that day read with one statement (constituted: chair elected; each person
 *       present a member, nobody twice, more than half the members: else {@code commission.none},
 *       {@code commission.notConstituted}, {@code opening.notMember}, {@code opening.presentTwice},
 *       {@code opening.noQuorum}); the box row locked ({@code FOR UPDATE}: {@code box.notInstalled},
 *       {@code box.alreadyOpen}); the Tuesday 12:00–13:00 slot in the school's zone ({@code opening.outsideSlot});
 *       the incidents from the inspection against the seal found; the act number taken from the counter with one
 *       locking statement ({@code INSERT … ON CONFLICT DO UPDATE … RETURNING} on PostgreSQL, {@code SELECT … FROM
 *       FINAL TABLE (UPDATE …)} on H2); the act, its lines, each signed appellant's identity encrypted exactly as the
 *       library does it (a data key per identity, wrapped by the host key, AES-GCM bound to the act line) and an
 *       appeal per line (withdrawn); the box moved to OPENED; the ledger entries (act counter, act, each identity's
 *       commitment, each appeal, the box).</li>
 *   <li><b>seal</b>: the box row locked and read ({@code box.notOpen}); the new seal recorded only if never used
 *       ({@code seal.reused}); the journal's head locked, the entry hash-chained from it and the head moved; the box
 *       moved to SEALED under the new seal; the ledger entries (seal, journal entry, box).</li>
 *   <li><b>register</b>: the registration numbers taken from the counter with one locking statement; the appeals
 *       moved from WITHDRAWN to REGISTERED with a conditional update ({@code appeal.illegalMove} when any is not
 *       withdrawn: the transaction is rolled back); the ledger entries (registration counter, each appeal).</li>
 * </ol>
 * PostgreSQL writes the act lines, identities, appeals, ledger entries and the registration as set-based statements
 * over arrays ({@code UNNEST}); H2, where a JDBC batch is an in-process loop, uses batches.
 *
 * <p>What is the library's: the value records ({@code WithdrawalAct}, {@code Appeal}, {@code OpenedBox} …) are built
 * only to take their ledger digests with {@link Encoding#digest}, and the journal's and ledger's hashes come from
 * {@link JournalEntry#next} and {@code LedgerEntry#next}: these define the records' digests and the chains, and
 * {@code office.verifyRecords()} on the baseline's school must find them intact. A signed identity is encrypted with
 * {@link EncryptedIdentity#encrypt}, the same cryptographic work. Every check, lock and statement is written here.
 *
 * <p>Refusals are returned, not thrown, with the library's message key, and leave nothing written. Not thread-safe
 * (one per benchmark thread); the database serialises concurrent clerks through the locks.
 */
public final class ThreeSteps {
    private static final DayOfWeek DAY = DayOfWeek.TUESDAY;
    private static final LocalTime START = LocalTime.NOON;
    private static final Duration WINDOW = Duration.ofHours(1);

    private final DataSource dataSource;
    private final boolean postgres;
    private final School school;
    private final String id;
    private final KeyProvider keys;

    /** The baseline for {@code school} on {@code dataSource}; {@code postgres} picks the set-based statements. */
    public ThreeSteps(DataSource dataSource, boolean postgres, School school, KeyProvider keys) {
        this.dataSource = dataSource;
        this.postgres = postgres;
        this.school = school;
        this.id = school.id().value();
        this.keys = keys;
    }

    /** A step's result: done with a value, or refused with the library's message key (nothing written). */
    public sealed interface Result<T> permits Done, Refused {
        /** The value; throws for a refusal. */
        T orElseThrow();
    }

    /** A step done. */
    public record Done<T>(T value) implements Result<T> {
        @Override
        public T orElseThrow() {
            return value;
        }
    }

    /** A step refused, with the message key trustbox uses for the same refusal. */
    public record Refused<T>(String key) implements Result<T> {
        @Override
        public T orElseThrow() {
            throw new IllegalStateException("refused: " + key);
        }
    }

    /** What an opening withdrew: its act (if any paper) and an appeal per paper. */
    public record Opened(Optional<ActNumber> act, List<AppealId> appeals) {
    }

    /** A refusal inside a transaction: rolls it back. */
    private static final class Refusal extends Exception {
        private final String key;

        Refusal(String key) {
            super(key, null, false, false);
            this.key = key;
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException, Refusal;
    }

    private <T> Result<T> transaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T value = work.run(c);
                c.commit();
                return new Done<>(value);
            } catch (Refusal r) {
                c.rollback();
                return new Refused<>(r.key);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("baseline: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- 1. open

    /** Opens the box at {@code at} before those {@code present}, with the {@code inspection} and the {@code papers} found. */
    public Result<Opened> open(Instant at, List<PersonId> present, Inspection inspection, List<Paper> papers) {
        return transaction(c -> {
            LocalDate day = school.local(at).toLocalDate();
            checkCommission(c, day, present);
            BoxRow box = lockBox(c);
            if (box == null) {
                throw new Refusal("box.notInstalled");
            }
            if (!box.sealed()) {
                throw new Refusal("box.alreadyOpen");
            }
            if (!inSlot(at)) {
                throw new Refusal("opening.outsideSlot");
            }
            Seal found = Seal.of(box.sealNumber());
            Set<Incident> incidents = EnumSet.noneOf(Incident.class);
            if (inspection.boxDamaged()) {
                incidents.add(Incident.BOX_DAMAGED);
            }
            if (!inspection.sealIntact()) {
                incidents.add(Incident.SEAL_BROKEN);
            }
            if (!found.number().equals(inspection.sealNumberRead())) {
                incidents.add(Incident.SEAL_MISMATCH);
            }
            String[] presentIds = present.stream().map(PersonId::value).toArray(String[]::new);
            String[] incidentNames = incidents.stream().map(Incident::name).sorted().toArray(String[]::new);
            List<Entry> ledger = new ArrayList<>();
            Optional<ActNumber> act = Optional.empty();
            List<AppealId> appeals = new ArrayList<>();
            if (!papers.isEmpty()) {
                int year = school.local(at).getYear();
                ActNumber number = new ActNumber(year, takeNumbers(c, "ACT", year, 1));
                ledger.add(new Entry(Kind.COUNTER, "act/" + year, Integer.toString(number.sequence())));
                act = Optional.of(number);
                appeals = writeAct(c, at, number, inspection, incidentNames, presentIds, papers, incidents, present, ledger);
            }
            Opening opening = new Opening(at, present, found, inspection, incidents, Optional.empty(), papers.size(), act);
            try (PreparedStatement s = c.prepareStatement("UPDATE trustbox_box SET state = 'OPENED', revision = revision + 1,"
                    + " seal_number = NULL, sealed_at_ns = NULL, opened_at_ns = ?, present = ?, seal_found = ?, box_damaged = ?,"
                    + " seal_intact = ?, seal_number_read = ?, incidents = ?, deviation = NULL, appeal_count = ?, act_year = ?,"
                    + " act_seq = ? WHERE school_id = ?")) {
                s.setLong(1, Nanos.of(at));
                s.setArray(2, c.createArrayOf("varchar", presentIds));
                s.setString(3, found.number());
                s.setBoolean(4, inspection.boxDamaged());
                s.setBoolean(5, inspection.sealIntact());
                s.setString(6, inspection.sealNumberRead());
                s.setArray(7, c.createArrayOf("varchar", incidentNames));
                s.setInt(8, papers.size());
                setInt(s, 9, act.map(ActNumber::year));
                setInt(s, 10, act.map(ActNumber::sequence));
                s.setString(11, id);
                s.executeUpdate();
            }
            ledger.add(new Entry(Kind.BOX, "box", Encoding.digest(new OpenedBox(school.id(), opening, box.installedAt(), box.revision() + 1))));
            HandLedger.append(c, postgres, school.id(), at, ledger);
            return new Opened(act, appeals);
        });
    }

    /** The commission in force on {@code day} and those present at its sitting, with one statement. */
    private void checkCommission(Connection c, LocalDate day, List<PersonId> present) throws SQLException, Refusal {
        boolean found = false;
        boolean constituted = false;
        Set<String> members = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT c.chair, m.person_id FROM trustbox_commission c"
                + " LEFT JOIN trustbox_commission_member m ON m.school_id = c.school_id AND m.order_date = c.order_date"
                + " AND m.order_number = c.order_number"
                + " WHERE c.school_id = ? AND c.saved_seq = (SELECT k.saved_seq FROM trustbox_commission k WHERE k.school_id = ?"
                + " AND k.order_date <= ? ORDER BY k.order_date DESC, k.saved_seq DESC FETCH FIRST 1 ROW ONLY)")) {
            s.setString(1, id);
            s.setString(2, id);
            s.setObject(3, day);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found = true;
                    constituted = rs.getString(1) != null;
                    String member = rs.getString(2);
                    if (member != null) {
                        members.add(member);
                    }
                }
            }
        }
        if (!found) {
            throw new Refusal("commission.none");
        }
        if (!constituted) {
            throw new Refusal("commission.notConstituted");
        }
        Set<String> seen = new HashSet<>();
        for (PersonId p : present) {
            if (!members.contains(p.value())) {
                throw new Refusal("opening.notMember");
            }
            if (!seen.add(p.value())) {
                throw new Refusal("opening.presentTwice");
            }
        }
        if (2L * seen.size() <= members.size()) {
            throw new Refusal("opening.noQuorum");
        }
    }

    private boolean inSlot(Instant at) {
        ZonedDateTime t = at.atZone(school.zone());
        ZonedDateTime from = t.toLocalDate().atTime(START).atZone(school.zone());
        return t.getDayOfWeek() == DAY && !t.isBefore(from) && t.isBefore(from.plus(WINDOW));
    }

    /** Writes the act, its lines, the identities and the withdrawn appeals; adds their ledger entries. */
    private List<AppealId> writeAct(Connection c, Instant at, ActNumber number, Inspection inspection, String[] incidentNames,
                                    String[] presentIds, List<Paper> papers, Set<Incident> incidents, List<PersonId> present,
                                    List<Entry> ledger) throws SQLException {
        long atNs = Nanos.of(at);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO trustbox_act (school_id, act_year, act_seq, opened_at_ns,"
                + " box_damaged, seal_intact, seal_number_read, incidents, present) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setInt(2, number.year());
            s.setInt(3, number.sequence());
            s.setLong(4, atNs);
            s.setBoolean(5, inspection.boxDamaged());
            s.setBoolean(6, inspection.sealIntact());
            s.setString(7, inspection.sealNumberRead());
            s.setArray(8, c.createArrayOf("varchar", incidentNames));
            s.setArray(9, c.createArrayOf("varchar", presentIds));
            s.executeUpdate();
        }
        int n = papers.size();
        Integer[] lineNo = new Integer[n];
        String[] kinds = new String[n];
        String[] notes = new String[n];
        String[] appealIds = new String[n];
        List<Integer> idLines = new ArrayList<>();
        List<EncryptedIdentity> encrypted = new ArrayList<>();
        List<ActLine> lines = new ArrayList<>(n);
        List<AppealId> ids = new ArrayList<>(n);
        List<Entry> identityEntries = new ArrayList<>();
        List<Entry> appealEntries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int line = i + 1;
            Appellant from = papers.get(i).from();
            lineNo[i] = line;
            kinds[i] = from instanceof Appellant.Signed ? "SIGNED" : "ANONYMOUS";
            notes[i] = papers.get(i).note();
            AppealId appeal = AppealId.of(number, line);
            appealIds[i] = appeal.value();
            ids.add(appeal);
            lines.add(new ActLine(line, from, papers.get(i).note()));
            if (from instanceof Appellant.Signed signed) {
                EncryptedIdentity e = EncryptedIdentity.encrypt(signed, id + "/" + number.year() + "-" + number.sequence() + "/" + line, keys);
                idLines.add(line);
                encrypted.add(e);
                identityEntries.add(new Entry(Kind.IDENTITY, number.year() + "-" + number.sequence() + "/" + line,
                        EncryptedIdentity.commitment(e.ciphertext())));
            }
            appealEntries.add(new Entry(Kind.APPEAL, appeal.value(),
                    Encoding.digest(Appeal.withdrawn(school.id(), new Withdrawal(number, line, at), from))));
        }
        if (postgres) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO trustbox_act_line (school_id, act_year, act_seq, line_no,"
                    + " appellant_kind, note) SELECT ?, ?, ?, u.line_no, u.kind, u.note"
                    + " FROM UNNEST(?::int[], ?::varchar[], ?::varchar[]) AS u(line_no, kind, note)")) {
                s.setString(1, id);
                s.setInt(2, number.year());
                s.setInt(3, number.sequence());
                s.setArray(4, c.createArrayOf("int4", lineNo));
                s.setArray(5, c.createArrayOf("varchar", kinds));
                s.setArray(6, c.createArrayOf("varchar", notes));
                s.executeUpdate();
            }
            if (!encrypted.isEmpty()) {
                int m = encrypted.size();
                String[] keyIds = new String[m];
                byte[][] wrapped = new byte[m][];
                byte[][] ciphertexts = new byte[m][];
                for (int i = 0; i < m; i++) {
                    keyIds[i] = encrypted.get(i).key().keyId();
                    wrapped[i] = encrypted.get(i).key().bytes();
                    ciphertexts[i] = encrypted.get(i).ciphertext();
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO trustbox_appellant_identity (school_id, act_year, act_seq,"
                        + " line_no, key_id, wrapped_key, ciphertext) SELECT ?, ?, ?, u.line_no, u.key_id, u.wrapped_key, u.ciphertext"
                        + " FROM UNNEST(?::int[], ?::varchar[], ?::bytea[], ?::bytea[]) AS u(line_no, key_id, wrapped_key, ciphertext)")) {
                    s.setString(1, id);
                    s.setInt(2, number.year());
                    s.setInt(3, number.sequence());
                    s.setArray(4, c.createArrayOf("int4", idLines.toArray(Integer[]::new)));
                    s.setArray(5, c.createArrayOf("varchar", keyIds));
                    s.setArray(6, c.createArrayOf("bytea", wrapped));
                    s.setArray(7, c.createArrayOf("bytea", ciphertexts));
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO trustbox_appeal (school_id, appeal_id, act_year, act_seq, line_no,"
                    + " withdrawn_at_ns, appellant_kind, status, revision) SELECT ?, u.appeal_id, ?, ?, u.line_no, ?, u.kind, 'WITHDRAWN', 0"
                    + " FROM UNNEST(?::varchar[], ?::int[], ?::varchar[]) AS u(appeal_id, line_no, kind)")) {
                s.setString(1, id);
                s.setInt(2, number.year());
                s.setInt(3, number.sequence());
                s.setLong(4, atNs);
                s.setArray(5, c.createArrayOf("varchar", appealIds));
                s.setArray(6, c.createArrayOf("int4", lineNo));
                s.setArray(7, c.createArrayOf("varchar", kinds));
                s.executeUpdate();
            }
        } else {
            try (PreparedStatement lineBatch = c.prepareStatement("INSERT INTO trustbox_act_line (school_id, act_year, act_seq, line_no,"
                    + " appellant_kind, note) VALUES (?, ?, ?, ?, ?, ?)");
                 PreparedStatement appealBatch = c.prepareStatement("INSERT INTO trustbox_appeal (school_id, appeal_id, act_year, act_seq,"
                         + " line_no, withdrawn_at_ns, appellant_kind, status, revision) VALUES (?, ?, ?, ?, ?, ?, ?, 'WITHDRAWN', 0)")) {
                for (int i = 0; i < n; i++) {
                    lineBatch.setString(1, id);
                    lineBatch.setInt(2, number.year());
                    lineBatch.setInt(3, number.sequence());
                    lineBatch.setInt(4, lineNo[i]);
                    lineBatch.setString(5, kinds[i]);
                    lineBatch.setString(6, notes[i]);
                    lineBatch.addBatch();
                    appealBatch.setString(1, id);
                    appealBatch.setString(2, appealIds[i]);
                    appealBatch.setInt(3, number.year());
                    appealBatch.setInt(4, number.sequence());
                    appealBatch.setInt(5, lineNo[i]);
                    appealBatch.setLong(6, atNs);
                    appealBatch.setString(7, kinds[i]);
                    appealBatch.addBatch();
                }
                lineBatch.executeBatch();
                if (!encrypted.isEmpty()) {
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO trustbox_appellant_identity (school_id, act_year, act_seq,"
                            + " line_no, key_id, wrapped_key, ciphertext) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                        for (int i = 0; i < encrypted.size(); i++) {
                            s.setString(1, id);
                            s.setInt(2, number.year());
                            s.setInt(3, number.sequence());
                            s.setInt(4, idLines.get(i));
                            s.setString(5, encrypted.get(i).key().keyId());
                            s.setBytes(6, encrypted.get(i).key().bytes());
                            s.setBytes(7, encrypted.get(i).ciphertext());
                            s.addBatch();
                        }
                        s.executeBatch();
                    }
                }
                appealBatch.executeBatch();
            }
        }
        WithdrawalAct act = new WithdrawalAct(school.id(), number, at, inspection, incidents, lines, present);
        ledger.add(new Entry(Kind.ACT, number.year() + "-" + number.sequence(), Encoding.digest(act)));
        ledger.addAll(identityEntries);
        ledger.addAll(appealEntries);
        return ids;
    }

    // ---------------------------------------------------------------- 2. seal

    /** Seals the opened box with {@code newSeal} at {@code at}; returns the journal entry written. */
    public Result<JournalEntry> seal(Instant at, Seal newSeal) {
        return transaction(c -> {
            BoxRow box = lockBox(c);
            if (box == null) {
                throw new Refusal("box.notInstalled");
            }
            if (box.sealed()) {
                throw new Refusal("box.notOpen");
            }
            String insertSeal = postgres
                    ? "INSERT INTO trustbox_seal (school_id, seal_number) VALUES (?, ?) ON CONFLICT DO NOTHING"
                    : "INSERT INTO trustbox_seal (school_id, seal_number) SELECT CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(40))"
                    + " WHERE NOT EXISTS (SELECT 1 FROM trustbox_seal WHERE school_id = ? AND seal_number = ?)";
            try (PreparedStatement s = c.prepareStatement(insertSeal)) {
                s.setString(1, id);
                s.setString(2, newSeal.number());
                if (!postgres) {
                    s.setString(3, id);
                    s.setString(4, newSeal.number());
                }
                if (s.executeUpdate() != 1) {
                    throw new Refusal("seal.reused");
                }
            }
            Chain.Head head = null;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT seq, head_hash FROM trustbox_chain_head WHERE school_id = ? AND chain = 'JOURNAL' FOR UPDATE")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        head = new Chain.Head(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            Opening opening = box.opening();
            JournalEntry entry = JournalEntry.next(head == null ? Chain.Head.START : head, school.id(), opening, newSeal, at);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO trustbox_journal_entry (school_id, seq, opened_at_ns,"
                    + " sealed_at_ns, present, seal_found, incidents, appeal_count, act_year, act_seq, new_seal, deviation,"
                    + " previous_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, id);
                s.setLong(2, entry.sequence());
                s.setLong(3, Nanos.of(opening.at()));
                s.setLong(4, Nanos.of(at));
                s.setArray(5, c.createArrayOf("varchar", opening.present().stream().map(PersonId::value).toArray(String[]::new)));
                s.setString(6, opening.sealFound().number());
                s.setArray(7, c.createArrayOf("varchar", opening.incidents().stream().map(Incident::name).sorted().toArray(String[]::new)));
                s.setInt(8, opening.appealCount());
                setInt(s, 9, opening.act().map(ActNumber::year));
                setInt(s, 10, opening.act().map(ActNumber::sequence));
                s.setString(11, newSeal.number());
                s.setString(12, opening.deviation().map(Deviation::reason).orElse(null));
                s.setString(13, entry.previousHash());
                s.setString(14, entry.hash());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(head == null
                    ? "INSERT INTO trustbox_chain_head (seq, head_hash, school_id, chain) VALUES (?, ?, ?, 'JOURNAL')"
                    : "UPDATE trustbox_chain_head SET seq = ?, head_hash = ? WHERE school_id = ? AND chain = 'JOURNAL'")) {
                s.setLong(1, entry.sequence());
                s.setString(2, entry.hash());
                s.setString(3, id);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE trustbox_box SET state = 'SEALED', revision = revision + 1,"
                    + " seal_number = ?, sealed_at_ns = ?, opened_at_ns = NULL, present = NULL, seal_found = NULL, box_damaged = NULL,"
                    + " seal_intact = NULL, seal_number_read = NULL, incidents = NULL, deviation = NULL, appeal_count = NULL,"
                    + " act_year = NULL, act_seq = NULL WHERE school_id = ?")) {
                s.setString(1, newSeal.number());
                s.setLong(2, Nanos.of(at));
                s.setString(3, id);
                s.executeUpdate();
            }
            HandLedger.append(c, postgres, school.id(), at, List.of(
                    new Entry(Kind.SEAL, newSeal.number(), Encoding.digest(newSeal)),
                    new Entry(Kind.JOURNAL, Long.toString(entry.sequence()), entry.hash()),
                    new Entry(Kind.BOX, "box", Encoding.digest(new SealedBox(school.id(), newSeal, at, box.installedAt(), box.revision() + 1)))));
            return entry;
        });
    }

    // ---------------------------------------------------------------- 3. register

    /** Registers the withdrawn appeals {@code ids} at {@code at}, numbered in that order, all with {@code request}. */
    public Result<List<RegistrationNumber>> register(Instant at, List<AppealId> ids, RegistrationRequest request) {
        return transaction(c -> {
            if (ids.isEmpty()) {
                return List.<RegistrationNumber>of();
            }
            int year = school.local(at).getYear();
            int n = ids.size();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (index.put(ids.get(i).value(), i) != null) {
                    throw new IllegalArgumentException("appeal " + ids.get(i) + " twice");
                }
            }
            int last = takeNumbers(c, "REGISTRATION", year, n);
            int first = last - n + 1;
            long atNs = Nanos.of(at);
            Withdrawal[] withdrawals = new Withdrawal[n];
            boolean[] signed = new boolean[n];
            if (postgres) {
                String[] appealIds = new String[n];
                Integer[] seqs = new Integer[n];
                for (int i = 0; i < n; i++) {
                    appealIds[i] = ids.get(i).value();
                    seqs[i] = first + i;
                }
                int updated = 0;
                try (PreparedStatement s = c.prepareStatement("UPDATE trustbox_appeal a SET status = 'REGISTERED',"
                        + " registration_year = ?, registration_seq = u.seq, registered_at_ns = ?, registrar = ?, category = ?,"
                        + " appeal_language = ?, summary = ?, scan = ?, revision = a.revision + 1"
                        + " FROM UNNEST(?::varchar[], ?::int[]) AS u(appeal_id, seq)"
                        + " WHERE a.school_id = ? AND a.appeal_id = u.appeal_id AND a.status = 'WITHDRAWN'"
                        + " RETURNING a.appeal_id, a.act_year, a.act_seq, a.line_no, a.withdrawn_at_ns, a.appellant_kind")) {
                    bindRegistration(s, year, atNs, request);
                    s.setArray(8, c.createArrayOf("varchar", appealIds));
                    s.setArray(9, c.createArrayOf("int4", seqs));
                    s.setString(10, id);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            int i = index.get(rs.getString(1));
                            withdrawals[i] = new Withdrawal(new ActNumber(rs.getInt(2), rs.getInt(3)), rs.getInt(4),
                                    Nanos.instant(rs.getLong(5)));
                            signed[i] = "SIGNED".equals(rs.getString(6));
                            updated++;
                        }
                    }
                }
                if (updated != n) {
                    throw new Refusal("appeal.illegalMove");
                }
            } else {
                try (PreparedStatement s = c.prepareStatement("SELECT appeal_id, act_year, act_seq, line_no, withdrawn_at_ns, appellant_kind,"
                        + " status FROM trustbox_appeal WHERE school_id = ? AND appeal_id = ANY(?) FOR UPDATE")) {
                    s.setString(1, id);
                    s.setArray(2, c.createArrayOf("varchar", ids.stream().map(AppealId::value).toArray(String[]::new)));
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            if (!"WITHDRAWN".equals(rs.getString(7))) {
                                throw new Refusal("appeal.illegalMove");
                            }
                            int i = index.get(rs.getString(1));
                            withdrawals[i] = new Withdrawal(new ActNumber(rs.getInt(2), rs.getInt(3)), rs.getInt(4),
                                    Nanos.instant(rs.getLong(5)));
                            signed[i] = "SIGNED".equals(rs.getString(6));
                        }
                    }
                }
                for (Withdrawal w : withdrawals) {
                    if (w == null) {
                        throw new Refusal("appeal.notFound");
                    }
                }
                try (PreparedStatement s = c.prepareStatement("UPDATE trustbox_appeal SET status = 'REGISTERED', registration_year = ?,"
                        + " registration_seq = ?, registered_at_ns = ?, registrar = ?, category = ?, appeal_language = ?, summary = ?,"
                        + " scan = ?, revision = revision + 1 WHERE school_id = ? AND appeal_id = ? AND status = 'WITHDRAWN'")) {
                    for (int i = 0; i < n; i++) {
                        s.setInt(1, year);
                        s.setInt(2, first + i);
                        s.setLong(3, atNs);
                        s.setString(4, request.registrar().value());
                        s.setString(5, request.category().name());
                        s.setString(6, request.language().name());
                        s.setString(7, request.summary());
                        s.setString(8, request.scan().orElse(null));
                        s.setString(9, id);
                        s.setString(10, ids.get(i).value());
                        s.addBatch();
                    }
                    for (int count : s.executeBatch()) {
                        if (count == 0) {
                            throw new Refusal("appeal.illegalMove");
                        }
                    }
                }
            }
            List<Entry> ledger = new ArrayList<>(n + 1);
            ledger.add(new Entry(Kind.COUNTER, "registration/" + year, Integer.toString(last)));
            List<RegistrationNumber> numbers = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                RegistrationNumber number = new RegistrationNumber(year, first + i);
                numbers.add(number);
                Registration registration = new Registration(number, at, request.registrar(), request.category(), request.language(),
                        request.summary(), request.scan());
                // only whether the appellant signed enters a digest: no identity is read or decrypted here
                Appellant appellant = signed[i] ? Appellant.purged() : Appellant.anonymous();
                Appeal registered = new Appeal(school.id(), ids.get(i), withdrawals[i], appellant, new Stage.Registered(registration),
                        List.of(), 1);
                ledger.add(new Entry(Kind.APPEAL, ids.get(i).value(), Encoding.digest(registered)));
            }
            HandLedger.append(c, postgres, school.id(), at, ledger);
            return numbers;
        });
    }

    private static void bindRegistration(PreparedStatement s, int year, long atNs, RegistrationRequest request) throws SQLException {
        s.setInt(1, year);
        s.setLong(2, atNs);
        s.setString(3, request.registrar().value());
        s.setString(4, request.category().name());
        s.setString(5, request.language().name());
        s.setString(6, request.summary());
        s.setString(7, request.scan().orElse(null));
    }

    // ---------------------------------------------------------------- shared

    /**
     * Takes {@code count} numbers from the school's counter of {@code kind} and {@code year} with one locking statement;
     * returns the last taken. The first number of a year creates the counter.
     */
    private int takeNumbers(Connection c, String kind, int year, int count) throws SQLException {
        if (postgres) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO trustbox_counter (school_id, kind, counter_year, last_value)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (school_id, kind, counter_year)"
                    + " DO UPDATE SET last_value = trustbox_counter.last_value + EXCLUDED.last_value RETURNING last_value")) {
                s.setString(1, id);
                s.setString(2, kind);
                s.setInt(3, year);
                s.setInt(4, count);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT last_value FROM FINAL TABLE (UPDATE trustbox_counter"
                + " SET last_value = last_value + ? WHERE school_id = ? AND kind = ? AND counter_year = ?)")) {
            s.setInt(1, count);
            s.setString(2, id);
            s.setString(3, kind);
            s.setInt(4, year);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    return rs.getInt(1);
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO trustbox_counter (school_id, kind, counter_year, last_value) VALUES (?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setString(2, kind);
            s.setInt(3, year);
            s.setInt(4, count);
            s.executeUpdate();
            return count;
        }
    }

    /** The box row as locked: its state, and for an opened box the opening it holds. */
    private record BoxRow(boolean sealed, String sealNumber, long revision, Instant installedAt, Opening opening) {
    }

    private BoxRow lockBox(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT state, revision, seal_number, installed_at_ns, opened_at_ns, present,"
                + " seal_found, box_damaged, seal_intact, seal_number_read, incidents, deviation, appeal_count, act_year, act_seq"
                + " FROM trustbox_box WHERE school_id = ? FOR UPDATE")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long revision = rs.getLong("revision");
                Instant installedAt = Nanos.instant(rs.getLong("installed_at_ns"));
                if ("SEALED".equals(rs.getString("state"))) {
                    return new BoxRow(true, rs.getString("seal_number"), revision, installedAt, null);
                }
                Array present = rs.getArray("present");
                Array incidents = rs.getArray("incidents");
                List<PersonId> persons = new ArrayList<>();
                for (Object p : (Object[]) present.getArray()) {
                    persons.add(PersonId.of(p.toString()));
                }
                Set<Incident> found = EnumSet.noneOf(Incident.class);
                for (Object i : (Object[]) incidents.getArray()) {
                    found.add(Incident.valueOf(i.toString()));
                }
                int actYear = rs.getInt("act_year");
                Optional<ActNumber> act = rs.wasNull() ? Optional.empty() : Optional.of(new ActNumber(actYear, rs.getInt("act_seq")));
                Opening opening = new Opening(Nanos.instant(rs.getLong("opened_at_ns")), persons, Seal.of(rs.getString("seal_found")),
                        new Inspection(rs.getBoolean("box_damaged"), rs.getBoolean("seal_intact"), rs.getString("seal_number_read")),
                        found, Optional.ofNullable(rs.getString("deviation")).map(Deviation::new), rs.getInt("appeal_count"), act);
                return new BoxRow(false, null, revision, installedAt, opening);
            }
        }
    }

    private static void setInt(PreparedStatement s, int index, Optional<Integer> value) throws SQLException {
        if (value.isPresent()) {
            s.setInt(index, value.get());
        } else {
            s.setNull(index, Types.INTEGER);
        }
    }
}
