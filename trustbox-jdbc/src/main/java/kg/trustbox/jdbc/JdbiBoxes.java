package kg.trustbox.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kg.trustbox.box.ActLine;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.Boxes;
import kg.trustbox.box.Deviation;
import kg.trustbox.box.Incident;
import kg.trustbox.box.Inspection;
import kg.trustbox.box.OpenedBox;
import kg.trustbox.box.Opening;
import kg.trustbox.box.Seal;
import kg.trustbox.box.SealedBox;
import kg.trustbox.box.TrustBox;
import kg.trustbox.box.WithdrawalAct;
import kg.trustbox.commission.PersonId;
import kg.trustbox.jdbc.internal.AppellantIdentityTable;
import kg.trustbox.jdbc.internal.Db;
import kg.trustbox.jdbc.internal.Numbering;
import kg.trustbox.jdbc.internal.Sql;
import kg.trustbox.school.SchoolId;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.result.RowView;

/**
 * {@link Boxes} in {@code trustbox_box}, {@code trustbox_seal}, {@code trustbox_act} and
 * {@code trustbox_act_line}. Inside a transaction, {@link #find} locks the box row, so two clerks
 * opening one box queue and the second sees the box opened. Thread-safe.
 */
final class JdbiBoxes implements Boxes {
    static final String COLUMNS = "state, revision, seal_number, sealed_at_ns, opened_at_ns, present, seal_found, box_damaged,"
            + " seal_intact, seal_number_read, incidents, deviation, appeal_count, act_year, act_seq, installed_at_ns";
    static final String FIND = "SELECT " + COLUMNS + " FROM trustbox_box WHERE school_id = ?";
    static final String INSERT = "INSERT INTO trustbox_box (school_id, " + COLUMNS + ") VALUES (" + Sql.marks(17) + ")";
    static final String UPDATE = "UPDATE trustbox_box SET state = ?, revision = ?, seal_number = ?, sealed_at_ns = ?,"
            + " opened_at_ns = ?, present = ?, seal_found = ?, box_damaged = ?, seal_intact = ?, seal_number_read = ?,"
            + " incidents = ?, deviation = ?, appeal_count = ?, act_year = ?, act_seq = ?, installed_at_ns = ?"
            + " WHERE school_id = ? AND revision = ?";
    static final String USE_SEAL = "INSERT INTO trustbox_seal (school_id, seal_number) VALUES (?, ?)";
    static final String ACT = "SELECT opened_at_ns, box_damaged, seal_intact, seal_number_read, incidents, present FROM trustbox_act"
            + " WHERE school_id = ? AND act_year = ? AND act_seq = ?";
    static final String ACT_LINES = ClasspathSqlLocator.removingComments().locate(JdbiBoxes.class, "act-lines");

    private final Db db;

    JdbiBoxes(Db db) {
        this.db = db;
    }

    @Override
    public Optional<TrustBox> find(SchoolId school) {
        String sql = db.inTransaction() ? FIND + " FOR UPDATE" : FIND;
        return db.call("read the box", (h, d) -> Sql.one(h, sql, (rs, ctx) -> box(school, rs), school.value()));
    }

    private static TrustBox box(SchoolId school, ResultSet rs) throws SQLException {
        long revision = rs.getLong("revision");
        if ("SEALED".equals(rs.getString("state"))) {
            return new SealedBox(school, Seal.of(rs.getString("seal_number")), Sql.instant(rs, "sealed_at_ns"),
                    Sql.instant(rs, "installed_at_ns"), revision);
        }
        Inspection inspection = new Inspection(rs.getBoolean("box_damaged"), rs.getBoolean("seal_intact"),
                rs.getString("seal_number_read"));
        Optional<Integer> actYear = Sql.optInt(rs, "act_year");
        Optional<ActNumber> act = actYear.isEmpty() ? Optional.empty()
                : Optional.of(new ActNumber(actYear.get(), rs.getInt("act_seq")));
        Opening opening = new Opening(Sql.instant(rs, "opened_at_ns"), Sql.split(rs.getString("present"), PersonId::of),
                Seal.of(rs.getString("seal_found")), inspection, Sql.enums(rs.getString("incidents"), Incident.class),
                Sql.optText(rs, "deviation").map(Deviation::new), rs.getInt("appeal_count"), act);
        return new OpenedBox(school, opening, Sql.instant(rs, "installed_at_ns"), revision);
    }

