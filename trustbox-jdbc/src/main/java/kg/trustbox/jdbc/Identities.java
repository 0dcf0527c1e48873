package kg.trustbox.jdbc;

import java.util.Optional;

import java.sql.ResultSet;
import java.sql.SQLException;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.jdbc.internal.Dialect;
import kg.trustbox.jdbc.internal.Sql;
import org.jdbi.v3.core.Handle;

/**
 * Appellants apart from the register: a signed appellant's name and contacts in
 * {@code trustbox_appellant_identity}, keyed by the act line the paper was withdrawn on; the act
 * line and the appeal keep only whether it was signed.
 */
final class Identities {
    static final String SIGNED = "SIGNED";
    static final String ANONYMOUS = "ANONYMOUS";

    /** The columns a query selects from the identity table aliased {@code i}, to read with {@link #appellant}. */
    static final String COLUMNS = "i.full_name AS id_full_name, i.return_address AS id_return_address, i.phone AS id_phone,"
            + " i.email AS id_email";

    /** Joins the identity table as {@code i} to a table aliased {@code t} with act_year, act_seq and line_no. */
    static final String JOIN = " LEFT JOIN trustbox_appellant_identity i ON i.school_id = t.school_id AND i.act_year = t.act_year"
            + " AND i.act_seq = t.act_seq AND i.line_no = t.line_no";

    static final String INSERT = "INSERT INTO trustbox_appellant_identity (school_id, act_year, act_seq, line_no, full_name,"
            + " return_address, phone, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private Identities() {
    }

    /** The kind column's value. */
    static String kind(Appellant a) {
        return a instanceof Appellant.Signed ? SIGNED : ANONYMOUS;
    }

    /** Stores a signed appellant's identity for the line, unless stored already; nothing for an anonymous one. */
    static void store(Handle h, Dialect d, String school, int actYear, int actSeq, int line, Appellant appellant) {
        if (appellant instanceof Appellant.Signed s) {
            d.insertIfAbsent(h, INSERT, school, actYear, actSeq, line, s.fullName(), Sql.text(s.contacts().returnAddress()),
                    Sql.text(s.contacts().phone()), Sql.text(s.contacts().email()));
        }
    }

    /** The identity row of a signed appellant for a new act line, as batch arguments; empty for an anonymous one. */
    static Optional<Object[]> row(String school, int actYear, int actSeq, int line, Appellant appellant) {
        if (appellant instanceof Appellant.Signed s) {
            return Optional.of(new Object[] {school, actYear, actSeq, line, s.fullName(), Sql.text(s.contacts().returnAddress()),
                    Sql.text(s.contacts().phone()), Sql.text(s.contacts().email())});
        }
        return Optional.empty();
    }

    /** The appellant of a row read with {@link #COLUMNS}: anonymous, signed, or the placeholder once purged. */
    static Appellant appellant(ResultSet rs, String kind) throws SQLException {
        if (ANONYMOUS.equals(kind)) {
            return Appellant.anonymous();
        }
        String name = rs.getString("id_full_name");
        if (name == null) {
            return JdbiStores.PURGED_APPELLANT;
        }
        return new Appellant.Signed(name, new Appellant.Contacts(Sql.optText(rs, "id_return_address"),
                Sql.optText(rs, "id_phone"), Sql.optText(rs, "id_email")));
    }
}
