package kg.trustbox.jdbc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import kg.trustbox.commission.PersonId;
import kg.trustbox.jdbc.internal.Db;
import kg.trustbox.jdbc.internal.Encodings;
import kg.trustbox.meeting.AgendaItem;
import kg.trustbox.meeting.Meetings;
import kg.trustbox.meeting.Protocol;
import kg.trustbox.school.SchoolId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.result.RowView;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link Meetings} in {@code trustbox_protocol} with its agenda, decisions and signatures
 * (R-5.3, R-6.2); the statements are in {@code kg/trustbox/jdbc/JdbiMeetings/*.sql}. Thread-safe.
 */
final class JdbiMeetings implements Meetings {
    private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.removingComments();
    static final String PROTOCOLS = sql("protocols");
    static final String PROTOCOL = sql("protocol");
    static final String AGENDA = sql("agenda");
    static final String AGENDA_OF = sql("agenda-of");
    static final String DECISIONS = sql("decisions");
    static final String DECISIONS_OF = sql("decisions-of");
    static final String SIGNATURES = sql("signatures");
    static final String SIGNATURES_OF = sql("signatures-of");
    static final String DELETE = sql("delete");
    static final String INSERT = sql("insert");
    static final String INSERT_ITEM = sql("insert-item");
    static final String INSERT_DECISION = sql("insert-decision");
    static final String INSERT_SIGNATURE = sql("insert-signature");

    private final Db db;

    JdbiMeetings(Db db) {
        this.db = db;
    }

    private static String sql(String name) {
        return SQL.locate(JdbiMeetings.class, name);
    }

    @Override
    public void save(Protocol p) {
        db.call("store the minutes", (h, d) -> {
            h.createUpdate(DELETE).bind("school", p.school()).bind("number", p.number()).execute();
            h.createUpdate(INSERT).bindMethods(p).bindArray("present", PersonId.class, p.present())
                    .bindArray("signatories", PersonId.class, p.signatories()).execute();
            PreparedBatch items = h.prepareBatch(INSERT_ITEM);
            int ord = 0;
            for (AgendaItem item : p.agenda()) {
                bindItem(items.bind("school", p.school()).bind("number", p.number()).bind("ord", ord++), item).add();
            }
            PreparedBatch decisions = h.prepareBatch(INSERT_DECISION);
            ord = 0;
            for (String decision : p.decisions()) {
                decisions.bind("school", p.school()).bind("number", p.number()).bind("ord", ord++).bind("text", decision).add();
            }
            PreparedBatch signatures = h.prepareBatch(INSERT_SIGNATURE);
            ord = 0;
            for (Map.Entry<PersonId, LocalDate> s : p.signatures().entrySet()) {
                signatures.bind("school", p.school()).bind("number", p.number()).bind("person", s.getKey()).bind("ord", ord++)
                        .bind("signedOn", s.getValue()).add();
            }
            for (PreparedBatch batch : List.of(items, decisions, signatures)) {
                if (batch.size() > 0) {
                    batch.execute();
                }
            }
            return null;
        });
    }

    /** Binds an agenda item's kind and the one column its kind uses; the others NULL. */
    private static PreparedBatch bindItem(PreparedBatch b, AgendaItem item) {
        String kind;
        Integer year = null;
        Integer quarter = null;
        String registration = null;
        String text = null;
        if (item instanceof AgendaItem.OfficersElection) {
            kind = "OFFICERS_ELECTION";
        } else if (item instanceof AgendaItem.ReportDiscussion r) {
            kind = "REPORT_DISCUSSION";
            year = r.year();
            quarter = r.quarter();
        } else if (item instanceof AgendaItem.Incidents i) {
            kind = "INCIDENTS";
            text = i.text();
        } else if (item instanceof AgendaItem.AppealDiscussion a) {
            kind = "APPEAL_DISCUSSION";
            registration = a.registrationNumber();
        } else {
            kind = "OTHER";
            text = ((AgendaItem.Other) item).text();
        }
        return b.bind("kind", kind).bind("reportYear", year).bind("reportQuarter", quarter).bind("registrationNumber", registration)
                .bind("text", text);
    }

    @Override
    public Optional<Protocol> find(SchoolId school, int number) {
        return db.call("read the minutes", (h, d) -> read(h, school, PROTOCOL, AGENDA_OF, DECISIONS_OF, SIGNATURES_OF,
                q -> q.bind("school", school).bind("number", number)).stream().findFirst());
    }

    @Override
    public List<Protocol> list(SchoolId school) {
        return db.call("read the minutes", (h, d) -> read(h, school, PROTOCOLS, AGENDA, DECISIONS, SIGNATURES,
                q -> q.bind("school", school)));
    }

    private record Head(int number, LocalDate date, PersonId secretary, List<PersonId> present, List<PersonId> signatories) {
    }

    /** The protocols {@code protocols} selects, with what the three other statements select for them; {@code args} binds all four. */
    private static List<Protocol> read(Handle h, SchoolId school, String protocols, String agendaSql, String decisionsSql,
                                       String signaturesSql, Consumer<Query> args) {
        List<Head> heads = query(h, protocols, args).map((RowView row) -> new Head(row.getColumn("protocol_no", Integer.class),
                row.getColumn("meeting_date", LocalDate.class), row.getColumn("secretary", PersonId.class),
                row.getColumn("present", Encodings.PERSONS), row.getColumn("signatories", Encodings.PERSONS))).list();
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Integer, List<AgendaItem>> agenda = new HashMap<>();
        query(h, agendaSql, args).map((RowView row) -> Map.entry(row.getColumn("protocol_no", Integer.class), item(row)))
                .forEach(e -> agenda.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Integer, List<String>> decisions = new HashMap<>();
        query(h, decisionsSql, args).map((RowView row) -> Map.entry(row.getColumn("protocol_no", Integer.class),
                        row.getColumn("decision_text", String.class)))
                .forEach(e -> decisions.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Integer, Map<PersonId, LocalDate>> signatures = new HashMap<>();
        query(h, signaturesSql, args).map((RowView row) -> Map.entry(row.getColumn("protocol_no", Integer.class),
                        Map.entry(row.getColumn("person_id", PersonId.class), row.getColumn("signed_on", LocalDate.class))))
                .forEach(e -> signatures.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>())
                        .put(e.getValue().getKey(), e.getValue().getValue()));
        List<Protocol> out = new ArrayList<>();
        for (Head p : heads) {
            out.add(new Protocol(school, p.number(), p.date(), p.secretary(), p.present(),
                    agenda.getOrDefault(p.number(), List.of()), decisions.getOrDefault(p.number(), List.of()),
                    p.signatories(), signatures.getOrDefault(p.number(), Map.of())));
        }
        return List.copyOf(out);
    }

    private static AgendaItem item(RowView row) {
        return switch (row.getColumn("kind", String.class)) {
            case "OFFICERS_ELECTION" -> new AgendaItem.OfficersElection();
            case "REPORT_DISCUSSION" -> new AgendaItem.ReportDiscussion(row.getColumn("report_year", Integer.class),
                    row.getColumn("report_quarter", Integer.class));
            case "INCIDENTS" -> new AgendaItem.Incidents(row.getColumn("item_text", String.class));
            case "APPEAL_DISCUSSION" -> new AgendaItem.AppealDiscussion(row.getColumn("registration_number", String.class));
            default -> new AgendaItem.Other(row.getColumn("item_text", String.class));
        };
    }

    private static Query query(Handle h, String sql, Consumer<Query> args) {
        Query query = h.createQuery(sql);
        args.accept(query);
        return query;
    }
}
