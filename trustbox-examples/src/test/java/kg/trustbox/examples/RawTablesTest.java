package kg.trustbox.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * against someone with SQL or disk access: after a term's work (the demo's, about 20 signed
 * appeals among 30), no table and no database file holds an appellant's name, address or phone in
 * clear text, on H2 and on PostgreSQL.
 */
class RawTablesTest {
    private static final Pattern PHONE = Pattern.compile("\\+996 555 \\d{6}");

    private static void demo(Path out, String... extra) {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("--out", out.toString(), "--seed", "11"));
        args.addAll(List.of(extra));
        int status = Demo.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8));
        assertThat(status).as("demo failed: %s", errors.toString(StandardCharsets.UTF_8)).isZero();
    }

    /** Every value of every table of the library in {@code schema}: as text, binary values also as hex. */
    private static String dump(Connection c, String schema) throws SQLException {
        StringBuilder all = new StringBuilder();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT).startsWith("trustbox_")) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
        }
        assertThat(tables).as("the library's tables in %s", schema).hasSizeGreaterThan(10);
        for (String table : tables) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + schema + ".\"" + table + "\"")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        Object v = rs.getObject(i);
                        all.append(v instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(rs.getString(i))).append('\n');
                    }
                }
            }
        }
        return all.toString();
    }

    private static void assertNoIdentity(String text, String where) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String[] who : SchoolTerm.SIGNED) {
            for (String value : who) {
                assertThat(lower).as(where).doesNotContain(value.toLowerCase(Locale.ROOT))
                        .doesNotContain(HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)));
            }
            String surname = who[0].substring(0, who[0].indexOf(' ')).toLowerCase(Locale.ROOT);
            assertThat(lower).as(where).doesNotContain(surname);
        }
        assertThat(PHONE.matcher(text).find()).as("%s holds a phone number", where).isFalse();
    }

    @Test
    @DisplayName("R-6.1 after a term on H2, neither the tables nor a backup script of the database hold an appellant's name, address or phone")
    void h2(@TempDir Path out) throws Exception {
        demo(out);
        DemoOptions options = new DemoOptions(out, DemoWords.KY, java.util.Optional.empty(), 11, false);
        try (Connection c = DriverManager.getConnection(options.effectiveUrl() + ";ACCESS_MODE_DATA=r")) {
            String tables = dump(c, "PUBLIC");
            assertThat(tables).as("the term stored signed appeals").contains("SIGNED");
            assertNoIdentity(tables, "the H2 tables");
            // a backup as H2 writes it (H2 compresses the pages of its file, so a search of the file's bytes would prove nothing)
            StringBuilder script = new StringBuilder();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SCRIPT NOPASSWORDS")) {
                while (rs.next()) {
                    script.append(rs.getString(1)).append('\n');
                }
            }
            // H2 writes text beyond ASCII as U&'...' literals with \\XXXX escapes: read them back as characters
            String decoded = Pattern.compile("\\\\([0-9a-fA-F]{4})").matcher(script)
                    .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
            assertThat(decoded).as("the script holds the data, a commission member's name among them").contains("Алымкулова Жазгүл");
            assertNoIdentity(decoded, "a backup script of the H2 database");
        }
    }

    @Test
    @DisplayName("R-6.1 after a term on PostgreSQL, no table holds an appellant's name, address or phone")
    void postgresql(@TempDir Path out) throws Exception {
        String base = System.getenv().getOrDefault("TRUSTBOX_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        String schema = "tb_raw_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if ("required".equalsIgnoreCase(System.getenv("TRUSTBOX_TEST_POSTGRES"))) {
                throw e;
            }
            Assumptions.abort("PostgreSQL at " + base + " cannot be reached: skipped (TRUSTBOX_TEST_POSTGRES=required makes it a failure)");
        }
        try {
            demo(out, "--jdbc-url", base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            try (Connection c = DriverManager.getConnection(base)) {
                String tables = dump(c, schema);
                assertThat(tables).contains("SIGNED");
                assertNoIdentity(tables, "the PostgreSQL tables");
            }
        } finally {
            try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
