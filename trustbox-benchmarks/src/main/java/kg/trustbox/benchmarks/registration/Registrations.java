package kg.trustbox.benchmarks.registration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kg.trustbox.OpeningResult;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.benchmarks.BenchKeys;
import kg.trustbox.benchmarks.BenchSchools;
import kg.trustbox.benchmarks.Postgres;
import kg.trustbox.box.Inspection;
import kg.trustbox.box.OpeningRequest;
import kg.trustbox.box.Paper;
import kg.trustbox.box.Seal;
import kg.trustbox.box.SealedBox;
import kg.trustbox.chain.Chain;
import kg.trustbox.commission.PersonId;
import kg.trustbox.jdbc.JdbiStores;
import kg.trustbox.school.School;
import kg.trustbox.time.ManualClock;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Figure 1, registration: one Tuesday opening with {@value #APPEALS} appeals (half signed, half anonymous), done three
 * ways on one database, each side on a school of its own, constituted and given its box through the library.
 *
 * <ul>
 *   <li>trustbox ({@code tb-1}): {@code TrustBoxOffice#open} (withdrawal act, an appeal per paper), {@code #seal}
 *       (journal entry, hash-chained) and {@code #registerAll} for its appeals, through trustbox-jdbc: each step its
 *       own transaction, as the regulation's steps are, each record entered in the ledger.</li>
 *   <li>fair baseline ({@code fair-1}): {@link ThreeSteps}, the same three steps as three hand-written JDBC
 *       transactions with the same checks, locks, chains, ledger and refusals.</li>
 *   <li>floor ({@code floor-1}): {@link OneTransaction}, the same rows batched into one transaction with the state kept
 *       in memory and nothing checked, the least writing those rows can cost.</li>
 * </ul>
 * The smoke test checks that the three add the same rows to every table and that the library verifies the baselines'
 * schools intact (journal, ledger, every record). Not thread-safe: one per benchmark thread.
 */
public final class Registrations implements AutoCloseable {
    public static final int APPEALS = 50;
    /** Regulated rows one opening adds: the seal, the act, a line and an appeal per paper, an identity per signed paper, the journal entry. */
    public static final int RECORDS_PER_OPENING = 1 + 1 + APPEALS + APPEALS / 2 + APPEALS + 1;
    /**
     * Ledger entries one opening adds: open (act counter, act, an identity per signed paper, an appeal per paper, box),
     * seal (seal, journal entry, box), register (registration counter, an appeal per paper).
     */
    public static final int LEDGER_PER_OPENING = (1 + 1 + APPEALS / 2 + APPEALS + 1) + 3 + (1 + APPEALS);
    /** Rows one opening adds, in all: the records and their ledger entries. */
    public static final int ROWS_PER_OPENING = RECORDS_PER_OPENING + LEDGER_PER_OPENING;
    /** The tables an opening writes to, for the smoke test's count. */
    public static final List<String> TABLES = List.of("trustbox_seal", "trustbox_act", "trustbox_act_line", "trustbox_appellant_identity",
            "trustbox_appeal", "trustbox_journal_entry", "trustbox_ledger_entry", "trustbox_counter", "trustbox_chain_head", "trustbox_box");

    static final RegistrationRequest REQUEST = RegistrationRequest.of(BenchSchools.RESPONSIBLE, Category.COMPLAINT,
            AppealLanguage.KYRGYZ, "Мектептин ашканасындагы тамак-аштын сапаты тууралуу");
    private static final LocalDate FIRST_TUESDAY = LocalDate.of(2027, 1, 5);

    private final DataSource dataSource;
    private final AutoCloseable owned;
    private final Runnable statistics;
    final JdbiStores stores;
    final School tbSchool = BenchSchools.school("tb-1");
    final School fairSchool = BenchSchools.school("fair-1");
    final School floorSchool = BenchSchools.school("floor-1");
    private final ManualClock clock = new ManualClock(Instant.parse("2026-08-20T06:00:00Z"));
    private final TrustBoxOffice office;
    private final List<Paper> papers = new ArrayList<>();
    private int tbWeek;
    private Seal tbSeal;
    private final ThreeSteps fair;
    private int fairWeek;
    private final OneTransaction floor;

    private Registrations(DataSource dataSource, AutoCloseable owned, Runnable statistics, boolean postgres) {
        this.dataSource = dataSource;
        this.owned = owned;
        this.statistics = statistics;
        this.stores = JdbiStores.create(dataSource, BenchKeys.KEYS);
        for (int i = 0; i < APPEALS; i++) {
            papers.add(Paper.from(i % 2 == 0
                    ? new Appellant.Signed("Ата-эне " + (i + 1) + " Асанов", Appellant.Contacts.address("Бишкек ш., Ленин көч., " + (i + 1)))
                    : Appellant.anonymous()));
        }
        office = TrustBoxOffice.of(tbSchool, stores.stores(), clock);
        BenchSchools.constitute(office);
        tbSeal = Seal.of("TB-000000");
        office.installBox(tbSeal).orElseThrow();
        TrustBoxOffice fairOffice = TrustBoxOffice.of(fairSchool, stores.stores(), clock);
        BenchSchools.constitute(fairOffice);
        fairOffice.installBox(Seal.of("FA-000000")).orElseThrow();
        fair = new ThreeSteps(dataSource, postgres, fairSchool, BenchKeys.KEYS);
        TrustBoxOffice floorOffice = TrustBoxOffice.of(floorSchool, stores.stores(), clock);
        BenchSchools.constitute(floorOffice);
        floorOffice.installBox(Seal.of("FL-000000")).orElseThrow();
        Chain.Head ledgerHead = stores.stores().ledger().head(floorSchool.id()).orElseThrow();
        floor = new OneTransaction(dataSource, floorSchool, BenchKeys.KEYS, papers, (SealedBox) floorOffice.box().orElseThrow(),
                ledgerHead, FIRST_TUESDAY.atTime(12, 5).atZone(floorSchool.zone()).toInstant());
    }

    /** On {@code db}: {@code h2} (in memory) or {@code postgresql} (schema {@code registration} of the benchmark database). */
    public static Registrations open(String db) {
        if (db.equals("h2")) {
            JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:bench-registration-" + System.nanoTime()
                    + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "", "");
            JdbiStores.migrate(pool, BenchKeys.KEYS);
            return new Registrations(pool, pool::dispose, () -> { }, false);
        }
        if (db.equals("postgresql")) {
            Postgres.unavailable().ifPresent(why -> {
                throw new IllegalStateException(why);
            });
            Postgres.freshSchema("registration");
            var pool = Postgres.pool("registration", 4);
            JdbiStores.migrate(pool, BenchKeys.KEYS);
            return new Registrations(pool, pool, () -> Postgres.analyze("registration"), true);
        }
        throw new IllegalArgumentException("db is h2 or postgresql, not " + db);
    }

    /** Statements prepared and transactions committed by one opening of a side. */
    public record Count(long statements, long commits) {
    }

    /** The work of one opening of each side, on H2 (the PostgreSQL code differs in its set-based statements). */
    public record Work(Count trustbox, Count fair, Count floor) {
    }

    /** Counts the work of one opening of each side, after one opening each to settle counters and chain heads. */
    public static Work work() throws Exception {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:bench-registration-count-" + System.nanoTime()
                + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "", "");
        JdbiStores.migrate(pool, BenchKeys.KEYS);
        CountingDataSource counting = new CountingDataSource(pool);
        try (Registrations r = new Registrations(counting, pool::dispose, () -> { }, false)) {
            r.trustboxOpening();
            r.fairOpening();
            r.floorOpening();
            return new Work(count(counting, r::trustboxOpening), count(counting, r::fairOpening), count(counting, r::floorOpening));
        }
    }

    private static Count count(CountingDataSource counting, Runnable opening) {
        long s0 = counting.statements.get();
        long c0 = counting.commits.get();
        opening.run();
        return new Count(counting.statements.get() - s0, counting.commits.get() - c0);
    }

    /** trustbox: open the box with the papers, seal it, register the appeals as one step. Returns the appeals registered. */
    public int trustboxOpening() {
        clock.set(FIRST_TUESDAY.plusWeeks(tbWeek++), LocalTime.of(12, 5), tbSchool.zone());
        OpeningResult opened = office.open(OpeningRequest.of(BenchSchools.quorum(), Inspection.inOrder(tbSeal), papers)).orElseThrow();
        clock.advance(Duration.ofMinutes(10));
        tbSeal = Seal.of(String.format("TB-%06d", tbWeek));
        office.seal(tbSeal).orElseThrow();
        clock.advance(Duration.ofHours(1));
        Map<AppealId, RegistrationRequest> batch = new LinkedHashMap<>();
        for (AppealId id : opened.appeals()) {
            batch.put(id, REQUEST);
        }
        return office.registerAll(batch).orElseThrow().size();
    }

    /** The fair baseline: the same three steps, by hand, at the same times of its own Tuesdays. Returns the appeals registered. */
    public int fairOpening() {
        Instant openedAt = FIRST_TUESDAY.plusWeeks(fairWeek++).atTime(12, 5).atZone(fairSchool.zone()).toInstant();
        Seal found = Seal.of(String.format("FA-%06d", fairWeek - 1));
        ThreeSteps.Opened opened = fair.open(openedAt, BenchSchools.quorum(), Inspection.inOrder(found), papers).orElseThrow();
        Instant sealedAt = openedAt.plus(Duration.ofMinutes(10));
        fair.seal(sealedAt, Seal.of(String.format("FA-%06d", fairWeek))).orElseThrow();
        return fair.register(sealedAt.plus(Duration.ofHours(1)), opened.appeals(), REQUEST).orElseThrow().size();
    }

    /** The floor: the same rows in one transaction, nothing checked. Returns the appeals written. */
    public int floorOpening() {
        return floor.opening(REQUEST);
    }

    /** The fair baseline itself, for the smoke test's refusals. */
    public ThreeSteps fair() {
        return fair;
    }

    /** Rows per table of {@code school} (for the smoke test: every side must add the same). */
    public Map<String, Long> rows(School school) {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (String table : TABLES) {
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

    /** The trustbox side's office. */
    public TrustBoxOffice trustboxOffice() {
        return office;
    }

    /** An office of the fair baseline's school, to read and verify its rows through the library. */
    public TrustBoxOffice fairOffice() {
        return TrustBoxOffice.of(fairSchool, stores.stores(), clock);
    }

    /** An office of the floor's school, to read and verify its rows through the library. */
    public TrustBoxOffice floorOffice() {
        return TrustBoxOffice.of(floorSchool, stores.stores(), clock);
    }

    /** The stores of the three schools' database. */
    public JdbiStores stores() {
        return stores;
    }

    /** The fair baseline's school. */
    public School fairSchool() {
        return fairSchool;
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

    /** Those present at an ordinary opening, for callers that vary it. */
    public static List<PersonId> quorum() {
        return BenchSchools.quorum();
    }
}
