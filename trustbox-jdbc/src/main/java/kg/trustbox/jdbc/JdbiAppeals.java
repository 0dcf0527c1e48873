package kg.trustbox.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kg.trustbox.appeal.Answer;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Appeals;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Channel;
import kg.trustbox.appeal.Closure;
import kg.trustbox.appeal.Decision;
import kg.trustbox.appeal.Extension;
import kg.trustbox.appeal.Forwarding;
import kg.trustbox.appeal.Registration;
import kg.trustbox.appeal.RegistrationNumber;
import kg.trustbox.appeal.Status;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.appeal.Withdrawal;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.ActNumber;
import kg.trustbox.commission.PersonId;
import kg.trustbox.jdbc.internal.Db;
import kg.trustbox.jdbc.internal.Sql;
import kg.trustbox.school.Language;
import kg.trustbox.school.SchoolId;
import org.jdbi.v3.core.Handle;

/**
 * {@link Appeals} in {@code trustbox_appeal} with its forwardings and tags; a signed appellant's
 * identity in {@code trustbox_appellant_identity}. Registration numbers come from a
 * counter row locked for the rest of the transaction, so they are consecutive under concurrency.
 * The appellant and the withdrawal are fixed when the appeal is added: {@link #replace} stores the
 * lifecycle. Thread-safe.
 */
final class JdbiAppeals implements Appeals {
    static final String COLUMNS = "t.appeal_id, t.act_year, t.act_seq, t.line_no, t.withdrawn_at_ns, t.appellant_kind, t.status,"
            + " t.registration_year, t.registration_seq, t.registered_at_ns, t.registrar, t.category, t.appeal_language, t.summary,"
            + " t.scan, t.assignee, t.extended_at_ns, t.extension_reason, t.extension_due, t.verdict, t.legal_ground, t.measures,"
            + " t.decided_at_ns,"
            + " t.answered_at_ns, t.answer_language, t.answer_channel, t.closed_at_ns, t.closure_reason, t.revision, "
            + Identities.COLUMNS;
    static final String FIND = "SELECT " + COLUMNS + " FROM trustbox_appeal t" + Identities.JOIN
            + " WHERE t.school_id = ? AND t.appeal_id = ?";
    static final String LIST = "SELECT " + COLUMNS + " FROM trustbox_appeal t" + Identities.JOIN
            + " WHERE t.school_id = ? ORDER BY t.act_year, t.act_seq, t.line_no";
    static final String IN_PERIOD = " WHERE t.school_id = ? AND t.withdrawn_at_ns >= ? AND t.withdrawn_at_ns < ?";
    static final String WITHDRAWN = "SELECT " + COLUMNS + " FROM trustbox_appeal t" + Identities.JOIN + IN_PERIOD
            + " ORDER BY t.act_year, t.act_seq, t.line_no";
    static final String WITHDRAWN_FORWARDINGS = forwardingsOf(IN_PERIOD);
    static final String WITHDRAWN_TAGS = tagsOf(IN_PERIOD);
    static final String EXISTS = "SELECT 1 FROM trustbox_appeal WHERE school_id = ? AND appeal_id = ?";
    static final String FORWARDINGS_OF = "SELECT body, letter_date, letter_number FROM trustbox_appeal_forwarding"
            + " WHERE school_id = ? AND appeal_id = ? ORDER BY ord";
    static final String TAGS_OF = "SELECT tag FROM trustbox_appeal_tag WHERE school_id = ? AND appeal_id = ? ORDER BY ord";
    static final String FORWARDINGS = "SELECT appeal_id, body, letter_date, letter_number FROM trustbox_appeal_forwarding"
            + " WHERE school_id = ? ORDER BY appeal_id, ord";
    static final String TAGS = "SELECT appeal_id, tag FROM trustbox_appeal_tag WHERE school_id = ? ORDER BY appeal_id, ord";
    static final String ACT_APPEALS = "SELECT " + COLUMNS + " FROM trustbox_appeal t" + Identities.JOIN
            + " WHERE t.school_id = ? AND t.act_year = ? AND t.act_seq = ?";
    static final String ACT_FORWARDINGS = forwardingsOf(" WHERE t.school_id = ? AND t.act_year = ? AND t.act_seq = ?");
    static final String ACT_TAGS = tagsOf(" WHERE t.school_id = ? AND t.act_year = ? AND t.act_seq = ?");
    static final String LIFECYCLE = "status, registration_year, registration_seq, registered_at_ns, registrar, category,"
            + " appeal_language, summary, scan, assignee, extended_at_ns, extension_reason, extension_due, verdict, legal_ground,"
            + " measures, decided_at_ns, answered_at_ns, answer_language, answer_channel, closed_at_ns, closure_reason, revision";
    static final String INSERT = "INSERT INTO trustbox_appeal (school_id, appeal_id, act_year, act_seq, line_no, withdrawn_at_ns,"
            + " appellant_kind, " + LIFECYCLE + ") VALUES (" + Sql.marks(30) + ")";
    static final String UPDATE = "UPDATE trustbox_appeal SET " + String.join(" = ?, ", LIFECYCLE.split(", ")) + " = ?"
            + " WHERE school_id = ? AND appeal_id = ? AND revision = ?";

