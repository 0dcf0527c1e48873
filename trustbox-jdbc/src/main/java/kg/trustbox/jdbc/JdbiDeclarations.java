package kg.trustbox.jdbc;

import java.time.LocalDate;
import java.util.List;
import kg.trustbox.access.Declaration;
import kg.trustbox.access.Declarations;
import kg.trustbox.access.Role;
import kg.trustbox.commission.Order;
import kg.trustbox.commission.PersonId;
import kg.trustbox.jdbc.internal.Db;
import kg.trustbox.school.SchoolId;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * {@link Declarations} in {@code trustbox_declaration}; the statements are in
 * {@code kg/trustbox/jdbc/JdbiDeclarations/*.sql}. Thread-safe.
 */
final class JdbiDeclarations implements Declarations {
    private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.removingComments();
    static final String INSERT = SQL.locate(JdbiDeclarations.class, "insert");
    static final String LIST = SQL.locate(JdbiDeclarations.class, "list");

    private final Db db;

    JdbiDeclarations(Db db) {
        this.db = db;
    }

    @Override
    public boolean add(SchoolId school, Declaration declaration) {
        return db.call("record a declaration", (h, d) -> d.insertIfAbsent(h, INSERT, u -> u.bind("school", school)
                .bind("person", declaration.person()).bind("role", declaration.role()).bindMethods("order", declaration.order()).bind("kind", declaration.kind().name())));
    }

    @Override
    public List<Declaration> list(SchoolId school) {
        return db.call("read the declarations", (h, d) -> h.createQuery(LIST).bind("school", school)
                .map((rs, ctx) -> new Declaration(PersonId.of(rs.getString("person_id")), Role.valueOf(rs.getString("role")),
                        new Order(rs.getString("order_number"), rs.getObject("order_date", LocalDate.class)),
                        Declaration.Kind.valueOf(rs.getString("kind"))))
                .list());
    }
}
