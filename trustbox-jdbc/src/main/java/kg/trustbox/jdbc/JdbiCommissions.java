package kg.trustbox.jdbc;

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
import kg.trustbox.school.SchoolId;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.result.RowView;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * {@link Commissions} in the tables {@code trustbox_commission}, {@code _member} and {@code _vote};
 * the statements are in {@code kg/trustbox/jdbc/JdbiCommissions/*.sql}. Thread-safe.
 */
final class JdbiCommissions implements Commissions {
    private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.removingComments();
    static final String HISTORY = sql("history");
    static final String MEMBERS = sql("members");
    static final String VOTES = sql("votes");
    static final String NEXT_SAVED = sql("next-saved");
    static final String DELETE = sql("delete");
    static final String INSERT = sql("insert");
    static final String INSERT_MEMBER = sql("insert-member");
    static final String INSERT_VOTE = sql("insert-vote");

    private final Db db;

    JdbiCommissions(Db db) {
        this.db = db;
    }

    private static String sql(String name) {
        return SQL.locate(JdbiCommissions.class, name);
    }

    @Override
    public void save(Commission c) {
        db.call("store the commission", (h, d) -> {
            Order order = c.order();
            h.createUpdate(DELETE).bind("school", c.school()).bindMethods("order", order).execute();
            long saved = h.createQuery(NEXT_SAVED).bind("school", c.school()).mapTo(Long.class).findFirst().orElse(1L);
            Optional<ResponsiblePerson> rp = c.responsiblePerson();
            Optional<Officers> of = c.officers();
            h.createUpdate(INSERT).bind("school", c.school()).bindMethods("order", order).bind("saved", saved)
                    .bindByType("responsiblePerson", rp.map(ResponsiblePerson::person).orElse(null), PersonId.class)
                    .bind("responsibleOrderNumber", rp.map(r -> r.order().number()).orElse(null))
                    .bindByType("responsibleOrderDate", rp.map(r -> r.order().date()).orElse(null), LocalDate.class)
                    .bindByType("chair", of.map(Officers::chair).orElse(null), PersonId.class)
                    .bindByType("secretary", of.map(Officers::secretary).orElse(null), PersonId.class)
                    .bindByType("electedOn", of.map(Officers::electedOn).orElse(null), LocalDate.class)
                    .execute();
            PreparedBatch members = h.prepareBatch(INSERT_MEMBER);
            int ord = 0;
            for (Member m : c.members()) {
                members.bind("school", c.school()).bindMethods("order", order).bind("ord", ord++).bindMethods(m).add();
            }
            if (members.size() > 0) {
                members.execute();
            }
            if (of.isPresent()) {
                PreparedBatch votes = h.prepareBatch(INSERT_VOTE);
                for (Map.Entry<String, List<Vote>> post : Map.of("CHAIR", of.get().chairVotes(), "SECRETARY", of.get().secretaryVotes())
                        .entrySet()) {
                    ord = 0;
                    for (Vote v : post.getValue()) {
                        votes.bind("school", c.school()).bindMethods("order", order).bind("post", post.getKey()).bind("ord", ord++)
                                .bindMethods(v).add();
                    }
                }
                if (votes.size() > 0) {
                    votes.execute();
                }
            }
            return null;
        });
    }

    private record Key(LocalDate date, String number) {
        static Key of(RowView row) {
            return new Key(row.getColumn("order_date", LocalDate.class), row.getColumn("order_number", String.class));
        }
    }

    private record Row(Key key, Optional<ResponsiblePerson> responsible, Optional<PersonId> chair, Optional<PersonId> secretary,
                       Optional<LocalDate> electedOn) {
    }

    @Override
    public List<Commission> history(SchoolId school) {
        return db.call("read the commission", (h, d) -> {
            List<Row> rows = h.createQuery(HISTORY).bind("school", school).map((RowView row) -> {
                Optional<ResponsiblePerson> rp = Optional.ofNullable(row.getColumn("responsible_person", PersonId.class))
                        .map(person -> new ResponsiblePerson(person, new Order(row.getColumn("responsible_order_number", String.class),
                                row.getColumn("responsible_order_date", LocalDate.class))));
                return new Row(Key.of(row), rp, Optional.ofNullable(row.getColumn("chair", PersonId.class)),
                        Optional.ofNullable(row.getColumn("secretary", PersonId.class)),
                        Optional.ofNullable(row.getColumn("elected_on", LocalDate.class)));
            }).list();
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<Key, List<Member>> members = new HashMap<>();
            h.createQuery(MEMBERS).bind("school", school).map((RowView row) -> Map.entry(Key.of(row), new Member(
                            row.getColumn("person_id", PersonId.class), row.getColumn("full_name", String.class),
                            row.getColumn("member_position", String.class),
                            // rows written before V3 have no Russian position: the one text stands for both
                            Optional.ofNullable(row.getColumn("member_position_ru", String.class))
                                    .orElse(row.getColumn("member_position", String.class)),
                            row.getColumn("parent_representative", Boolean.class))))
                    .forEach(e -> members.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            Map<Key, Map<String, List<Vote>>> votes = new HashMap<>();
            h.createQuery(VOTES).bind("school", school).map((RowView row) -> Map.entry(Key.of(row), Map.entry(
                            row.getColumn("post", String.class),
                            new Vote(row.getColumn("voter", PersonId.class), row.getColumn("candidate", PersonId.class)))))
                    .forEach(e -> votes.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(e.getValue().getKey(), k -> new ArrayList<>()).add(e.getValue().getValue()));
            List<Commission> out = new ArrayList<>();
            for (Row r : rows) {
                Optional<Officers> officers = Optional.empty();
                if (r.chair().isPresent()) {
                    Map<String, List<Vote>> v = votes.getOrDefault(r.key(), Map.of());
                    officers = Optional.of(new Officers(r.chair().get(), r.secretary().orElseThrow(),
                            r.electedOn().orElseThrow(), v.getOrDefault("CHAIR", List.of()), v.getOrDefault("SECRETARY", List.of())));
                }
                out.add(new Commission(school, new Order(r.key().number(), r.key().date()),
                        members.getOrDefault(r.key(), List.of()), r.responsible(), officers));
            }
            return List.copyOf(out);
        });
    }
}