    private final Db db;

    /** The forwardings of the appeals {@code where} selects (over {@code trustbox_appeal t}), by appeal. */
    private static String forwardingsOf(String where) {
        return "SELECT f.appeal_id, f.body, f.letter_date, f.letter_number FROM trustbox_appeal_forwarding f"
                + " JOIN trustbox_appeal t ON t.school_id = f.school_id AND t.appeal_id = f.appeal_id" + where + " ORDER BY f.appeal_id, f.ord";
    }

    /** The tags of the appeals {@code where} selects (over {@code trustbox_appeal t}), by appeal. */
    private static String tagsOf(String where) {
        return "SELECT g.appeal_id, g.tag FROM trustbox_appeal_tag g"
                + " JOIN trustbox_appeal t ON t.school_id = g.school_id AND t.appeal_id = g.appeal_id" + where + " ORDER BY g.appeal_id, g.ord";
    }

    JdbiAppeals(Db db) {
        this.db = db;
    }

    @Override
    public void add(Appeal a) {
        db.call("store an appeal", (h, d) -> {
            String school = a.school().value();
            if (a.revision() != 0 || Sql.one(h, EXISTS, (rs, ctx) -> 1, school, a.id().value()).isPresent()) {
                throw new IllegalStateException("appeal " + a.id() + " exists already");
            }
            Withdrawal w = a.withdrawal();
            List<Object> args = new ArrayList<>(List.of(school, a.id().value(), w.act().year(), w.act().sequence(), w.line(),
                    Sql.nanos(w.at()), Identities.kind(a.appellant())));
            args.addAll(lifecycle(a));
            Sql.update(h, INSERT, args.toArray());
            writeChildren(h, school, a, false);
            Identities.store(h, d, school, w.act().year(), w.act().sequence(), w.line(), a.appellant());
            return null;
        });
    }

    /**
     * Adds the appeals with a few statements per act rather than several per appeal: one query to
     * check that their ids are new, one batch of inserts, and the identities the act did not store.
     */
    @Override
    public void addAll(List<Appeal> all) {
        if (all.isEmpty()) {
            return;
        }
        db.call("store appeals", (h, d) -> {
            Map<List<Object>, List<Appeal>> byAct = new java.util.LinkedHashMap<>();
            java.util.Set<List<Object>> ids = new java.util.HashSet<>();
            for (Appeal a : all) {
                if (a.revision() != 0 || !ids.add(List.of(a.school().value(), a.id().value()))) {
                    throw new IllegalStateException("appeal " + a.id() + " exists already");
                }
                byAct.computeIfAbsent(List.of(a.school().value(), a.withdrawal().act().year(), a.withdrawal().act().sequence()),
                        k -> new ArrayList<>()).add(a);
            }
            List<Object[]> rows = new ArrayList<>();
            List<Object[]> identities = new ArrayList<>();
            for (Map.Entry<List<Object>, List<Appeal>> act : byAct.entrySet()) {
                Object[] key = act.getKey().toArray();
                java.util.Set<String> existing = new java.util.HashSet<>(Sql.query(h,
                        "SELECT appeal_id FROM trustbox_appeal WHERE school_id = ? AND act_year = ? AND act_seq = ?",
                        (rs, ctx) -> rs.getString(1), key));
                java.util.Set<Integer> identified = new java.util.HashSet<>(Sql.query(h,
                        "SELECT line_no FROM trustbox_appellant_identity WHERE school_id = ? AND act_year = ? AND act_seq = ?",
                        (rs, ctx) -> rs.getInt(1), key));
                for (Appeal a : act.getValue()) {
                    if (existing.contains(a.id().value())) {
                        throw new IllegalStateException("appeal " + a.id() + " exists already");
                    }
                    Withdrawal w = a.withdrawal();
                    List<Object> args = new ArrayList<>(List.of(a.school().value(), a.id().value(), w.act().year(), w.act().sequence(),
                            w.line(), Sql.nanos(w.at()), Identities.kind(a.appellant())));
                    args.addAll(lifecycle(a));
                    rows.add(args.toArray());
                    if (!identified.contains(w.line())) {
                        Identities.row(a.school().value(), w.act().year(), w.act().sequence(), w.line(), a.appellant())
                                .ifPresent(identities::add);
                    }
                }
            }
            Sql.batch(h, INSERT, rows);
            for (Appeal a : all) {
                if (!a.forwardings().isEmpty() || !a.tags().isEmpty()) {
                    writeChildren(h, a.school().value(), a, false);
                }
            }
            Sql.batch(h, Identities.INSERT, identities);
            return null;
        });
    }