    private static Object[] columns(TrustBox box) {
        if (box instanceof SealedBox s) {
            return new Object[] {"SEALED", s.revision(), s.seal().number(), Sql.nanos(s.sealedAt()),
                Sql.orNull(null, Types.BIGINT), Sql.orNull(null, Types.VARCHAR), Sql.orNull(null, Types.VARCHAR),
                Sql.orNull(null, Types.BOOLEAN), Sql.orNull(null, Types.BOOLEAN), Sql.orNull(null, Types.VARCHAR),
                Sql.orNull(null, Types.VARCHAR), Sql.orNull(null, Types.VARCHAR), Sql.orNull(null, Types.INTEGER),
                Sql.orNull(null, Types.INTEGER), Sql.orNull(null, Types.INTEGER), Sql.nanos(s.installedAt())};
        }
        OpenedBox o = (OpenedBox) box;
        Opening op = o.opening();
        return new Object[] {"OPENED", o.revision(), Sql.orNull(null, Types.VARCHAR), Sql.orNull(null, Types.BIGINT),
            Sql.nanos(op.at()), Sql.joined(op.present()), op.sealFound().number(), op.inspection().boxDamaged(),
            op.inspection().sealIntact(), op.inspection().sealNumberRead(), Sql.names(op.incidents()),
            Sql.text(op.deviation().map(Deviation::reason)), op.appealCount(),
            Sql.orNull(op.act().map(ActNumber::year).orElse(null), Types.INTEGER),
            Sql.orNull(op.act().map(ActNumber::sequence).orElse(null), Types.INTEGER), Sql.nanos(o.installedAt())};
    }

    @Override
    public boolean replace(TrustBox next) {
        return db.call("store the box", (h, d) -> {
            Object[] cols = columns(next);
            if (next.revision() == 0) {
                Object[] args = new Object[cols.length + 1];
                args[0] = next.school().value();
                System.arraycopy(cols, 0, args, 1, cols.length);
                return d.insertIfAbsent(h, INSERT, args);
            }
            Object[] args = new Object[cols.length + 2];
            System.arraycopy(cols, 0, args, 0, cols.length);
            args[cols.length] = next.school().value();
            args[cols.length + 1] = next.revision() - 1;
            return Sql.update(h, UPDATE, args) == 1;
        });
    }

    @Override
    public boolean useSeal(SchoolId school, Seal seal) {
        return db.call("record a used seal", (h, d) -> d.insertIfAbsent(h, USE_SEAL, school.value(), seal.number()));
    }

    @Override
    public ActNumber nextActNumber(SchoolId school, int year) {
        return db.call("number the withdrawal act", (h, d) ->
                new ActNumber(year, Numbering.lockLast(h, d, school, Numbering.Counter.ACT, year) + 1));
    }

    @Override
    public void saveAct(WithdrawalAct act) {
        db.call("store the withdrawal act", (h, d) -> {
            String school = act.school().value();
            ActNumber n = act.number();
            int last = Numbering.lockLast(h, d, act.school(), Numbering.Counter.ACT, n.year());
            if (n.sequence() != last + 1) {
                throw new IllegalStateException("act " + n.qualified() + " is not the next of its year");
            }
            Numbering.setLast(h, act.school(), Numbering.Counter.ACT, n.year(), n.sequence());
            Sql.update(h, "INSERT INTO trustbox_act (school_id, act_year, act_seq, opened_at_ns, box_damaged, seal_intact,"
                            + " seal_number_read, incidents, present) VALUES (" + Sql.marks(9) + ")",
                    school, n.year(), n.sequence(), Sql.nanos(act.openedAt()), act.inspection().boxDamaged(),
                    act.inspection().sealIntact(), act.inspection().sealNumberRead(), Sql.names(act.incidents()),
                    Sql.joined(act.present()));
            // a new act: its lines and their identities are new rows, written as two batches
            List<Object[]> lines = new ArrayList<>();
            List<AppellantIdentityTable.Row> identities = new ArrayList<>();
            for (ActLine line : act.lines()) {
                lines.add(new Object[] {school, n.year(), n.sequence(), line.number(), AppellantIdentityTable.kind(line.from()), line.note()});
                AppellantIdentityTable.row(act.school(), n, line.number(), line.from()).ifPresent(identities::add);
            }
            Sql.batch(h, "INSERT INTO trustbox_act_line (school_id, act_year, act_seq, line_no, appellant_kind, note)"
                    + " VALUES (" + Sql.marks(6) + ")", lines);
            AppellantIdentityTable.storeAll(h, identities);
            return null;
        });
    }

    @Override
    public Optional<WithdrawalAct> act(SchoolId school, ActNumber number) {
        return db.call("read the withdrawal act", (h, d) -> {
            record Head(java.time.Instant openedAt, Inspection inspection, String incidents, String present) {
            }
            Optional<Head> head = Sql.one(h, ACT, (rs, ctx) -> new Head(Sql.instant(rs, "opened_at_ns"),
                    new Inspection(rs.getBoolean("box_damaged"), rs.getBoolean("seal_intact"), rs.getString("seal_number_read")),
                    rs.getString("incidents"), rs.getString("present")), school.value(), number.year(), number.sequence());
            if (head.isEmpty()) {
                return Optional.<WithdrawalAct>empty();
            }
            List<ActLine> lines = h.createQuery(ACT_LINES).bind("school", school).bindMethods("act", number)
                    .map((RowView row) -> new ActLine(row.getColumn("line_no", Integer.class), AppellantIdentityTable.appellant(row),
                            row.getColumn("note", String.class))).list();
            Head a = head.get();
            return Optional.of(new WithdrawalAct(school, number, a.openedAt(), a.inspection(),
                    Sql.enums(a.incidents(), Incident.class), lines, Sql.split(a.present(), PersonId::of)));
        });
    }
}
