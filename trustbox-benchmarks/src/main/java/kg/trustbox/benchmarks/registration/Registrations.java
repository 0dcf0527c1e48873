package kg.trustbox.benchmarks.registration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import kg.trustbox.OpeningResult;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.time.ManualClock;
import kg.trustbox.benchmarks.BenchSchools;
import kg.trustbox.benchmarks.Postgres;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.Inspection;
import kg.trustbox.box.JournalEntry;
import kg.trustbox.box.Opening;
import kg.trustbox.box.OpeningRequest;
import kg.trustbox.box.Paper;
import kg.trustbox.box.Seal;
import kg.trustbox.box.SealedBox;
import kg.trustbox.chain.Chain;
import kg.trustbox.commission.PersonId;
import kg.trustbox.jdbc.JdbiStores;
import kg.trustbox.school.School;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Figure 1, registration: one Tuesday opening with {@value #APPEALS} appeals (half signed, half anonymous), done two
 * ways on one database.
 *
 * <ul>
 *   <li>trustbox: {@code TrustBoxOffice#open} (withdrawal act, an appeal per paper), {@code #seal} (journal entry,
 *       hash-chained) and {@code #registerAll} for its appeals, through trustbox-jdbc: each step its own transaction,
 *       as the regulation's steps are.</li>
 *   <li>baseline: the same rows written by hand with plain JDBC, batched, in one transaction: the seal, the act, its
 *       lines, the signed appellants' identities, the registered appeals, the journal entry and its chain head, the
 *       counters and the box. The smoke test checks that both sides add the same rows and that the library reads the
 *       baseline's rows back as valid (journal chain intact).</li>
 * </ul>
 * Each side works its own school in the same database. Not thread-safe: one per benchmark thread.
 */
public final class Registrations implements AutoCloseable {
    public static final int APPEALS = 50;
    /** Rows one opening adds: the seal, the act, a line and an appeal per paper, an identity per signed paper, the journal entry. */
    public static final int ROWS_PER_OPENING = 1 + 1 + APPEALS + APPEALS / 2 + APPEALS + 1;

    static final RegistrationRequest REQUEST = RegistrationRequest.of(BenchSchools.RESPONSIBLE, Category.COMPLAINT,
            AppealLanguage.KYRGYZ, "Мектептин ашканасындагы тамак-аштын сапаты тууралуу");
    private static final LocalDate FIRST_TUESDAY = LocalDate.of(2027, 1, 5);

    private final DataSource dataSource;
    private final AutoCloseable owned;
    private final Runnable statistics;
    final JdbiStores stores;
    final School tbSchool = BenchSchools.school("tb-1");
    final School baseSchool = BenchSchools.school("base-1");
    private final ManualClock clock = new ManualClock(Instant.parse("2026-08-20T06:00:00Z"));
    private final TrustBoxOffice office;
    private final List<Paper> papers = new ArrayList<>();
    private int tbWeek;
    private Seal tbSeal;
    private final Baseline baseline;

    private Registrations(DataSource dataSource, AutoCloseable owned, Runnable statistics) {
        this.dataSource = dataSource;
        this.owned = owned;
        this.statistics = statistics;
        this.stores = JdbiStores.create(dataSource, kg.trustbox.benchmarks.BenchKeys.KEYS);
        for (int i = 0; i < APPEALS; i++) {
            papers.add(Paper.from(i % 2 == 0
                    ? new Appellant.Signed("Ата-эне " + (i + 1) + " Асанов", Appellant.Contacts.address("Бишкек ш., Ленин көч., " + (i + 1)))
                    : Appellant.anonymous()));
        }
        office = TrustBoxOffice.of(tbSchool, stores.stores(), clock);
        BenchSchools.constitute(office);
        tbSeal = Seal.of("TB-000000");
        office.installBox(tbSeal).orElseThrow();
        TrustBoxOffice baseOffice = TrustBoxOffice.of(baseSchool, stores.stores(), clock);
        BenchSchools.constitute(baseOffice);
        baseOffice.installBox(Seal.of("BS-000000")).orElseThrow();
        SealedBox box = (SealedBox) baseOffice.box().orElseThrow();
        baseline = new Baseline(box.seal(), box.revision());
    }

    /** On {@code db}: {@code h2} (in memory) or {@code postgresql} (schema {@code registration} of the benchmark database). */
    public static Registrations open(String db) {
        if (db.equals("h2")) {
            JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:bench-registration-" + System.nanoTime()
                    + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "", "");
            JdbiStores.migrate(pool, kg.trustbox.benchmarks.BenchKeys.KEYS);
            return new Registrations(pool, pool::dispose, () -> { });
        }
        if (db.equals("postgresql")) {
            Postgres.unavailable().ifPresent(why -> {
                throw new IllegalStateException(why);
            });
            Postgres.freshSchema("registration");
            var pool = Postgres.pool("registration", 4);
            JdbiStores.migrate(pool, kg.trustbox.benchmarks.BenchKeys.KEYS);
            return new Registrations(pool, pool, () -> Postgres.analyze("registration"));
        }
        throw new IllegalArgumentException("db is h2 or postgresql, not " + db);
    }

    /** Statements prepared and transactions committed by one opening, each side, on H2 (the same code runs on PostgreSQL). */
    public record Work(long trustboxStatements, long trustboxCommits, long baselineStatements, long baselineCommits) {
    }

    /** Counts the work of one opening of each side, after one opening each to settle counters and chain heads. */
    public static Work work() throws Exception {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:bench-registration-count-" + System.nanoTime()
                + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "", "");
        JdbiStores.migrate(pool, kg.trustbox.benchmarks.BenchKeys.KEYS);
        CountingDataSource counting = new CountingDataSource(pool);
        try (Registrations r = new Registrations(counting, pool::dispose, () -> { })) {
            r.trustboxOpening();
            r.baselineOpening();
            long s0 = counting.statements.get();
            long c0 = counting.commits.get();
            r.trustboxOpening();
            long s1 = counting.statements.get();
            long c1 = counting.commits.get();
            r.baselineOpening();
            return new Work(s1 - s0, c1 - c0, counting.statements.get() - s1, counting.commits.get() - c1);
        }
    }

    /** trustbox: open the box with the papers, seal it, register the appeals as one step. Returns the appeals registered. */
    public int trustboxOpening() {
        clock.set(FIRST_TUESDAY.plusWeeks(tbWeek++), LocalTime.of(12, 5), tbSchool.zone());
        OpeningResult opened = office.open(OpeningRequest.of(BenchSchools.quorum(), Inspection.inOrder(tbSeal), papers)).orElseThrow();
        clock.advance(Duration.ofMinutes(10));
        tbSeal = Seal.of(String.format("TB-%06d", tbWeek));
        office.seal(tbSeal).orElseThrow();
        clock.advance(Duration.ofHours(1));
        java.util.Map<AppealId, kg.trustbox.appeal.RegistrationRequest> batch = new java.util.LinkedHashMap<>();
        for (AppealId id : opened.appeals()) {
            batch.put(id, REQUEST);
        }
        office.registerAll(batch).orElseThrow();
        return opened.appeals().size();
    }

    /** baseline: the same rows by hand, batched, one transaction. Returns the appeals written. */
    public int baselineOpening() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                baseline.write(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
            return APPEALS;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows per table of {@code school} (for the smoke test: both sides must add the same). */
    public Map<String, Long> rows(School school) {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (String table : List.of("trustbox_seal", "trustbox_act", "trustbox_act_line", "trustbox_appellant_identity",
                    "trustbox_appeal", "trustbox_journal_entry", "trustbox_counter", "trustbox_chain_head", "trustbox_box")) {
                try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE school_id = ?")) {
                    s.setString(1, school.id().value());
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        rows.put(table, rs.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** The office of the baseline's school, to read its rows back through the library. */
    public TrustBoxOffice baselineOffice() {
        return TrustBoxOffice.of(baseSchool, stores.stores(), clock);
    }

    /** The trustbox side's office. */
    public TrustBoxOffice trustboxOffice() {
        return office;
    }

    /**
     * Brings the database's statistics up to date, outside the measured time, as a server's autovacuum does while
     * tables grow (PostgreSQL: {@code ANALYZE} of the benchmark's tables; H2: nothing).
     */
    public void refreshStatistics() {
        statistics.run();
    }

    @Override
    public void close() throws Exception {
        owned.close();
    }

    /** The hand-written side: what it knows of its school, kept in memory as a bulk loader would. */
    private final class Baseline {
        private static final String SCHOOL_ID = "base-1";
        private final String[] present = BenchSchools.quorum().stream().map(PersonId::value).toArray(String[]::new);
        private Seal seal;
        private long boxRevision;
        private Chain.Head head = new Chain.Head(0, Chain.GENESIS);
        private int counterYear = -1;
        private int actSeq;
        private int regSeq;
        private int opening;
        private Instant at = LocalDate.of(2027, 1, 5).atTime(12, 5).atZone(School.BISHKEK).toInstant();

        Baseline(Seal seal, long boxRevision) {
            this.seal = seal;
            this.boxRevision = boxRevision;
        }

        void write(Connection c) throws SQLException {
            Instant openedAt = at;
            Instant sealedAt = openedAt.plus(Duration.ofMinutes(10));
            Instant registeredAt = sealedAt.plus(Duration.ofHours(1));
            at = at.plus(Duration.ofHours(1));
            int year = openedAt.atZone(School.BISHKEK).getYear();
            boolean newYear = year != counterYear;
            int act = newYear ? 1 : actSeq + 1;
            int reg = newYear ? 0 : regSeq;
            if (newYear) {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO trustbox_counter (school_id, kind, counter_year, last_value) VALUES (?, ?, ?, ?)")) {
                    for (String kind : List.of("ACT", "REGISTRATION")) {
                        s.setString(1, SCHOOL_ID);
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
                s.setString(2, SCHOOL_ID);
                s.setString(3, "ACT");
                s.setInt(4, year);
                s.addBatch();
                s.setInt(1, reg + APPEALS);
                s.setString(3, "REGISTRATION");
                s.addBatch();
                s.executeBatch();
            }
            Seal newSeal = Seal.of(String.format("BS-%06d", ++opening));
            try (PreparedStatement s = c.prepareStatement("INSERT INTO trustbox_seal (school_id, seal_number) VALUES (?, ?)")) {
                s.setString(1, SCHOOL_ID);
                s.setString(2, newSeal.number());
                s.executeUpdate();
            }
            long openedNs = nanos(openedAt);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO trustbox_act (school_id, act_year, act_seq, opened_at_ns,"
                    + " box_damaged, seal_intact, seal_number_read, incidents, present) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, SCHOOL_ID);
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
            try (PreparedStatement lines = c.prepareStatement("INSERT INTO trustbox_act_line (school_id, act_year, act_seq, line_no,"
                    + " appellant_kind, note) VALUES (?, ?, ?, ?, ?, ?)");
                 PreparedStatement identities = c.prepareStatement("INSERT INTO trustbox_appellant_identity (school_id, act_year,"
                         + " act_seq, line_no, key_id, wrapped_key, ciphertext) VALUES (?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement appeals = c.prepareStatement("INSERT INTO trustbox_appeal (school_id, appeal_id, act_year,"
                         + " act_seq, line_no, withdrawn_at_ns, appellant_kind, status, registration_year, registration_seq,"
                         + " registered_at_ns, registrar, category, appeal_language, summary, revision)"
                         + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                long registeredNs = nanos(registeredAt);
                for (int i = 0; i < APPEALS; i++) {
                    int line = i + 1;
                    Appellant from = papers.get(i).from();
                    String kind = from instanceof Appellant.Signed ? "SIGNED" : "ANONYMOUS";
                    lines.setString(1, SCHOOL_ID);
                    lines.setInt(2, year);
                    lines.setInt(3, act);
                    lines.setInt(4, line);
                    lines.setString(5, kind);
                    lines.setString(6, papers.get(i).note());
                    lines.addBatch();
                    if (from instanceof Appellant.Signed signed) {
                        identities.setString(1, SCHOOL_ID);
                        identities.setInt(2, year);
                        identities.setInt(3, act);
                        identities.setInt(4, line);
                        // the same cryptographic work as the library's: a data key per identity, wrapped, AES-GCM
                        kg.trustbox.keys.EncryptedIdentity e = kg.trustbox.keys.EncryptedIdentity.encrypt(signed,
                                SCHOOL_ID + "/" + year + "-" + act + "/" + line, kg.trustbox.benchmarks.BenchKeys.KEYS);
                        identities.setString(5, e.key().keyId());
                        identities.setBytes(6, e.key().bytes());
                        identities.setBytes(7, e.ciphertext());
                        identities.addBatch();
                    }
                    appeals.setString(1, SCHOOL_ID);
                    appeals.setString(2, year + "-" + act + "-" + line);
                    appeals.setInt(3, year);
                    appeals.setInt(4, act);
                    appeals.setInt(5, line);
                    appeals.setLong(6, openedNs);
                    appeals.setString(7, kind);
                    appeals.setString(8, "REGISTERED");
                    appeals.setInt(9, year);
                    appeals.setInt(10, reg + line);
                    appeals.setLong(11, registeredNs);
                    appeals.setString(12, REQUEST.registrar().value());
                    appeals.setString(13, REQUEST.category().name());
                    appeals.setString(14, REQUEST.language().name());
                    appeals.setString(15, REQUEST.summary());
                    appeals.setLong(16, 1);
                    appeals.addBatch();
                }
                lines.executeBatch();
                identities.executeBatch();
                appeals.executeBatch();
            }
            Opening op = new Opening(openedAt, BenchSchools.quorum(), seal, Inspection.inOrder(seal), Set.of(), Optional.empty(),
                    APPEALS, Optional.of(new ActNumber(year, act)));
            JournalEntry entry = JournalEntry.next(head, baseSchool.id(), op, newSeal, sealedAt);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO trustbox_journal_entry (school_id, seq, opened_at_ns,"
                    + " sealed_at_ns, present, seal_found, incidents, appeal_count, act_year, act_seq, new_seal, deviation,"
                    + " previous_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, SCHOOL_ID);
                s.setLong(2, entry.sequence());
                s.setLong(3, openedNs);
                s.setLong(4, nanos(sealedAt));
                s.setArray(5, c.createArrayOf("varchar", present));
                s.setString(6, seal.number());
                s.setArray(7, c.createArrayOf("varchar", new String[0]));
                s.setInt(8, APPEALS);
                s.setInt(9, year);
                s.setInt(10, act);
                s.setString(11, newSeal.number());
                s.setNull(12, Types.VARCHAR);
                s.setString(13, entry.previousHash());
                s.setString(14, entry.hash());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(head.sequence() == 0
                    ? "INSERT INTO trustbox_chain_head (seq, head_hash, school_id, chain) VALUES (?, ?, ?, ?)"
                    : "UPDATE trustbox_chain_head SET seq = ?, head_hash = ? WHERE school_id = ? AND chain = ?")) {
                s.setLong(1, entry.sequence());
                s.setString(2, entry.hash());
                s.setString(3, SCHOOL_ID);
                s.setString(4, "JOURNAL");
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE trustbox_box SET revision = ?, seal_number = ?, sealed_at_ns = ?"
                    + " WHERE school_id = ? AND revision = ?")) {
                s.setLong(1, boxRevision + 2);
                s.setString(2, newSeal.number());
                s.setLong(3, nanos(sealedAt));
                s.setString(4, SCHOOL_ID);
                s.setLong(5, boxRevision);
                if (s.executeUpdate() != 1) {
                    throw new IllegalStateException("the baseline's box changed under it");
                }
            }
            // only now, with every statement done, does the in-memory state move on
            counterYear = year;
            actSeq = act;
            regSeq = reg + APPEALS;
            head = entry.head();
            seal = newSeal;
            boxRevision += 2;
        }
    }

    private static long nanos(Instant i) {
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }
}