    @Override
    public boolean replace(Appeal next) {
        return db.call("store an appeal", (h, d) -> {
            String school = next.school().value();
            List<Object> args = new ArrayList<>(lifecycle(next));
            args.add(school);
            args.add(next.id().value());
            args.add(next.revision() - 1);
            if (Sql.update(h, UPDATE, args.toArray()) != 1) {
                return false;
            }
            writeChildren(h, school, next, true);
            return true;
        });
    }

    private static List<Object> lifecycle(Appeal a) {
        Optional<Registration> r = a.registration();
        Optional<Extension> x = a.extension();
        Optional<Decision> dec = a.decision();
        Optional<Answer> ans = a.answer();
        Optional<Closure> c = a.closure();
        List<Object> v = new ArrayList<>();
        v.add(a.status().name());
        v.add(Sql.orNull(r.map(g -> g.number().year()).orElse(null), Types.INTEGER));
        v.add(Sql.orNull(r.map(g -> g.number().sequence()).orElse(null), Types.INTEGER));
        v.add(Sql.nanos(r.map(Registration::at)));
        v.add(Sql.text(r.map(g -> g.registrar().value())));
        v.add(Sql.text(r.map(g -> g.category().name())));
        v.add(Sql.text(r.map(g -> g.language().name())));
        v.add(Sql.text(r.map(Registration::summary)));
        v.add(Sql.text(r.flatMap(Registration::scan)));
        v.add(Sql.text(a.assignee().map(PersonId::value)));
        v.add(Sql.nanos(x.map(Extension::at)));
        v.add(Sql.text(x.map(Extension::reason)));
        v.add(Sql.orNull(x.map(Extension::newDue).orElse(null), Types.DATE));
        v.add(Sql.text(dec.map(g -> g.verdict().name())));
        v.add(Sql.text(dec.flatMap(Decision::legalGround)));
        v.add(Sql.text(dec.map(Decision::measures)));
        v.add(Sql.nanos(a.decidedAt()));
        v.add(Sql.nanos(ans.map(Answer::at)));
        v.add(Sql.text(ans.map(g -> g.language().name())));
        v.add(Sql.text(ans.map(g -> g.channel().name())));
        v.add(Sql.nanos(c.map(Closure::at)));
        v.add(Sql.text(c.map(g -> g.reason().name())));
        v.add(a.revision());
        return v;
    }

    private static void writeChildren(Handle h, String school, Appeal a, boolean replacing) {
        if (replacing) {
            Sql.update(h, "DELETE FROM trustbox_appeal_forwarding WHERE school_id = ? AND appeal_id = ?", school, a.id().value());
            Sql.update(h, "DELETE FROM trustbox_appeal_tag WHERE school_id = ? AND appeal_id = ?", school, a.id().value());
        }
        int ord = 0;
        for (Forwarding f : a.forwardings()) {
            Sql.update(h, "INSERT INTO trustbox_appeal_forwarding (school_id, appeal_id, ord, body, letter_date, letter_number)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", school, a.id().value(), ord++, f.body(), f.date(), f.letterNumber());
        }
        ord = 0;
        for (String tag : a.tags()) {
            Sql.update(h, "INSERT INTO trustbox_appeal_tag (school_id, appeal_id, ord, tag) VALUES (?, ?, ?, ?)",
                    school, a.id().value(), ord++, tag);
        }
    }

