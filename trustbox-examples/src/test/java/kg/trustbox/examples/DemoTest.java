package kg.trustbox.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.report.Quarter;
import kg.trustbox.jdbc.JdbiStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

@DisplayName("the demo plays a term on an H2 file database and writes every document")
class DemoTest {

    @BeforeAll
    static void vera() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private static String run(Path out, String... extra) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of("--out", out.toString(), "--seed", "7"));
        args.addAll(List.of(extra));
        int status = Demo.run(args, new PrintStream(buffer, true, StandardCharsets.UTF_8), new PrintStream(errors, true, StandardCharsets.UTF_8));
        assertThat(status).as("demo failed: %s", errors.toString(StandardCharsets.UTF_8)).isZero();
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("R-6.2 R-4.3 R-4.5 R-5.3 R-5.5 two runs: a term, then the next term of the same school; documents validate as PDF/A and PDF/UA (#18)")
    void twoTerms(@TempDir Path out) throws Exception {
        String first = run(out, "--lang", "en");
        assertThat(first).contains("First term, from 2026-09-01", "journal: verified", "compliance check", "moved from the holiday 2026-11-10",
                "the seal was found broken (incident recorded)");
        Path folder = out.resolve("2026-2027-1");
        Path documents = folder.resolve("documents");
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(documents)) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertThat(pdfs).extracting(p -> p.getFileName().toString())
                .anyMatch(n -> n.startsWith("act-2026-001-ky")).anyMatch(n -> n.startsWith("act-2026-001-ru"))
                .anyMatch(n -> n.startsWith("journal-")).anyMatch(n -> n.startsWith("minutes-"))
                .anyMatch(n -> n.startsWith("report-2026-Q3")).anyMatch(n -> n.startsWith("notice-ky"))
                .anyMatch(n -> n.startsWith("answer-")).anyMatch(n -> n.startsWith("forwarded-"))
                // the forms sheets laid out beside the box, and the outcomes boards of the term's quarters
                .anyMatch(n -> n.equals("forms-batch-1-ky.pdf")).anyMatch(n -> n.equals("forms-batch-2-ru.pdf"))
                .anyMatch(n -> n.equals("board-2026-Q3-ky.pdf")).anyMatch(n -> n.equals("board-2026-Q4-ru.pdf"));
        assertThat(first).contains("A parent asks with the stub ", "The same stub with one character mistyped: not found");
        assertThat(documents.resolve("notice-ru.html")).exists();
        // every PDF of the run, against both profiles in one parse of each (#18); measured on a 2-core
        // machine, this test took 24.9 s validating PDF/A-2u alone and 25.9 s validating both
        PDFAValidator validator = Foundries.defaultInstance().createValidator(List.of(PDFAFlavour.PDFA_2_U, PDFAFlavour.PDFUA_1));
        for (Path pdf : pdfs) {
            try (InputStream in = Files.newInputStream(pdf); PDFAParser parser = Foundries.defaultInstance().createParser(in)) {
                List<ValidationResult> results = validator.validateAll(parser);
                assertThat(results).extracting(ValidationResult::getPDFAFlavour).as("%s validated", pdf.getFileName())
                        .containsExactlyInAnyOrder(PDFAFlavour.PDFA_2_U, PDFAFlavour.PDFUA_1);
                for (ValidationResult result : results) {
                    assertThat(result.isCompliant()).as("%s is %s", pdf.getFileName(), result.getPDFAFlavour()).isTrue();
                }
            }
        }
        List<Path> spreadsheets;
        try (Stream<Path> files = Files.list(documents)) {
            spreadsheets = files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        assertThat(spreadsheets).extracting(p -> p.getFileName().toString()).hasSize(2).allMatch(n -> n.startsWith("register-"));
        assertThat(pdfs).extracting(p -> p.getFileName().toString()).filteredOn(n -> n.startsWith("register-")).hasSize(2);
        indexOpensInABrowser(folder, pdfs.size() + spreadsheets.size());
        assertThat(first.strip()).as("the console ends with the path of the index")
                .endsWith("\n" + folder.toAbsolutePath().resolve("index.html"));
        assertThat(text(documents.resolve("act-2026-001-ru.pdf"))).contains("№ 1");
        assertThat(text(documents.resolve("act-2026-001-ky.pdf"))).contains("№ 1");

        DemoOptions options = new DemoOptions(out, DemoWords.KY, java.util.Optional.empty(), 7, false);
        try (JdbiStores stores = JdbiStores.h2(options.effectiveUrl(), kg.trustbox.keys.HostKeys.fromFile(options.keyFile()))) {
            TrustBoxOffice office = TrustBoxOffice.of(DemoSchool.school(), stores.stores(), Clock.systemUTC());
            assertThat(office.journal()).hasSize(SchoolTerm.WEEKS);
            assertThat(office.verifyJournal().isIntact()).isTrue();
            assertThat(office.appeals()).isNotEmpty();
            assertThat(office.protocols()).hasSize(3).allMatch(p -> p.isComplete());
            registerMatchesTheStore(office, pdfs, spreadsheets);
            boardsMatchTheStore(office, stores, documents);
        }

        String second = run(out, "--lang", "en");
        assertThat(second).contains("Next term, from 2027-01-05", "journal: verified, " + 2 * SchoolTerm.WEEKS + " entries");
        Path next = out.resolve("2026-2027-2");
        assertThat(second.strip()).endsWith("\n" + next.toAbsolutePath().resolve("index.html"));
        try (Stream<Path> files = Files.list(next.resolve("documents"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".pdf")).count()).as("the second term's documents, in a folder of their own")
                    .isPositive();
        }
        indexOpensInABrowser(next, (int) Files.list(next.resolve("documents")).count() - 2);
        assertThat(Files.list(documents).count()).as("the first run's documents are left as they were").isEqualTo(pdfs.size()
                + spreadsheets.size() + 2);
        assertThat(first).contains("records: verified", "anchor for the ministry: demo-61 ");
        assertThat(second).as("R-6.2 the second run verifies the records against the anchor the first handed over")
                .contains("agreeing with the anchor of the previous run");
    }

    /**
     * every appeal with a receipt decided in the term is on its quarter's board, in both
     * languages, under the mark of its stub, with the outcome published for it; the boards print no code.
     */
    private static void boardsMatchTheStore(TrustBoxOffice office, JdbiStores stores, Path documents) throws Exception {
        var receipts = stores.stores().receipts();
        var school = office.school().id();
        var key = receipts.key(school);
        java.util.Map<kg.trustbox.appeal.AppealId, String> outcomes = receipts.outcomes(school);
        assertThat(receipts.attached(school)).as("anonymous parents took forms").isNotEmpty();
        assertThat(outcomes).as("the commission published outcomes").isNotEmpty();
        for (var e : receipts.attached(school).entrySet()) {
            assertThat(office.tracking(e.getKey()).anonymous()).isTrue();
            var decided = stores.stores().appeals().find(school, e.getKey()).orElseThrow().decidedAt();
            if (decided.isEmpty()) {
                continue;
            }
            Quarter q = Quarter.of(office.school().local(decided.get()).toLocalDate());
            for (String lang : List.of("ky", "ru")) {
                String board = text(documents.resolve("board-" + q.year() + "-Q" + q.quarter() + "-" + lang + ".pdf"));
                assertThat(board).contains(key.boardMark(e.getValue()).grouped());
                if (outcomes.containsKey(e.getKey())) {
                    assertThat(board.replaceAll("\\s+", " ")).contains(outcomes.get(e.getKey()).replaceAll("\\s+", " "));
                }
            }
        }
    }

    /**
     * The register of the term, as PDF and as the ministry's spreadsheet: a row per appeal the store
     * holds as registered, in number order; the spreadsheet, read as the district's inspector, with
     * no name and no summary.
     */
    private static void registerMatchesTheStore(TrustBoxOffice office, List<Path> pdfs, List<Path> spreadsheets) throws Exception {
        List<String> stored = office.appeals().stream().flatMap(t -> t.number().stream()).sorted().map(Object::toString).toList();
        assertThat(stored).isNotEmpty();
        for (Path pdf : pdfs.stream().filter(p -> p.getFileName().toString().startsWith("register-")).toList()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b20\\d\\d-\\d{4}\\b").matcher(text(pdf));
            List<String> printed = new java.util.ArrayList<>();
            while (m.find()) {
                printed.add(m.group());
            }
            assertThat(printed).as(pdf.getFileName().toString()).containsExactlyElementsOf(stored);
        }
        org.apache.poi.ss.usermodel.DataFormatter shown = new org.apache.poi.ss.usermodel.DataFormatter(Locale.ROOT);
        for (Path file : spreadsheets) {
            kg.trustbox.school.Language language = file.toString().endsWith("-ky.xlsx") ? kg.trustbox.school.Language.KYRGYZ
                    : kg.trustbox.school.Language.RUSSIAN;
            kg.trustbox.document.Wording w = kg.trustbox.document.Wording.of(language);
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
                org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
                List<String> numbers = new java.util.ArrayList<>();
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                    numbers.add(shown.formatCellValue(row.getCell(0)));
                    assertThat(row.getCell(2).getStringCellValue()).as("from whom, row %d of %s", r, file.getFileName())
                            .isIn(w.text("register.anonymous"), w.text("register.withheld"),
                                    // an anonymous appeal written on a form says so, never its code
                                    w.text("register.anonymous") + ", " + w.text("register.receipt"));
                    assertThat(row.getCell(4).getStringCellValue()).isEqualTo(w.text("register.summary.withheld"));
                }
                assertThat(numbers).as(file.getFileName().toString()).containsExactlyElementsOf(stored);
            }
        }
    }

    /** The index as a browser shows it: a row per document, each link leading to a file that is there, titles in both languages. */
    private static void indexOpensInABrowser(Path out, int documents) throws Exception {
        try (org.htmlunit.WebClient browser = new org.htmlunit.WebClient()) {
            browser.getOptions().setJavaScriptEnabled(false);
            org.htmlunit.html.HtmlPage page = browser.getPage(out.resolve("index.html").toUri().toURL());
            assertThat(page.getTitleText()).contains("trustbox");
            List<org.htmlunit.html.HtmlAnchor> links = page.getAnchors();
            assertThat(links).hasSize(documents);
            for (org.htmlunit.html.HtmlAnchor link : links) {
                assertThat(out.resolve(link.getHrefAttribute())).as(link.getHrefAttribute()).isRegularFile();
                assertThat(link.getTextContent()).isNotBlank();
            }
            assertThat(page.asNormalizedText()).contains("Акт изъятия обращений граждан", "кайрылууларын алып коюу актысы", "Журнал учёта вскрытия",
                    "кыргызча", "русский").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        }
    }

    @Test
    @DisplayName("bad options give a clear message and a non-zero exit, not a stack trace")
    void badOptions() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(Demo.run(List.of("--lang", "fr"), o, e)).isEqualTo(2);
        assertThat(Demo.run(List.of("--seed", "x"), o, e)).isEqualTo(2);
        assertThat(Demo.run(List.of("--bogus"), o, e)).isEqualTo(2);
        assertThat(Demo.run(List.of("--jdbc-url", "mysql://x"), o, e)).isEqualTo(2);
        assertThat(Demo.run(List.of("--out"), o, e)).isEqualTo(2);
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("--lang takes ky, ru or en, not 'fr'", "--seed takes a whole number", "unknown option '--bogus'",
                "--out needs a value", "Usage:").doesNotContain("Exception", "\tat ");
        ByteArrayOutputStream help = new ByteArrayOutputStream();
        assertThat(Demo.run(List.of("--help"), new PrintStream(help, true, StandardCharsets.UTF_8), e)).isZero();
        assertThat(help.toString(StandardCharsets.UTF_8)).contains("--jdbc-url");
    }

    private static String text(Path pdf) throws IOException {
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                b.append(PdfTextExtractor.getTextFromPage(doc.getPage(i)));
            }
            return b.toString();
        }
    }
}
