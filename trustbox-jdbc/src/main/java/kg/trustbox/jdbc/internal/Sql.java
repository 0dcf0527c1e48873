package kg.trustbox.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/** Statement helpers and the encodings of values the schema stores. Internal; stateless. */
public final class Sql {
    private Sql() {
    }

    /** A typed SQL NULL, for a parameter whose value is absent. */
    public record Null(int sqlType) {
    }

    /** {@code value}, or a NULL of {@code sqlType}. */
    public static Object orNull(Object value, int sqlType) {
        return value == null ? new Null(sqlType) : value;
    }

    /** An optional text. */
    public static Object text(Optional<String> value) {
        return orNull(value.orElse(null), Types.VARCHAR);
    }

    /** Runs an update; returns the rows changed. */
    public static int update(Handle handle, String sql, Object... args) {
        return bind(handle.createUpdate(sql), args).execute();
    }

    /** Runs {@code sql} once per row of arguments, as one JDBC batch; nothing for no rows. Returns the rows each changed. */
    public static int[] batch(Handle handle, String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        org.jdbi.v3.core.statement.PreparedBatch batch = handle.prepareBatch(sql);
        for (Object[] row : rows) {
            bind(batch, row).add();
        }
        return batch.execute();
    }

    /** Runs a query. */
    public static <T> List<T> query(Handle handle, String sql, RowMapper<T> mapper, Object... args) {
        return bind(handle.createQuery(sql), args).map(mapper).list();
    }

    /** Runs a query for at most one row. */
    public static <T> Optional<T> one(Handle handle, String sql, RowMapper<T> mapper, Object... args) {
        return bind(handle.createQuery(sql), args).map(mapper).findFirst();
    }

    static <S extends SqlStatement<S>> S bind(S statement, Object... args) {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof Null n) {
                statement.bindNull(i, n.sqlType());
            } else if (a == null) {
                throw new NullPointerException("parameter " + i);
            } else {
                statement.bind(i, a);
            }
        }
        return statement;
    }

    // ---------------------------------------------------------------- encodings

    /** An instant as nanoseconds since the epoch: {@link Encodings#nanos}. */
    public static long nanos(Instant instant) {
        return Encodings.nanos(instant);
    }

    /** An optional instant as nanoseconds, or NULL. */
    public static Object nanos(Optional<Instant> instant) {
        return orNull(instant.map(Sql::nanos).orElse(null), Types.BIGINT);
    }

    /** The instant {@code nanos} nanoseconds after the epoch: {@link Encodings#instant}. */
    public static Instant instant(long nanos) {
        return Encodings.instant(nanos);
    }

    // ---------------------------------------------------------------- reading

    /** A nullable BIGINT column. */
    public static Optional<Long> optLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    /** A nullable INT column. */
    public static Optional<Integer> optInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    /** A nullable text column. */
    public static Optional<String> optText(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    /** A nullable DATE column. */
    public static Optional<LocalDate> optDate(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, LocalDate.class));
    }

    /** A DATE column. */
    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** A nullable instant column. */
    public static Optional<Instant> optInstant(ResultSet rs, String column) throws SQLException {
        return optLong(rs, column).map(Sql::instant);
    }

    /** An instant column. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return instant(rs.getLong(column));
    }

    /** Placeholders for {@code n} parameters: {@code ?, ?, ?}. */
    public static String marks(int n) {
        String[] m = new String[n];
        Arrays.fill(m, "?");
        return String.join(", ", m);
    }
}