    /** Replaces the appeals with one batch of updates and one of each child table, instead of several statements per appeal. */
    @Override
    public boolean replaceAll(List<Appeal> all) {
        if (all.isEmpty()) {
            return true;
        }
        return db.call("store appeals", (h, d) -> {
            List<Object[]> updates = new ArrayList<>();
            List<Object[]> keys = new ArrayList<>();
            for (Appeal next : all) {
                List<Object> args = new ArrayList<>(lifecycle(next));
                args.add(next.school().value());
                args.add(next.id().value());
                args.add(next.revision() - 1);
                updates.add(args.toArray());
                keys.add(new Object[] {next.school().value(), next.id().value()});
            }
            for (int changed : Sql.batch(h, UPDATE, updates)) {
                // a driver may answer SUCCESS_NO_INFO (-2) for a batched statement that ran
                if (changed == 0) {
                    return false;
                }
            }
            Sql.batch(h, "DELETE FROM trustbox_appeal_forwarding WHERE school_id = ? AND appeal_id = ?", keys);
            Sql.batch(h, "DELETE FROM trustbox_appeal_tag WHERE school_id = ? AND appeal_id = ?", keys);
            for (Appeal next : all) {
                if (!next.forwardings().isEmpty() || !next.tags().isEmpty()) {
                    writeChildren(h, next.school().value(), next, false);
                }
            }
            return true;
        });
    }

    /**
     * Reads the appeals act by act (an id names its act line): three statements per act, each on
     * the act's index, whatever the number of appeals.
     */
    @Override
    public Map<AppealId, Appeal> findAll(SchoolId school, java.util.Collection<AppealId> ids) {
        Map<kg.trustbox.box.ActNumber, java.util.Set<AppealId>> byAct = new java.util.LinkedHashMap<>();
        for (AppealId id : ids) {
            byAct.computeIfAbsent(id.act(), k -> new java.util.HashSet<>()).add(id);
        }
        Map<AppealId, Appeal> byId = new HashMap<>();
        for (Map.Entry<kg.trustbox.box.ActNumber, java.util.Set<AppealId>> act : byAct.entrySet()) {
            Object[] key = {school.value(), act.getKey().year(), act.getKey().sequence()};
            for (Appeal a : db.call("read appeals", (h, d) -> listed(h, school, ACT_APPEALS, ACT_FORWARDINGS, ACT_TAGS, key))) {
                if (act.getValue().contains(a.id())) {
                    byId.put(a.id(), a);
                }
            }
        }
        Map<AppealId, Appeal> ordered = new java.util.LinkedHashMap<>();
        for (AppealId id : ids) {
            if (byId.containsKey(id)) {
                ordered.put(id, byId.get(id));
            }
        }
        return ordered;
    }

    @Override
    public Optional<Appeal> find(SchoolId school, AppealId id) {
        return db.call("read an appeal", (h, d) -> {
            Optional<Row> found = Sql.one(h, FIND, (rs, ctx) -> row(school, rs), school.value(), id.value());
            if (found.isEmpty()) {
                return Optional.<Appeal>empty();
            }
            List<Forwarding> forwardings = Sql.query(h, FORWARDINGS_OF, (rs, ctx) -> forwarding(rs), school.value(), id.value());
            List<String> tags = Sql.query(h, TAGS_OF, (rs, ctx) -> rs.getString(1), school.value(), id.value());
            return Optional.of(found.get().appeal(forwardings, tags));
        });
    }

    @Override
    public List<Appeal> list(SchoolId school) {
        return db.call("list the appeals", (h, d) -> listed(h, school, LIST, FORWARDINGS, TAGS, school.value()));
    }

    @Override
    public List<Appeal> withdrawn(SchoolId school, Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return db.call("list the appeals", (h, d) -> listed(h, school, WITHDRAWN, WITHDRAWN_FORWARDINGS, WITHDRAWN_TAGS, school.value(),
                Sql.nanos(from), Sql.nanos(to)));
    }

    /** The appeals {@code appeals} selects, with the forwardings and tags the two other statements select for them. */
    private static List<Appeal> listed(Handle h, SchoolId school, String appeals, String forwardingsOf, String tagsOf, Object... args) {
        List<Row> bare = Sql.query(h, appeals, (rs, ctx) -> row(school, rs), args);
        if (bare.isEmpty()) {
            return List.of();
        }
        Map<String, List<Forwarding>> forwardings = new HashMap<>();
        for (var e : Sql.query(h, forwardingsOf, (rs, ctx) -> Map.entry(rs.getString("appeal_id"), forwarding(rs)), args)) {
            forwardings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
        }
        Map<String, List<String>> tags = new HashMap<>();
        for (var e : Sql.query(h, tagsOf, (rs, ctx) -> Map.entry(rs.getString("appeal_id"), rs.getString("tag")), args)) {
            tags.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
        }
        return bare.stream().map(r -> r.appeal(forwardings.getOrDefault(r.id().value(), List.of()),
                tags.getOrDefault(r.id().value(), List.of()))).toList();
    }

