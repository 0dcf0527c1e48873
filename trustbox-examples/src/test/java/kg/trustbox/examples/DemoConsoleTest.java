package kg.trustbox.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("the demo's console speaks the chosen language, in words, and names the cause of a failure")
class DemoConsoleTest {

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Demo.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "--lang {0}")
    @CsvSource(delimiter = '|', value = {
            "en | by category: | decisions: | answered | Summary of the term",
            "ky | категориялар боюнча: | чечимдер: | жооп берилди | Жарым жылдыктын жыйынтыгы",
            "ru | по категориям: | решения: | дан ответ | Итоги полугодия"})
    @DisplayName("the summary and the term's lines are in the chosen language, with no enum name")
    void consoleInTheChosenLanguage(String lang, String categories, String decisions, String status, String summary, @TempDir Path out)
            throws IOException {
        Run r = run("--out", out.toString(), "--seed", "7", "--lang", lang);
        assertThat(r.status()).as(r.err()).isZero();
        // a stub's first group and a board mark are codes, not enum names: the receipts' lines are checked apart
        String code = "[" + kg.trustbox.receipt.ReceiptCode.ALPHABET + "]";
        assertThat(r.out()).contains(categories, decisions, status, summary)
                .containsPattern(java.util.regex.Pattern.compile(code + "{5}-…"))
                .containsPattern(java.util.regex.Pattern.compile(code + "{3}-" + code + "{3}"));
        assertThat(r.out().replaceAll(code + "{5}-…", "").replaceAll(code + "{3}-" + code + "{3}", "")).doesNotContainPattern("[A-Z_]{4,}");
        // one anonymous parent's lookup, and the same stub mistyped, in the console's language
        DemoWords words = new DemoWords(lang.equals("en") ? DemoWords.EN : lang.equals("ru") ? DemoWords.RU : DemoWords.KY);
        assertThat(r.out()).contains(words.text("status.receipt.notFound"))
                .contains(words.text("receipt.lookupWrong", words.text("status.receipt.notFound")));
        kg.trustbox.school.Language documents = lang.equals("ru") ? kg.trustbox.school.Language.RUSSIAN : kg.trustbox.school.Language.KYRGYZ;
        if (!lang.equals("en")) {
            assertThat(r.out()).as("the overdue appeal's finding names the law in the console's language")
                    .contains(lang.equals("ru") ? "Закон № 67:" : "№ 67 Мыйзам:").doesNotContain("Law No.");
            // the categories and verdicts are the documents' own words
            kg.trustbox.document.Wording w = kg.trustbox.document.Wording.of(documents);
            assertThat(r.out()).containsAnyOf(java.util.Arrays.stream(kg.trustbox.appeal.Verdict.values())
                    .map(v -> w.text("register.verdict." + v.name())).toArray(String[]::new));
        }
        Path folder = out.resolve("2026-2027-1");
        assertThat(r.out().strip()).endsWith(folder.toAbsolutePath().resolve("index.html").toString());
        // each document in its own language: the school's records are kept in Kyrgyz, a Russian document shows their translation
        Path minutes = folder.resolve("documents/minutes-02-ru.pdf");
        assertThat(text(minutes).replaceAll("\\s+", " ")).contains(DemoTexts.DECISION_NOTED.ru()).doesNotContain(DemoTexts.DECISION_NOTED.ky());
        assertThat(text(folder.resolve("documents/minutes-02-ky.pdf")).replaceAll("\\s+", " ")).contains(DemoTexts.DECISION_NOTED.ky())
                .doesNotContain(DemoTexts.DECISION_NOTED.ru());
        String registerRu = text(folder.resolve("documents/register-2026-09-01-2027-01-04-ru.pdf")).replaceAll("\\s+", " ");
        String registerKy = text(folder.resolve("documents/register-2026-09-01-2027-01-04-ky.pdf")).replaceAll("\\s+", " ");
        for (DemoTexts.Text s : DemoTexts.SUMMARIES) {
            String head = s.ky().substring(0, 20);
            assertThat(registerRu).as("a Kyrgyz summary in the Russian register").doesNotContain(head);
            assertThat(registerKy).as("a Russian summary in the Kyrgyz register").doesNotContain(s.ru().substring(0, 20));
        }
        assertThat(text(folder.resolve("documents/journal-2026-09-01-2027-01-04-ru.pdf")).replaceAll("\\s+", " "))
                .contains("праздничный день").doesNotContain("майрам күнү");
    }

    @Test
    @DisplayName("a second run of the same term into the same folder takes a fresh folder and says so")
    void neverOverAnEarlierRun(@TempDir Path out) throws IOException {
        Path taken = Files.createDirectories(out.resolve("2026-2027-1"));
        Files.writeString(taken.resolve("notes.txt"), "mine");
        Run r = run("--out", out.toString(), "--seed", "7", "--lang", "en");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("already holds the files of an earlier run");
        assertThat(taken.resolve("notes.txt")).hasContent("mine");
        assertThat(taken.resolve("index.html")).doesNotExist();
        assertThat(r.out().strip()).endsWith(out.resolve("2026-2027-1-2").toAbsolutePath().resolve("index.html").toString());
    }

    private static void failsWith(Run r, String... words) {
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err().strip()).as("one line").doesNotContain("\n").startsWith("trustbox demo: ").contains(words)
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    @DisplayName("an --out that is a file, or lies under a file: not a directory, in the chosen language")
    void outIsAFile(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("plain.txt"), "x");
        failsWith(run("--out", file.toString(), "--lang", "en"), "is not a directory", file.toString());
        failsWith(run("--out", file.resolve("demo").toString(), "--lang", "ru"), "не является папкой", file.toString());
        failsWith(run("--out", file.resolve("demo").toString(), "--lang", "ky"), "папка эмес");
    }

    @Test
    @DisplayName("an --out folder the user may not write: permission denied")
    void outNotWritable(@TempDir Path tmp) throws Exception {
        Assumptions.assumeFalse(isRoot(), "running as root (id -u is 0): root writes into a read-only folder, so this test is skipped");
        Path locked = Files.createDirectories(tmp.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            failsWith(run("--out", locked.toString(), "--lang", "en"), "permission denied");
            failsWith(run("--out", locked.resolve("demo").toString(), "--lang", "ru"), "нет прав доступа");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    @DisplayName("why a folder cannot be written, in words: permission denied, read-only file system")
    void causesInWords() {
        DemoWords en = new DemoWords(DemoWords.EN);
        Path p = Path.of("/srv/demo");
        assertThat(OutputFolders.cannotWrite(en, p, new AccessDeniedException("/srv/demo"))).isEqualTo("cannot write to /srv/demo: permission denied");
        assertThat(OutputFolders.cannotWrite(en, p, new FileSystemException("/srv/demo", null, "Read-only file system")))
                .isEqualTo("cannot write to /srv/demo: read-only file system");
        assertThat(OutputFolders.cannotWrite(new DemoWords(DemoWords.RU), p, new FileSystemException("/srv/demo", null, "Read-only file system")))
                .contains("только для чтения");
        assertThat(OutputFolders.cannotWrite(new DemoWords(DemoWords.KY), p, new AccessDeniedException("/srv/demo"))).contains("уруксат жок");
    }

    @Test
    @DisplayName("an H2 database that does not exist, and a PostgreSQL server that does not answer")
    void databaseNotThere(@TempDir Path tmp) {
        String h2 = "jdbc:h2:file:" + tmp.resolve("nowhere").toString().replace('\\', '/') + ";IFEXISTS=TRUE";
        failsWith(run("--out", tmp.resolve("a").toString(), "--jdbc-url", h2, "--lang", "en"), "does not exist");
        failsWith(run("--out", tmp.resolve("b").toString(), "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/test?user=postgres&connectTimeout=5",
                "--lang", "ru"), "127.0.0.1:1", "недоступен");
    }

    @Test
    @DisplayName("a PostgreSQL database name that does not exist on the server")
    void postgresDatabaseMissing(@TempDir Path tmp) {
        String base = System.getenv().getOrDefault("TRUSTBOX_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        try (Connection c = DriverManager.getConnection(base)) {
            // the server answers
        } catch (SQLException e) {
            if ("required".equalsIgnoreCase(System.getenv("TRUSTBOX_TEST_POSTGRES"))
                    || "required".equalsIgnoreCase(System.getProperty("trustbox.test.postgres"))) {
                throw new IllegalStateException("PostgreSQL at " + base + " cannot be reached, and TRUSTBOX_TEST_POSTGRES=required", e);
            }
            Assumptions.abort("PostgreSQL at " + base + " cannot be reached: skipped (TRUSTBOX_TEST_POSTGRES=required makes it a failure)");
        }
        String missing = base.replaceFirst("(//[^/]+/)[^?]*", "$1trustbox_no_such_database");
        failsWith(run("--out", tmp.toString(), "--jdbc-url", missing, "--lang", "en"), "trustbox_no_such_database", "does not exist");
        failsWith(run("--out", tmp.toString(), "--jdbc-url", missing, "--lang", "ky"), "trustbox_no_such_database", "жок");
    }

    private static boolean isRoot() throws IOException, InterruptedException {
        Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
        String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        id.waitFor();
        return uid.equals("0");
    }

    private static String text(Path pdf) throws IOException {
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                pages.add(PdfTextExtractor.getTextFromPage(doc.getPage(i)));
            }
            return String.join("\n", pages);
        }
    }
}
