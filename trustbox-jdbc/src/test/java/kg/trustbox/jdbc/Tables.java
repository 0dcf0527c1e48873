package kg.trustbox.jdbc;

import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/** The library's tables in the current schema, and a dump of their rows to compare states. */
final class Tables {
    private Tables() {
    }

    /** The names of the library's tables (not the schema history), sorted. */
    static List<String> names(Handle h) {
        return h.createQuery("SELECT table_name FROM information_schema.tables WHERE LOWER(table_name) LIKE 'trustbox_%'"
                        + " AND LOWER(table_name) <> 'trustbox_schema_history' AND table_schema = CURRENT_SCHEMA"
                        + " AND table_type IN ('BASE TABLE', 'TABLE')")
                .mapTo(String.class).stream().map(s -> s.toLowerCase(Locale.ROOT)).sorted().toList();
    }

    /** Every row of every table, as sorted text per table. */
    static Map<String, List<String>> dump(Handle h) {
        Map<String, List<String>> out = new TreeMap<>();
        for (String table : names(h)) {
            List<String> rows = h.createQuery("SELECT * FROM " + table).map((rs, ctx) -> {
                ResultSetMetaData md = rs.getMetaData();
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    b.append(md.getColumnName(i).toLowerCase(Locale.ROOT)).append('=').append(value(rs, i)).append(';');
                }
                return b.toString();
            }).list();
            List<String> sorted = new ArrayList<>(rows);
            sorted.sort(null);
            out.put(table, sorted);
        }
        return out;
    }

    /**
     * A column as text; binary as hex; an array element by element, since PostgreSQL's driver writes an array read in
     * binary (after a statement's fifth run) with quotes it leaves out when read as text.
     */
    private static String value(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        Object v = rs.getObject(column);
        if (v instanceof java.sql.Array a) {
            return java.util.Arrays.deepToString((Object[]) a.getArray());
        }
        if (v instanceof byte[] bytes) {
            return java.util.HexFormat.of().formatHex(bytes); // a binary column as hex, however the driver transferred it
        }
        return rs.getString(column);
    }
}