    @Override
    public List<RegistrationNumber> nextRegistrationNumbers(SchoolId school, int year, int count) {
        if (count == 0) {
            return List.of();
        }
        return db.call("take registration numbers", (h, d) -> {
            int last = Counters.lockLast(h, d, school.value(), Counters.REGISTRATION, year);
            Counters.set(h, school.value(), Counters.REGISTRATION, year, last + count);
            List<RegistrationNumber> numbers = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                numbers.add(new RegistrationNumber(year, last + i));
            }
            return numbers;
        });
    }

    @Override
    public RegistrationNumber nextRegistrationNumber(SchoolId school, int year) {
        return db.call("take a registration number", (h, d) -> {
            int next = Counters.lockLast(h, d, school.value(), Counters.REGISTRATION, year) + 1;
            Counters.set(h, school.value(), Counters.REGISTRATION, year, next);
            return new RegistrationNumber(year, next);
        });
    }

    private static Forwarding forwarding(ResultSet rs) throws SQLException {
        return new Forwarding(rs.getString("body"), Sql.date(rs, "letter_date"), rs.getString("letter_number"));
    }

    /** An appeal's row, read before its forwardings and tags, which other statements select. */
    private interface Row {
        AppealId id();

        Appeal appeal(List<Forwarding> forwardings, List<String> tags);
    }

    private static Row row(SchoolId school, ResultSet rs) throws SQLException {
        Withdrawal withdrawal = new Withdrawal(new ActNumber(rs.getInt("act_year"), rs.getInt("act_seq")), rs.getInt("line_no"),
                Sql.instant(rs, "withdrawn_at_ns"));
        Optional<Registration> registration = Optional.empty();
        Optional<Integer> regYear = Sql.optInt(rs, "registration_year");
        if (regYear.isPresent()) {
            registration = Optional.of(new Registration(new RegistrationNumber(regYear.get(), rs.getInt("registration_seq")),
                    Sql.instant(rs, "registered_at_ns"), PersonId.of(rs.getString("registrar")),
                    Category.valueOf(rs.getString("category")), AppealLanguage.valueOf(rs.getString("appeal_language")),
                    rs.getString("summary"), Sql.optText(rs, "scan")));
        }
        Optional<Extension> extension = Optional.empty();
        Optional<java.time.Instant> extendedAt = Sql.optInstant(rs, "extended_at_ns");
        if (extendedAt.isPresent()) {
            extension = Optional.of(new Extension(extendedAt.get(), rs.getString("extension_reason"), Sql.date(rs, "extension_due")));
        }
        Optional<Decision> decision = Sql.optText(rs, "verdict").map(Verdict::valueOf).isEmpty() ? Optional.empty()
                : Optional.of(new Decision(Verdict.valueOf(rs.getString("verdict")), Sql.optText(rs, "legal_ground"),
                rs.getString("measures")));
        Optional<Answer> answer = Optional.empty();
        Optional<java.time.Instant> answeredAt = Sql.optInstant(rs, "answered_at_ns");
        if (answeredAt.isPresent()) {
            answer = Optional.of(new Answer(answeredAt.get(), Language.valueOf(rs.getString("answer_language")),
                    Channel.valueOf(rs.getString("answer_channel"))));
        }
        Optional<Closure> closure = Optional.empty();
        Optional<java.time.Instant> closedAt = Sql.optInstant(rs, "closed_at_ns");
        if (closedAt.isPresent()) {
            closure = Optional.of(new Closure(closedAt.get(), Closure.Reason.valueOf(rs.getString("closure_reason"))));
        }
        AppealId id = new AppealId(rs.getString("appeal_id"));
        Appellant appellant = Identities.appellant(rs, rs.getString("appellant_kind"));
        Status status = Status.valueOf(rs.getString("status"));
        Optional<Registration> registered = registration;
        Optional<PersonId> assignee = Sql.optText(rs, "assignee").map(PersonId::of);
        Optional<Extension> extended = extension;
        Optional<Instant> decidedAt = Sql.optInstant(rs, "decided_at_ns");
        Optional<Answer> answered = answer;
        Optional<Closure> closed = closure;
        long revision = rs.getLong("revision");
        return new Row() {
            @Override
            public AppealId id() {
                return id;
            }

            @Override
            public Appeal appeal(List<Forwarding> forwardings, List<String> tags) {
                return Appeal.restore(school, id, withdrawal, appellant, status, registered, assignee, forwardings, extended,
                        decision, decidedAt, answered, closed, tags, revision);
            }
        };
    }
}
