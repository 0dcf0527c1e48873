package kg.trustbox.jdbc;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.trustbox.commission.PersonId;
import kg.trustbox.jdbc.internal.Db;
import kg.trustbox.jdbc.internal.Sql;
import kg.trustbox.meeting.AgendaItem;
import kg.trustbox.meeting.Meetings;
import kg.trustbox.meeting.Protocol;
import kg.trustbox.school.SchoolId;
import org.jdbi.v3.core.Handle;

/**
 * {@link Meetings} in {@code trustbox_protocol} with its agenda, decisions and signatures
 * . Thread-safe.
 */
final class JdbiMeetings implements Meetings {
    static final String PROTOCOLS = "SELECT protocol_no, meeting_date, secretary, present, signatories FROM trustbox_protocol"
            + " WHERE school_id = ?";
    static final String AGENDA = "SELECT protocol_no, kind, report_year, report_quarter, registration_number, item_text"
            + " FROM trustbox_protocol_agenda WHERE school_id = ?";
    static final String DECISIONS = "SELECT protocol_no, decision_text FROM trustbox_protocol_decision WHERE school_id = ?";
    static final String SIGNATURES = "SELECT protocol_no, person_id, signed_on FROM trustbox_protocol_signature WHERE school_id = ?";
    static final String ONE = " AND protocol_no = ?";

    private final Db db;

    JdbiMeetings(Db db) {
        this.db = db;
    }

    @Override
    public void save(Protocol p) {
        db.call("store the minutes", (h, d) -> {
            String school = p.school().value();
            Sql.update(h, "DELETE FROM trustbox_protocol WHERE school_id = ? AND protocol_no = ?", school, p.number());
            Sql.update(h, "INSERT INTO trustbox_protocol (school_id, protocol_no, meeting_date, secretary, present, signatories)"
                            + " VALUES (?, ?, ?, ?, ?, ?)", school, p.number(), p.date(), p.secretary().value(),
                    Sql.joined(p.present()), Sql.joined(p.signatories()));
            int ord = 0;
            for (AgendaItem item : p.agenda()) {
                insertItem(h, school, p.number(), ord++, item);
            }
            ord = 0;
            for (String decision : p.decisions()) {
                Sql.update(h, "INSERT INTO trustbox_protocol_decision (school_id, protocol_no, ord, decision_text) VALUES (?, ?, ?, ?)",
                        school, p.number(), ord++, decision);
            }
            ord = 0;
            for (Map.Entry<PersonId, LocalDate> s : p.signatures().entrySet()) {
                Sql.update(h, "INSERT INTO trustbox_protocol_signature (school_id, protocol_no, person_id, ord, signed_on)"
                        + " VALUES (?, ?, ?, ?, ?)", school, p.number(), s.getKey().value(), ord++, s.getValue());
            }
            return null;
        });
    }

    private static void insertItem(Handle h, String school, int number, int ord, AgendaItem item) {
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
        Sql.update(h, "INSERT INTO trustbox_protocol_agenda (school_id, protocol_no, ord, kind, report_year, report_quarter,"
                        + " registration_number, item_text) VALUES (" + Sql.marks(8) + ")", school, number, ord, kind,
                Sql.orNull(year, Types.INTEGER), Sql.orNull(quarter, Types.INTEGER), Sql.orNull(registration, Types.VARCHAR),
                Sql.orNull(text, Types.VARCHAR));
    }

    @Override
    public Optional<Protocol> find(SchoolId school, int number) {
        return db.call("read the minutes", (h, d) -> read(h, school, Optional.of(number)).stream().findFirst());
    }

    @Override
    public List<Protocol> list(SchoolId school) {
        return db.call("read the minutes", (h, d) -> read(h, school, Optional.empty()));
    }

    private record Head(int number, LocalDate date, String secretary, String present, String signatories) {
    }

    private static List<Protocol> read(Handle h, SchoolId school, Optional<Integer> number) {
        String filter = number.isPresent() ? ONE : "";
        Object[] args = number.isPresent() ? new Object[] {school.value(), number.get()} : new Object[] {school.value()};
        List<Head> heads = Sql.query(h, PROTOCOLS + filter + " ORDER BY protocol_no", (rs, ctx) -> new Head(rs.getInt("protocol_no"),
                Sql.date(rs, "meeting_date"), rs.getString("secretary"), rs.getString("present"), rs.getString("signatories")), args);
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Integer, List<AgendaItem>> agenda = new HashMap<>();
        for (var e : Sql.query(h, AGENDA + filter + " ORDER BY protocol_no, ord", (rs, ctx) -> {
            String kind = rs.getString("kind");
            AgendaItem item = switch (kind) {
                case "OFFICERS_ELECTION" -> new AgendaItem.OfficersElection();
                case "REPORT_DISCUSSION" -> new AgendaItem.ReportDiscussion(rs.getInt("report_year"), rs.getInt("report_quarter"));
                case "INCIDENTS" -> new AgendaItem.Incidents(rs.getString("item_text"));
                case "APPEAL_DISCUSSION" -> new AgendaItem.AppealDiscussion(rs.getString("registration_number"));
                default -> new AgendaItem.Other(rs.getString("item_text"));
            };
            return Map.entry(rs.getInt("protocol_no"), item);
        }, args)) {
            agenda.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
        }
        Map<Integer, List<String>> decisions = new HashMap<>();
        for (var e : Sql.query(h, DECISIONS + filter + " ORDER BY protocol_no, ord",
                (rs, ctx) -> Map.entry(rs.getInt(1), rs.getString(2)), args)) {
            decisions.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
        }
        Map<Integer, Map<PersonId, LocalDate>> signatures = new HashMap<>();
        for (var e : Sql.query(h, SIGNATURES + filter + " ORDER BY protocol_no, ord",
                (rs, ctx) -> Map.entry(rs.getInt(1), Map.entry(PersonId.of(rs.getString(2)), Sql.date(rs, "signed_on"))), args)) {
            signatures.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>()).put(e.getValue().getKey(), e.getValue().getValue());
        }
        List<Protocol> out = new ArrayList<>();
        for (Head p : heads) {
            out.add(new Protocol(school, p.number(), p.date(), PersonId.of(p.secretary()), Sql.split(p.present(), PersonId::of),
                    agenda.getOrDefault(p.number(), List.of()), decisions.getOrDefault(p.number(), List.of()),
                    Sql.split(p.signatories(), PersonId::of), signatures.getOrDefault(p.number(), Map.of())));
        }
        return List.copyOf(out);
    }
}
