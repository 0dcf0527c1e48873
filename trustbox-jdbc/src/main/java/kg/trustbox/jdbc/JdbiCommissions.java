package kg.trustbox.jdbc;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.trustbox.commission.Commission;
import kg.trustbox.commission.Commissions;
import kg.trustbox.commission.Member;
import kg.trustbox.commission.Officers;
import kg.trustbox.commission.Order;
import kg.trustbox.commission.PersonId;
import kg.trustbox.commission.ResponsiblePerson;
import kg.trustbox.commission.Vote;
import kg.trustbox.jdbc.internal.Db;
import kg.trustbox.jdbc.internal.Sql;
import kg.trustbox.school.SchoolId;
import org.jdbi.v3.core.Handle;

/** {@link Commissions} in the tables {@code trustbox_commission}, {@code _member} and {@code _vote}. Thread-safe. */
final class JdbiCommissions implements Commissions {
    static final String HISTORY = "SELECT order_date, order_number, responsible_person, responsible_order_number,"
            + " responsible_order_date, chair, secretary, elected_on FROM trustbox_commission WHERE school_id = ?"
            + " ORDER BY order_date, saved_seq";
    static final String MEMBERS = "SELECT order_date, order_number, person_id, full_name, member_position, member_position_ru,"
            + " parent_representative"
            + " FROM trustbox_commission_member WHERE school_id = ? ORDER BY order_date, order_number, ord";
    static final String VOTES = "SELECT order_date, order_number, post, voter, candidate FROM trustbox_commission_vote"
            + " WHERE school_id = ? ORDER BY order_date, order_number, post, ord";
    static final String NEXT_SAVED = "SELECT COALESCE(MAX(saved_seq), 0) + 1 FROM trustbox_commission WHERE school_id = ?";

    private final Db db;

    JdbiCommissions(Db db) {
        this.db = db;
    }

    @Override
    public void save(Commission c) {
        db.call("store the commission", (h, d) -> {
            String school = c.school().value();
            Order order = c.order();
            Sql.update(h, "DELETE FROM trustbox_commission WHERE school_id = ? AND order_date = ? AND order_number = ?",
                    school, order.date(), order.number());
            long saved = Sql.one(h, NEXT_SAVED, (rs, ctx) -> rs.getLong(1), school).orElse(1L);
            Optional<ResponsiblePerson> rp = c.responsiblePerson();
            Optional<Officers> of = c.officers();
            Sql.update(h, "INSERT INTO trustbox_commission (school_id, order_date, order_number, saved_seq, responsible_person,"
                            + " responsible_order_number, responsible_order_date, chair, secretary, elected_on) VALUES ("
                            + Sql.marks(10) + ")",
                    school, order.date(), order.number(), saved,
                    Sql.text(rp.map(r -> r.person().value())),
                    Sql.text(rp.map(r -> r.order().number())),
                    Sql.orNull(rp.map(r -> r.order().date()).orElse(null), Types.DATE),
                    Sql.text(of.map(o -> o.chair().value())),
                    Sql.text(of.map(o -> o.secretary().value())),
                    Sql.orNull(of.map(Officers::electedOn).orElse(null), Types.DATE));
            int ord = 0;
            for (Member m : c.members()) {
                Sql.update(h, "INSERT INTO trustbox_commission_member (school_id, order_date, order_number, ord, person_id,"
                                + " full_name, member_position, member_position_ru, parent_representative) VALUES (" + Sql.marks(9) + ")",
                        school, order.date(), order.number(), ord++, m.id().value(), m.fullName(), m.position(), m.positionRu(),
                        m.parentRepresentative());
            }
            if (of.isPresent()) {
                insertVotes(h, school, order, "CHAIR", of.get().chairVotes());
                insertVotes(h, school, order, "SECRETARY", of.get().secretaryVotes());
            }
            return null;
        });
    }

    private static void insertVotes(Handle h, String school, Order order, String post, List<Vote> votes) {
        int ord = 0;
        for (Vote v : votes) {
            Sql.update(h, "INSERT INTO trustbox_commission_vote (school_id, order_date, order_number, post, ord, voter, candidate)"
                            + " VALUES (" + Sql.marks(7) + ")",
                    school, order.date(), order.number(), post, ord++, v.voter().value(), v.candidate().value());
        }
    }

    private record Key(LocalDate date, String number) {
    }

    private record Row(Key key, Optional<ResponsiblePerson> responsible, Optional<String> chair, Optional<String> secretary,
                       Optional<LocalDate> electedOn) {
    }

    @Override
    public List<Commission> history(SchoolId school) {
        return db.call("read the commission", (h, d) -> {
            List<Row> rows = Sql.query(h, HISTORY, (rs, ctx) -> {
                Optional<String> rpPerson = Sql.optText(rs, "responsible_person");
                Optional<ResponsiblePerson> rp = rpPerson.isEmpty() ? Optional.empty()
                        : Optional.of(new ResponsiblePerson(PersonId.of(rpPerson.get()),
                        new Order(rs.getString("responsible_order_number"), Sql.date(rs, "responsible_order_date"))));
                return new Row(new Key(Sql.date(rs, "order_date"), rs.getString("order_number")), rp,
                        Sql.optText(rs, "chair"), Sql.optText(rs, "secretary"), Sql.optDate(rs, "elected_on"));
            }, school.value());
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<Key, List<Member>> members = new HashMap<>();
            for (var e : Sql.query(h, MEMBERS, (rs, ctx) -> Map.entry(new Key(Sql.date(rs, "order_date"), rs.getString("order_number")),
                    new Member(PersonId.of(rs.getString("person_id")), rs.getString("full_name"), rs.getString("member_position"),
                            // rows written before V3 have no Russian position: the one text stands for both
                            Sql.optText(rs, "member_position_ru").orElse(rs.getString("member_position")),
                            rs.getBoolean("parent_representative"))), school.value())) {
                members.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
            }
            Map<Key, Map<String, List<Vote>>> votes = new HashMap<>();
            for (var e : Sql.query(h, VOTES, (rs, ctx) -> Map.entry(new Key(Sql.date(rs, "order_date"), rs.getString("order_number")),
                    Map.entry(rs.getString("post"), new Vote(PersonId.of(rs.getString("voter")), PersonId.of(rs.getString("candidate"))))),
                    school.value())) {
                votes.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(e.getValue().getKey(), k -> new ArrayList<>()).add(e.getValue().getValue());
            }
            List<Commission> out = new ArrayList<>();
            for (Row r : rows) {
                Optional<Officers> officers = Optional.empty();
                if (r.chair().isPresent()) {
                    Map<String, List<Vote>> v = votes.getOrDefault(r.key(), Map.of());
                    officers = Optional.of(new Officers(PersonId.of(r.chair().get()), PersonId.of(r.secretary().orElseThrow()),
                            r.electedOn().orElseThrow(), v.getOrDefault("CHAIR", List.of()), v.getOrDefault("SECRETARY", List.of())));
                }
                out.add(new Commission(school, new Order(r.key().number(), r.key().date()),
                        members.getOrDefault(r.key(), List.of()), r.responsible(), officers));
            }
            return List.copyOf(out);
        });
    }
}
