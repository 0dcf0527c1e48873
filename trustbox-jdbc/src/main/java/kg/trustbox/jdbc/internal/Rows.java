package kg.trustbox.jdbc.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes many rows of one table at once. On H2, whose JDBC batch is a loop in the same process,
 * as a batch of the one-row statement. On PostgreSQL, where every row of a batch is a statement the
 * server parses, plans and runs on its own, as one statement of many rows ({@code INSERT ... VALUES
 * (...), (...)}) per chunk of at most {@value #MAX_PARAMETERS} parameters (the protocol counts them
 * in 16 bits). Internal.
 */
public final class Rows {
    /** Parameters one multi-row statement may carry, below PostgreSQL's 65,535. */
    public static final int MAX_PARAMETERS = 30_000;
    private static final Pattern PARAMETER = Pattern.compile("(?<!:):([A-Za-z][A-Za-z0-9_]*)");
    private static final Map<String, Many> MANY = new ConcurrentHashMap<>();

    /** A one-row statement turned into a many-row one: its text with {@code <rows>}, and the methods bound per row, in order. */
    private record Many(String sql, List<String> methods) {
    }

    private Rows() {
    }

    /**
     * Inserts {@code rows} with {@code insert}, a one-row {@code INSERT ... VALUES (...)} whose named
     * parameters are each the name of a method of every row (as {@code bindMethods} binds them).
     */
    public static void insert(Handle h, Dialect d, String insert, List<?> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (d != Dialect.POSTGRESQL) {
            PreparedBatch batch = h.prepareBatch(insert);
            rows.forEach(row -> batch.bindMethods(row).add());
            batch.execute();
            return;
        }
        Many many = MANY.computeIfAbsent(insert, Rows::many);
        int chunk = Math.max(1, MAX_PARAMETERS / many.methods().size());
        for (int from = 0; from < rows.size(); from += chunk) {
            List<?> part = rows.subList(from, Math.min(rows.size(), from + chunk));
            h.createUpdate(many.sql()).bindMethodsList("rows", part, many.methods()).execute();
        }
    }

    private static Many many(String insert) {
        int values = insert.toUpperCase(Locale.ROOT).lastIndexOf("VALUES");
        if (values < 0) {
            throw new IllegalArgumentException("not an INSERT ... VALUES statement");
        }
        List<String> methods = PARAMETER.matcher(insert.substring(values)).results().map(m -> m.group(1)).toList();
        return new Many(insert.substring(0, values) + "VALUES <rows>", methods);
    }
}
