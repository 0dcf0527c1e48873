package kg.trustbox.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
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
import kg.trustbox.jdbc.internal.AppealRow;
import kg.trustbox.jdbc.internal.AppellantIdentityTable;
import kg.trustbox.jdbc.internal.Db;
import kg.trustbox.jdbc.internal.Dialect;
import kg.trustbox.jdbc.internal.NewActs;
import kg.trustbox.jdbc.internal.Rows;
import kg.trustbox.jdbc.internal.Numbering;
import kg.trustbox.school.Language;
import kg.trustbox.school.SchoolId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.result.RowView;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link Appeals} in {@code trustbox_appeal} with its forwardings and tags; a signed appellant's
 * identity in {@code trustbox_appellant_identity} (R-1.4). The statements are in
 * {@code kg/trustbox/jdbc/JdbiAppeals/*.sql}, bound by name from an {@link AppealRow}.
 * Registration numbers come from a counter row locked for the rest of the transaction, so they are
 * consecutive under concurrency. The appellant and the withdrawal are fixed when the appeal is
 * added: {@link #replace} stores the lifecycle. Thread-safe.
 */
final class JdbiAppeals implements Appeals {
    private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.removingComments();
    static final String FIND = sql("find");
    static final String LIST = sql("list");
    static final String WITHDRAWN = sql("withdrawn");
    static final String WITHDRAWN_FORWARDINGS = sql("withdrawn-forwardings");
    static final String WITHDRAWN_TAGS = sql("withdrawn-tags");
    static final String UNDECIDED = sql("undecided");
    static final String UNDECIDED_FORWARDINGS = sql("undecided-forwardings");
    static final String UNDECIDED_TAGS = sql("undecided-tags");
    static final String DECIDED_SINCE = sql("decided-since");
    static final String DECIDED_SINCE_FORWARDINGS = sql("decided-since-forwardings");
    static final String DECIDED_SINCE_TAGS = sql("decided-since-tags");
    static final String PAGE = sql("page");
    static final String PAGE_FORWARDINGS = sql("page-forwardings");
    static final String PAGE_TAGS = sql("page-tags");
    static final String EXISTS = sql("exists");
    static final String FORWARDINGS_OF = sql("forwardings-of");
    static final String TAGS_OF = sql("tags-of");
    static final String FORWARDINGS = sql("forwardings");
    static final String TAGS = sql("tags");
    static final String OF_ACT = sql("of-act");
    static final String ACT_FORWARDINGS = sql("act-forwardings");
    static final String ACT_TAGS = sql("act-tags");
    static final String IDS_OF_ACT = sql("ids-of-act");
    /** PostgreSQL: many appeals' lifecycle in one statement ({@code <rows>} bound with {@link #UPDATE_MANY_METHODS}). */
    static final String UPDATE_MANY = sql("update-many");
    /** The methods of an {@link AppealRow} bound in each row of {@link #UPDATE_MANY}, in its columns' order. */
    static final List<String> UPDATE_MANY_METHODS = List.of("school", "id", "previousRevision", "status", "registrationYear",
            "registrationSeq", "registeredAt", "registrar", "category", "language", "summary", "scan", "assignee", "extendedAt",
            "extensionReason", "extensionDue", "verdict", "legalGround", "measures", "decidedAt", "answeredAt", "answerLanguage",
            "answerChannel", "closedAt", "closureReason", "revision");
    static final String INSERT = sql("insert");
    static final String UPDATE = sql("update");
    static final String DELETE_FORWARDINGS = sql("delete-forwardings");
    static final String DELETE_TAGS = sql("delete-tags");
    static final String INSERT_FORWARDING = sql("insert-forwarding");
    static final String INSERT_TAG = sql("insert-tag");

    private final Db db;
    private final AppellantIdentityTable identities;

    JdbiAppeals(Db db, AppellantIdentityTable identities) {
        this.identities = identities;
        this.db = db;
    }

    private static String sql(String name) {
        return SQL.locate(JdbiAppeals.class, name);
    }

    @Override
    public void add(Appeal a) {
        AppealRow row = AppealRow.of(a);
        db.call("store an appeal", (h, d) -> {
            if (row.revision() != 0 || h.createQuery(EXISTS).bind("school", row.school()).bind("id", row.id())
                    .mapTo(Integer.class).findFirst().isPresent()) {
                throw new IllegalStateException("appeal " + row.id() + " exists already");
            }
            h.createUpdate(INSERT).bindMethods(row).execute();
            writeChildren(h, List.of(a));
            identities.store(h, d, row.school(), new ActNumber(row.actYear(), row.actSeq()), row.line(), a.appellant());
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
            record Act(SchoolId school, ActNumber act) {
            }
            Map<Act, List<Appeal>> byAct = new LinkedHashMap<>();
            Set<List<Object>> ids = new HashSet<>();
            for (Appeal a : all) {
                if (a.revision() != 0 || !ids.add(List.of(a.school(), a.id()))) {
                    throw new IllegalStateException("appeal " + a.id() + " exists already");
                }
                byAct.computeIfAbsent(new Act(a.school(), a.withdrawal().act()), k -> new ArrayList<>()).add(a);
            }
            List<AppealRow> inserts = new ArrayList<>();
            List<AppellantIdentityTable.Row> newIdentities = new ArrayList<>();
            for (Map.Entry<Act, List<Appeal>> act : byAct.entrySet()) {
                SchoolId school = act.getKey().school();
                ActNumber number = act.getKey().act();
                // an act this transaction inserted is known without reading it back (NewActs)
                Optional<NewActs.Known> known = NewActs.known(db, school, number);
                Set<String> existing = known.map(NewActs.Known::appeals).orElseGet(() -> new HashSet<>(
                        h.createQuery(IDS_OF_ACT).bind("school", school).bindMethods("act", number).mapTo(String.class).list()));
                Set<Integer> identified = known.map(k -> k.commitments().keySet())
                        .orElseGet(() -> AppellantIdentityTable.linesOf(h, school, number));
                List<AppellantIdentityTable.Row> actIdentities = new ArrayList<>();
                for (Appeal a : act.getValue()) {
                    if (existing.contains(a.id().value())) {
                        throw new IllegalStateException("appeal " + a.id() + " exists already");
                    }
                    AppealRow row = AppealRow.of(a);
                    inserts.add(row);
                    if (!identified.contains(row.line())) {
                        identities.row(school, number, row.line(), a.appellant()).ifPresent(actIdentities::add);
                    }
                }
                newIdentities.addAll(actIdentities);
                known.ifPresent(k -> {
                    act.getValue().forEach(a -> k.appeals().add(a.id().value()));
                    NewActs.identified(k, actIdentities);
                });
            }
            Rows.insert(h, d, INSERT, inserts);
            writeChildren(h, all);
            AppellantIdentityTable.storeAll(h, d, newIdentities);
            return null;
        });
    }

    @Override
    public boolean replace(Appeal next) {
        AppealRow row = AppealRow.of(next);
        return db.call("store an appeal", (h, d) -> {
            if (h.createUpdate(UPDATE).bindMethods(row).execute() != 1) {
                return false;
            }
            deleteChildren(h, List.of(row));
            writeChildren(h, List.of(next));
            rememberChildren(List.of(next));
            return true;
        });
    }

    /** Replaces the appeals with one batch of updates and one of each child table, instead of several statements per appeal. */
    @Override
    public boolean replaceAll(List<Appeal> all) {
        if (all.isEmpty()) {
            return true;
        }
        List<AppealRow> rows = all.stream().map(AppealRow::of).toList();
        return db.call("store appeals", (h, d) -> {
            if (!updated(h, d, rows)) {
                return false;
            }
            deleteChildren(h, rows.stream().filter(row -> !childless(row.school()).map(ids -> ids.contains(row.id().value())).orElse(false))
                    .toList());
            writeChildren(h, all);
            rememberChildren(all);
            return true;
        });
    }

    /**
     * Updates the appeals {@code rows}, each only over the revision it was read at; whether every one
     * was. On H2 a batch of the one-row statement; on PostgreSQL one statement per chunk of rows
     * (the server runs each row of a batch as a statement of its own).
     */
    private static boolean updated(Handle h, Dialect d, List<AppealRow> rows) {
        if (d != Dialect.POSTGRESQL) {
            PreparedBatch updates = h.prepareBatch(UPDATE);
            rows.forEach(row -> updates.bindMethods(row).add());
            for (int changed : updates.execute()) {
                // a driver may answer SUCCESS_NO_INFO (-2) for a batched statement that ran
                if (changed == 0) {
                    return false;
                }
            }
            return true;
        }
        if (rows.stream().map(row -> List.of(row.school(), row.id())).distinct().count() != rows.size()) {
            // one statement updates a row once: the same appeal twice goes row by row, as in a batch
            return rows.stream().allMatch(row -> h.createUpdate(UPDATE).bindMethods(row).execute() == 1);
        }
        Map<SchoolId, List<AppealRow>> bySchool = new LinkedHashMap<>();
        rows.forEach(row -> bySchool.computeIfAbsent(row.school(), k -> new ArrayList<>()).add(row));
        int chunk = Rows.MAX_PARAMETERS / UPDATE_MANY_METHODS.size();
        for (Map.Entry<SchoolId, List<AppealRow>> school : bySchool.entrySet()) {
            List<AppealRow> ofSchool = school.getValue();
            for (int from = 0; from < ofSchool.size(); from += chunk) {
                List<AppealRow> part = ofSchool.subList(from, Math.min(ofSchool.size(), from + chunk));
                int changed = h.createUpdate(UPDATE_MANY).bind("school", school.getKey())
                        .bind("ids", part.stream().map(row -> row.id().value()).toArray(String[]::new))
                        .bindMethodsList("rows", part, UPDATE_MANY_METHODS).execute();
                if (changed != part.size()) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The appeals of {@code school} this transaction knows to have neither forwardings nor tags: read
     * so by it, or written so by it. Replacing them deletes no children. Another transaction cannot add
     * children meanwhile without moving the appeal's revision, which the replacing update checks.
     * Empty outside a transaction.
     */
    /** Remembers which of {@code written}, just written with their children, have none. */
    private void rememberChildren(List<Appeal> written) {
        for (Appeal a : written) {
            boolean none = a.forwardings().isEmpty() && a.tags().isEmpty();
            childless(a.school()).ifPresent(ids -> {
                if (none) {
                    ids.add(a.id().value());
                } else {
                    ids.remove(a.id().value());
                }
            });
        }
    }

    @SuppressWarnings("unchecked")
    private Optional<Set<String>> childless(SchoolId school) {
        return db.remembered().map(known -> (Set<String>) known.computeIfAbsent(List.of(JdbiAppeals.class, school), k -> new HashSet<String>()));
    }

    /** Deletes the forwardings and tags of the appeals {@code rows}: one statement per table and school, not one per appeal. */
    private static void deleteChildren(Handle h, List<AppealRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<SchoolId, List<String>> bySchool = new LinkedHashMap<>();
        rows.forEach(row -> bySchool.computeIfAbsent(row.school(), k -> new ArrayList<>()).add(row.id().value()));
        for (Map.Entry<SchoolId, List<String>> school : bySchool.entrySet()) {
            String[] ids = school.getValue().toArray(String[]::new);
            for (String delete : List.of(DELETE_FORWARDINGS, DELETE_TAGS)) {
                h.createUpdate(delete).bind("school", school.getKey()).bind("ids", ids).execute();
            }
        }
    }

    /** Inserts the forwardings and tags of {@code appeals}, in their order, as one batch per table. */
    private static void writeChildren(Handle h, List<Appeal> appeals) {
        PreparedBatch forwardings = h.prepareBatch(INSERT_FORWARDING);
        PreparedBatch tags = h.prepareBatch(INSERT_TAG);
        for (Appeal a : appeals) {
            int ord = 0;
            for (Forwarding f : a.forwardings()) {
                forwardings.bind("school", a.school()).bind("id", a.id()).bind("ord", ord++).bindMethods(f).add();
            }
            ord = 0;
            for (String tag : a.tags()) {
                tags.bind("school", a.school()).bind("id", a.id()).bind("ord", ord++).bind("tag", tag).add();
            }
        }
        if (forwardings.size() > 0) {
            forwardings.execute();
        }
        if (tags.size() > 0) {
            tags.execute();
        }
    }

    /**
     * Reads the appeals act by act (an id names its act line): three statements per act, each on
     * the act's index, whatever the number of appeals.
     */
    @Override
    public Map<AppealId, Appeal> findAll(SchoolId school, Collection<AppealId> ids) {
        Map<ActNumber, Set<AppealId>> byAct = new LinkedHashMap<>();
        for (AppealId id : ids) {
            byAct.computeIfAbsent(id.act(), k -> new HashSet<>()).add(id);
        }
        Map<AppealId, Appeal> byId = new HashMap<>();
        for (Map.Entry<ActNumber, Set<AppealId>> act : byAct.entrySet()) {
            Consumer<Query> args = q -> q.bind("school", school).bindMethods("act", act.getKey());
            for (Appeal a : db.call("read appeals", (h, d) -> listed(h, school, OF_ACT, ACT_FORWARDINGS, ACT_TAGS, args))) {
                if (act.getValue().contains(a.id())) {
                    byId.put(a.id(), a);
                    if (a.forwardings().isEmpty() && a.tags().isEmpty()) {
                        childless(school).ifPresent(known -> known.add(a.id().value()));
                    }
                }
            }
        }
        Map<AppealId, Appeal> ordered = new LinkedHashMap<>();
        for (AppealId id : ids) {
            if (byId.containsKey(id)) {
                ordered.put(id, byId.get(id));
            }
        }
        return ordered;
    }

    @Override
    public Optional<Appeal> find(SchoolId school, AppealId id) {
        return db.call("read an appeal", (h, d) -> listed(h, school, FIND, FORWARDINGS_OF, TAGS_OF,
                q -> q.bind("school", school).bind("id", id)).stream().findFirst());
    }

    @Override
    public List<Appeal> list(SchoolId school) {
        return db.call("list the appeals", (h, d) -> listed(h, school, LIST, FORWARDINGS, TAGS, q -> q.bind("school", school)));
    }

    @Override
    public List<Appeal> withdrawn(SchoolId school, Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return db.call("list the appeals", (h, d) -> listed(h, school, WITHDRAWN, WITHDRAWN_FORWARDINGS, WITHDRAWN_TAGS,
                q -> q.bind("school", school).bind("from", from).bind("to", to)));
    }

    @Override
    public List<Appeal> undecided(SchoolId school) {
        return db.call("list the appeals", (h, d) -> listed(h, school, UNDECIDED, UNDECIDED_FORWARDINGS, UNDECIDED_TAGS,
                q -> q.bind("school", school)));
    }

    @Override
    public List<Appeal> undecidedOrDecidedSince(SchoolId school, Instant decidedSince, Instant withdrawnBefore) {
        Objects.requireNonNull(decidedSince, "decidedSince");
        Objects.requireNonNull(withdrawnBefore, "withdrawnBefore");
        return db.call("list the appeals", (h, d) -> listed(h, school, DECIDED_SINCE, DECIDED_SINCE_FORWARDINGS, DECIDED_SINCE_TAGS,
                q -> q.bind("school", school).bind("since", decidedSince).bind("before", withdrawnBefore)));
    }

    /** A page on the act-line key: the appeals first, then the forwardings and tags of the range they span. */
    @Override
    public List<Appeal> page(SchoolId school, Optional<AppealId> after, int size) {
        Consumer<Query> from = q -> q.bind("school", school)
                .bind("afterYear", after.map(a -> a.act().year()).orElse(0))
                .bind("afterSeq", after.map(a -> a.act().sequence()).orElse(0))
                .bind("afterLine", after.map(AppealId::line).orElse(0));
        return db.call("list the appeals", (h, d) -> {
            List<Stored> stored = query(h, PAGE, from.andThen(q -> q.bind("size", size))).map(this::stored).list();
            if (stored.isEmpty()) {
                return List.of();
            }
            Withdrawal last = stored.get(stored.size() - 1).withdrawal();
            Consumer<Query> range = from.andThen(q -> q.bind("lastYear", last.act().year()).bind("lastSeq", last.act().sequence())
                    .bind("lastLine", last.line()));
            return children(h, school, stored, PAGE_FORWARDINGS, PAGE_TAGS, range);
        });
    }

    /**
     * The appeals {@code appeals} selects, with the forwardings and tags the two other statements
     * select for them; {@code args} binds the same parameters to all three.
     */
    private List<Appeal> listed(Handle h, SchoolId school, String appeals, String forwardingsOf, String tagsOf,
                                       Consumer<Query> args) {
        List<Stored> stored = query(h, appeals, args).map(this::stored).list();
        if (stored.isEmpty()) {
            return List.of();
        }
        return children(h, school, stored, forwardingsOf, tagsOf, args);
    }

    /** {@code stored}, each with the forwardings and tags the two statements select for them. */
    private List<Appeal> children(Handle h, SchoolId school, List<Stored> stored, String forwardingsOf, String tagsOf,
                                  Consumer<Query> args) {
        Map<AppealId, List<Forwarding>> forwardings = new HashMap<>();
        query(h, forwardingsOf, args).map((RowView row) -> Map.entry(row.getColumn("appeal_id", AppealId.class),
                        new Forwarding(row.getColumn("body", String.class), row.getColumn("letter_date", LocalDate.class),
                                row.getColumn("letter_number", String.class))))
                .forEach(e -> forwardings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<AppealId, List<String>> tags = new HashMap<>();
        query(h, tagsOf, args).map((RowView row) -> Map.entry(row.getColumn("appeal_id", AppealId.class), row.getColumn("tag", String.class)))
                .forEach(e -> tags.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return stored.stream().map(s -> restore(school, s, forwardings.getOrDefault(s.id(), List.of()),
                tags.getOrDefault(s.id(), List.of()))).toList();
    }

    private static Query query(Handle h, String sql, Consumer<Query> args) {
        Query query = h.createQuery(sql);
        args.accept(query);
        return query;
    }

    @Override
    public List<RegistrationNumber> nextRegistrationNumbers(SchoolId school, int year, int count) {
        if (count == 0) {
            return List.of();
        }
        return db.call("take registration numbers", (h, d) -> {
            int last = Numbering.take(h, d, school, Numbering.Counter.REGISTRATION, year, count);
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
            int next = Numbering.take(h, d, school, Numbering.Counter.REGISTRATION, year, 1) + 1;
            return new RegistrationNumber(year, next);
        });
    }

    @Override
    public Optional<Integer> lastRegistrationNumber(SchoolId school, int year) {
        return db.call("read a counter", (h, d) -> Numbering.last(h, school, Numbering.Counter.REGISTRATION, year));
    }

    /** An appeal's row as read, before its forwardings and tags are. */
    private record Stored(AppealId id, Withdrawal withdrawal, Appellant appellant, Status status,
                          Optional<Registration> registration, Optional<PersonId> assignee, Optional<Extension> extension,
                          Optional<Decision> decision, Optional<Instant> decidedAt, Optional<Answer> answer,
                          Optional<Closure> closure, long revision) {
    }

    /** The one place an appeal is built from what was stored. */
    private static Appeal restore(SchoolId school, Stored s, List<Forwarding> forwardings, List<String> tags) {
        return Appeal.restore(school, s.id(), s.withdrawal(), s.appellant(), s.status(), s.registration(), s.assignee(), forwardings,
                s.extension(), s.decision(), s.decidedAt(), s.answer(), s.closure(), tags, s.revision());
    }

    private Stored stored(RowView row) {
        Withdrawal withdrawal = new Withdrawal(new ActNumber(row.getColumn("act_year", Integer.class), row.getColumn("act_seq", Integer.class)),
                row.getColumn("line_no", Integer.class), row.getColumn("withdrawn_at_ns", Instant.class));
        Optional<Registration> registration = Optional.empty();
        Integer registrationYear = row.getColumn("registration_year", Integer.class);
        if (registrationYear != null) {
            registration = Optional.of(new Registration(new RegistrationNumber(registrationYear, row.getColumn("registration_seq", Integer.class)),
                    row.getColumn("registered_at_ns", Instant.class), row.getColumn("registrar", PersonId.class),
                    row.getColumn("category", Category.class), row.getColumn("appeal_language", AppealLanguage.class),
                    row.getColumn("summary", String.class), Optional.ofNullable(row.getColumn("scan", String.class))));
        }
        Optional<Extension> extension = Optional.ofNullable(row.getColumn("extended_at_ns", Instant.class)).map(at ->
                new Extension(at, row.getColumn("extension_reason", String.class), row.getColumn("extension_due", LocalDate.class)));
        Optional<Decision> decision = Optional.ofNullable(row.getColumn("verdict", Verdict.class)).map(verdict ->
                new Decision(verdict, Optional.ofNullable(row.getColumn("legal_ground", String.class)), row.getColumn("measures", String.class)));
        Optional<Answer> answer = Optional.ofNullable(row.getColumn("answered_at_ns", Instant.class)).map(at ->
                new Answer(at, row.getColumn("answer_language", Language.class), row.getColumn("answer_channel", Channel.class)));
        Optional<Closure> closure = Optional.ofNullable(row.getColumn("closed_at_ns", Instant.class)).map(at ->
                new Closure(at, row.getColumn("closure_reason", Closure.Reason.class)));
        return new Stored(row.getColumn("appeal_id", AppealId.class), withdrawal, identities.appellant(row),
                row.getColumn("status", Status.class), registration, Optional.ofNullable(row.getColumn("assignee", PersonId.class)),
                extension, decision, Optional.ofNullable(row.getColumn("decided_at_ns", Instant.class)), answer, closure,
                row.getColumn("revision", Long.class));
    }
}
