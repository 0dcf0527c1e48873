package kg.trustbox.jdbc;

import java.sql.Types;
import java.time.Instant;
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
import kg.trustbox.jdbc.internal.ActLineRow;
import kg.trustbox.jdbc.internal.AppellantIdentityTable;
import kg.trustbox.jdbc.internal.Db;
import kg.trustbox.jdbc.internal.Encodings;
import kg.trustbox.jdbc.internal.NewActs;
import kg.trustbox.jdbc.internal.Numbering;
import kg.trustbox.jdbc.internal.Rows;
import kg.trustbox.school.SchoolId;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.result.RowView;
import org.jdbi.v3.core.statement.Update;

/**
 * {@link Boxes} in {@code trustbox_box}, {@code trustbox_seal}, {@code trustbox_act} and
 * {@code trustbox_act_line}; the statements are in {@code kg/trustbox/jdbc/JdbiBoxes/*.sql}. Inside
 * a transaction, {@link #find} locks the box row, so two clerks opening one box queue and the
 * second sees the box opened. Thread-safe.
 */
final class JdbiBoxes implements Boxes {
    private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.removingComments();
    static final String FIND = sql("find");
    static final String LOCK = sql("lock");
    static final String INSERT = sql("insert");
    static final String UPDATE = sql("update");
    static final String USE_SEAL = sql("use-seal");
    static final String ACT = sql("act");
    static final String ACT_LINES = sql("act-lines");
    static final String INSERT_ACT = sql("insert-act");
    static final String INSERT_ACT_LINE = sql("insert-act-line");

    private final Db db;
    private final AppellantIdentityTable identities;

    JdbiBoxes(Db db, AppellantIdentityTable identities) {
        this.identities = identities;
        this.db = db;
    }

    private static String sql(String name) {
        return SQL.locate(JdbiBoxes.class, name);
    }

    @Override
    public Optional<TrustBox> find(SchoolId school) {
        String sql = db.inTransaction() ? LOCK : FIND;
        return db.call("read the box", (h, d) -> h.createQuery(sql).bind("school", school)
                .map((RowView row) -> box(school, row)).findFirst());
    }

    private static TrustBox box(SchoolId school, RowView row) {
        long revision = row.getColumn("revision", Long.class);
        Instant installedAt = row.getColumn("installed_at_ns", Instant.class);
        if ("SEALED".equals(row.getColumn("state", String.class))) {
            return new SealedBox(school, row.getColumn("seal_number", Seal.class), row.getColumn("sealed_at_ns", Instant.class),
                    installedAt, revision);
        }
        Inspection inspection = new Inspection(row.getColumn("box_damaged", Boolean.class), row.getColumn("seal_intact", Boolean.class),
                row.getColumn("seal_number_read", String.class));
        Integer actYear = row.getColumn("act_year", Integer.class);
        Optional<ActNumber> act = actYear == null ? Optional.empty()
                : Optional.of(new ActNumber(actYear, row.getColumn("act_seq", Integer.class)));
        Opening opening = new Opening(row.getColumn("opened_at_ns", Instant.class), row.getColumn("present", Encodings.PERSONS),
                row.getColumn("seal_found", Seal.class), inspection,
                Encodings.incidents(row.getColumn("incidents", Encodings.INCIDENTS)),
                Optional.ofNullable(row.getColumn("deviation", String.class)).map(Deviation::new),
                row.getColumn("appeal_count", Integer.class), act);
        return new OpenedBox(school, opening, installedAt, revision);
    }

    /** Binds the box's columns by name: a sealed box leaves the opening's NULL, an opened one the sealing's. */
    private static Update bind(Update u, TrustBox box) {
        u.bind("school", box.school()).bind("revision", box.revision()).bind("installedAt", box.installedAt());
        if (box instanceof SealedBox s) {
            return u.bind("state", "SEALED").bind("sealNumber", s.seal()).bind("sealedAt", s.sealedAt())
                    .bindByType("openedAt", null, Instant.class).bindNull("present", Types.ARRAY).bindByType("sealFound", null, Seal.class)
                    .bind("boxDamaged", (Boolean) null).bind("sealIntact", (Boolean) null).bind("sealNumberRead", (String) null)
                    .bindNull("incidents", Types.ARRAY).bind("deviation", (String) null).bind("appealCount", (Integer) null)
                    .bind("actYear", (Integer) null).bind("actSeq", (Integer) null);
        }
        Opening o = ((OpenedBox) box).opening();
        return u.bind("state", "OPENED").bindByType("sealNumber", null, Seal.class).bindByType("sealedAt", null, Instant.class)
                .bind("openedAt", o.at()).bindArray("present", PersonId.class, o.present()).bind("sealFound", o.sealFound())
                .bind("boxDamaged", o.inspection().boxDamaged()).bind("sealIntact", o.inspection().sealIntact())
                .bind("sealNumberRead", o.inspection().sealNumberRead())
                .bindArray("incidents", Incident.class, Encodings.sorted(o.incidents()))
                .bind("deviation", o.deviation().map(Deviation::reason).orElse(null)).bind("appealCount", o.appealCount())
                .bind("actYear", o.act().map(ActNumber::year).orElse(null))
                .bind("actSeq", o.act().map(ActNumber::sequence).orElse(null));
    }

