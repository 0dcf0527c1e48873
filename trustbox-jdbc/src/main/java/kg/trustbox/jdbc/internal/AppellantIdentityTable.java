package kg.trustbox.jdbc.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.ActNumber;
import kg.trustbox.school.SchoolId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.result.RowView;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Keeps a signed appellant's name and contacts apart from the register: in
 * {@code trustbox_appellant_identity}, keyed by the act line the paper was withdrawn on, while the
 * act line and the appeal keep only whether it was signed ({@code appellant_kind}). Queries that
 * read an appellant join the table as {@code i} and select its columns as {@code id_full_name},
 * {@code id_return_address}, {@code id_phone} and {@code id_email}. Internal.
 */
public final class AppellantIdentityTable {
    private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.removingComments();
    /** Inserts one identity. */
    public static final String INSERT = SQL.locate(AppellantIdentityTable.class, "insert");
    /** The lines of an act whose identity is stored. */
    public static final String LINES_OF_ACT = SQL.locate(AppellantIdentityTable.class, "lines-of-act");

    /**
     * How a signed appellant reads back once personal data was purged: a placeholder name and no
     * contacts, so it cannot be answered.
     */
    public static final Appellant.Signed PURGED = new Appellant.Signed("[purged]", Appellant.Contacts.none());

    private static final String SIGNED = "SIGNED";
    private static final String ANONYMOUS = "ANONYMOUS";

    /** One identity row, bound by name to {@link #INSERT}. */
    public record Row(SchoolId school, int actYear, int actSeq, int line, String fullName, String returnAddress, String phone,
                      String email) {
    }

    private AppellantIdentityTable() {
    }

    /** The {@code appellant_kind} column's value: {@code SIGNED} or {@code ANONYMOUS}. */
    public static String kind(Appellant a) {
        return a instanceof Appellant.Signed ? SIGNED : ANONYMOUS;
    }

    /** The identity row of a signed appellant on an act line; empty for an anonymous one. */
    public static Optional<Row> row(SchoolId school, ActNumber act, int line, Appellant appellant) {
        if (appellant instanceof Appellant.Signed s) {
            return Optional.of(new Row(school, act.year(), act.sequence(), line, s.fullName(),
                    s.contacts().returnAddress().orElse(null), s.contacts().phone().orElse(null), s.contacts().email().orElse(null)));
        }
        return Optional.empty();
    }

    /** Stores a signed appellant's identity for the line, unless stored already; nothing for an anonymous one. */
    public static void store(Handle h, Dialect d, SchoolId school, ActNumber act, int line, Appellant appellant) {
        row(school, act, line, appellant).ifPresent(row -> d.insertIfAbsent(h, INSERT, u -> u.bindMethods(row)));
    }

    /** Stores the identities of new act lines, as one batch. */
    public static void storeAll(Handle h, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch(INSERT);
        rows.forEach(row -> batch.bindMethods(row).add());
        batch.execute();
    }

    /** The lines of {@code act} whose signed appellant is stored. */
    public static Set<Integer> linesOf(Handle h, SchoolId school, ActNumber act) {
        return new HashSet<>(h.createQuery(LINES_OF_ACT).bind("school", school).bindMethods("act", act).mapTo(Integer.class).list());
    }

    /** The appellant of a row with {@code appellant_kind} and the identity columns: anonymous, signed, or {@link #PURGED}. */
    public static Appellant appellant(RowView row) {
        if (ANONYMOUS.equals(row.getColumn("appellant_kind", String.class))) {
            return Appellant.anonymous();
        }
        String name = row.getColumn("id_full_name", String.class);
        if (name == null) {
            return PURGED;
        }
        return new Appellant.Signed(name, new Appellant.Contacts(Optional.ofNullable(row.getColumn("id_return_address", String.class)),
                Optional.ofNullable(row.getColumn("id_phone", String.class)), Optional.ofNullable(row.getColumn("id_email", String.class))));
    }
}