    @Override
    public boolean replace(TrustBox next) {
        return db.call("store the box", (h, d) -> {
            if (next.revision() == 0) {
                return d.insertIfAbsent(h, INSERT, u -> bind(u, next));
            }
            return bind(h.createUpdate(UPDATE), next).bind("previousRevision", next.revision() - 1).execute() == 1;
        });
    }

    @Override
    public boolean useSeal(SchoolId school, Seal seal) {
        return db.call("record a used seal", (h, d) -> d.insertIfAbsent(h, USE_SEAL, u -> u.bind("school", school).bind("seal", seal)));
    }

    @Override
    public ActNumber nextActNumber(SchoolId school, int year) {
        return db.call("number the withdrawal act", (h, d) ->
                new ActNumber(year, Numbering.lockLast(h, d, school, Numbering.Counter.ACT, year) + 1));
    }

    @Override
    public void saveAct(WithdrawalAct act) {
        db.call("store the withdrawal act", (h, d) -> {
            ActNumber n = act.number();
            // the counter moves on and stays locked; a wrong number throws, and the transaction's rollback moves it back
            int last = Numbering.take(h, d, act.school(), Numbering.Counter.ACT, n.year(), 1);
            if (n.sequence() != last + 1) {
                throw new IllegalStateException("act " + n.qualified() + " is not the next of its year");
            }
            h.createUpdate(INSERT_ACT).bind("school", act.school()).bindMethods("number", n).bind("openedAt", act.openedAt())
                    .bindMethods("inspection", act.inspection())
                    .bindArray("incidents", Incident.class, Encodings.sorted(act.incidents()))
                    .bindArray("present", PersonId.class, act.present()).execute();
            // a new act: its lines and their identities are new rows, written as two batches
            List<ActLineRow> lines = new ArrayList<>();
            List<AppellantIdentityTable.Row> newIdentities = new ArrayList<>();
            for (ActLine line : act.lines()) {
                lines.add(new ActLineRow(act.school(), n.year(), n.sequence(), line.number(), AppellantIdentityTable.kind(line.from()),
                        line.note()));
                identities.row(act.school(), n, line.number(), line.from()).ifPresent(newIdentities::add);
            }
            Rows.insert(h, d, INSERT_ACT_LINE, lines);
            AppellantIdentityTable.storeAll(h, d, newIdentities);
            NewActs.inserted(db, act.school(), n, newIdentities);
            return null;
        });
    }

    @Override
    public Optional<Integer> lastActNumber(SchoolId school, int year) {
        return db.call("read a counter", (h, d) -> Numbering.last(h, school, Numbering.Counter.ACT, year));
    }

    @Override
    public java.util.Map<Integer, String> identityCommitments(SchoolId school, ActNumber act) {
        return db.call("read the identity commitments", (h, d) -> NewActs.known(db, school, act)
                .map(k -> (java.util.Map<Integer, String>) new java.util.LinkedHashMap<>(k.commitments()))
                .orElseGet(() -> AppellantIdentityTable.commitments(h, school, act)));
    }

    @Override
    public boolean purgeIdentity(SchoolId school, ActNumber act, int line) {
        return db.call("purge personal data", (h, d) -> {
            NewActs.forget(db, school, act);
            return AppellantIdentityTable.purge(h, school, act, line);
        });
    }

    @Override
    public Optional<WithdrawalAct> act(SchoolId school, ActNumber number) {
        return db.call("read the withdrawal act", (h, d) -> {
            record Head(Instant openedAt, Inspection inspection, List<Incident> incidents, List<PersonId> present) {
            }
            Optional<Head> head = h.createQuery(ACT).bind("school", school).bindMethods("act", number)
                    .map((RowView row) -> new Head(row.getColumn("opened_at_ns", Instant.class),
                            new Inspection(row.getColumn("box_damaged", Boolean.class), row.getColumn("seal_intact", Boolean.class),
                                    row.getColumn("seal_number_read", String.class)),
                            row.getColumn("incidents", Encodings.INCIDENTS), row.getColumn("present", Encodings.PERSONS)))
                    .findFirst();
            if (head.isEmpty()) {
                return Optional.<WithdrawalAct>empty();
            }
            List<ActLine> lines = h.createQuery(ACT_LINES).bind("school", school).bindMethods("act", number)
                    .map((RowView row) -> new ActLine(row.getColumn("line_no", Integer.class), identities.appellant(row),
                            row.getColumn("note", String.class))).list();
            Head a = head.get();
            return Optional.of(new WithdrawalAct(school, number, a.openedAt(), a.inspection(), Encodings.incidents(a.incidents()),
                    lines, a.present()));
        });
    }
}
