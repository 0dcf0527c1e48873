package kg.trustbox.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kg.trustbox.access.Declaration;
import kg.trustbox.access.Official;
import kg.trustbox.access.Role;
import kg.trustbox.access.Subject;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.AppealTracking;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Channel;
import kg.trustbox.appeal.Decision;
import kg.trustbox.appeal.Forwarding;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.Paper;
import kg.trustbox.commission.Order;
import kg.trustbox.commission.PersonId;
import kg.trustbox.document.RegisterView;
import kg.trustbox.document.Wording;
import kg.trustbox.outcome.DocumentException;
import kg.trustbox.school.Language;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.testing.Harness;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The register as a spreadsheet, read back with POI: rows as the store holds them, typed cells, and no personal data without access. */
@DisplayName("R-4.4 R-1.5.1 R-6.1 the register of appeals as XLSX")
class XlsxRegisterTest {
    private static final XlsxRegister XLSX = XlsxRegister.create();
    private static final Official CHAIR = Official.of(Fixtures.CHAIR, Role.COMMISSION_MEMBER);
    private static final PersonId AUDITOR_ID = PersonId.of("aud");
    private static final Official AUDITOR = Official.of(AUDITOR_ID, Role.AUDITOR);
    private static final List<String> NAMES = List.of("Темиров Бакыт", "Бакиев Нурлан", "Кеңешов Алмаз", "Токтосунов Азамат");
    /** Every piece of personal data the term's appeals carry: names, the return address, the summaries. */
    private static final List<String> PERSONAL = List.of("Темиров", "Бакиев", "Кеңешов", "Токтосунов", "Ленин", "секрет");

    private Harness h;
    private List<AppealId> ids;

    /** Two weeks: signed, anonymous and a signed corruption report each week; the first appeal answered, the anonymous ones closed. */
    @BeforeEach
    void term() {
        h = Harness.inMemory().ready();
        ids = new ArrayList<>();
        for (int week = 0; week < 2; week++) {
            ids.addAll(h.openAndSeal(List.of(Paper.from(Fixtures.signed(NAMES.get(week))), Paper.from(Appellant.anonymous()),
                    Paper.from(Fixtures.signed(NAMES.get(week + 2))))).appeals());
            for (int i = ids.size() - 3; i < ids.size(); i++) {
                h.office.register(ids.get(i), RegistrationRequest.of(Fixtures.RESPONSIBLE,
                        i % 3 == 2 ? Category.CORRUPTION : Category.COMPLAINT, AppealLanguage.KYRGYZ, "секрет" + i)).orElseThrow();
            }
            h.nextTuesday();
        }
        h.office.assign(ids.get(0), Fixtures.RESPONSIBLE).orElseThrow();
        h.office.decide(ids.get(0), Decision.of(Verdict.JUSTIFIED, "чаралар")).orElseThrow();
        h.office.answer(ids.get(0), Channel.LETTER).orElseThrow();
        h.office.assign(ids.get(1), Fixtures.CHAIR).orElseThrow();
        h.office.forward(ids.get(1), new Forwarding("Райондук билим берүү бөлүмү", LocalDate.of(2026, 9, 9), "7/1")).orElseThrow();
        h.office.extend(ids.get(1), "текшерүү", LocalDate.of(2026, 9, 30)).orElseThrow();
        h.office.decide(ids.get(1), Decision.of(Verdict.NOT_JUSTIFIED, "")).orElseThrow();
        h.office.closeWithoutAnswer(ids.get(1)).orElseThrow();
        h.office.declare(new Declaration(AUDITOR_ID, Role.AUDITOR, new Order("50-к", LocalDate.of(2026, 8, 30)))).orElseThrow();
        h.clock.advance(Duration.ofDays(30));
    }

    @ParameterizedTest(name = "R-4.4 R-1.5.1 {0}: one typed row per registered appeal, as the store holds it, under a frozen, filtered header")
    @EnumSource(Language.class)
    void rowsMatchTheStore(Language l) throws IOException {
        RegisterView view = h.office.documents().register(2026, l, CHAIR).orElseThrow();
        byte[] xlsx = XLSX.write(view);
        keep(xlsx, "register-" + l.locale().getLanguage());
        Wording w = Wording.of(l);
        DataFormatter shown = new DataFormatter(java.util.Locale.ROOT);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo(w.text("register.sheet"));
            assertThat(book.getProperties().getCoreProperties().getTitle()).isEqualTo(w.text("register.title"));
            Row head = sheet.getRow(0);
            assertThat(head.getCell(0).getStringCellValue()).isEqualTo(w.text("register.col.number"));
            assertThat(head.getCell(2).getStringCellValue()).isEqualTo(w.text("register.col.from"));
            assertThat(head.getCell(12).getStringCellValue()).isEqualTo(w.text("register.col.channel"));
            assertThat(head.getLastCellNum()).isEqualTo((short) 13);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:M7");

            List<AppealTracking> stored = h.office.appeals().stream().filter(t -> t.number().isPresent())
                    .sorted(java.util.Comparator.comparing(t -> t.number().get())).toList();
            assertThat(sheet.getLastRowNum()).isEqualTo(stored.size());
            for (int i = 0; i < stored.size(); i++) {
                AppealTracking t = stored.get(i);
                Row row = sheet.getRow(i + 1);
                Cell number = row.getCell(0);
                assertThat(number.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(number.getNumericCellValue()).isEqualTo(t.number().get().year() * 10_000.0 + t.number().get().sequence());
                assertThat(shown.formatCellValue(number)).as(number.getCellStyle().getDataFormatString()).isEqualTo(t.number().get().toString());
                Cell registered = row.getCell(1);
                assertThat(DateUtil.isCellDateFormatted(registered)).isTrue();
                assertThat(registered.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(view.rows().get(i).registeredOn());
                assertThat(shown.formatCellValue(registered)).matches("\\d\\d\\.\\d\\d\\.2026");
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(w.text("category." + t.category().orElseThrow().name()));
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo("секрет" + ids.indexOf(t.id()));
                assertThat(row.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(view.rows().get(i).due());
            }
            // the authors, as the store holds them
            assertThat(column(sheet, 2)).containsExactly(NAMES.get(0), w.text("register.anonymous"), NAMES.get(2), NAMES.get(1),
                    w.text("register.anonymous"), NAMES.get(3));
            Row answered = sheet.getRow(1);
            assertThat(answered.getCell(9).getStringCellValue()).isEqualTo(w.text("register.verdict.JUSTIFIED"));
            assertThat(answered.getCell(10).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 9, 15));
            assertThat(answered.getCell(11).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 9, 15));
            assertThat(answered.getCell(12).getStringCellValue()).isEqualTo(w.text("register.channel.LETTER"));
            assertThat(answered.getCell(5).getStringCellValue()).isEqualTo("Бекмуратов Нурлан Үсөнович");
            Row closed = sheet.getRow(2);
            assertThat(closed.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 9, 30));
            assertThat(closed.getCell(8).getStringCellValue()).contains("Райондук билим берүү бөлүмү", "7/1", "09.09.2026");
            assertThat(closed.getCell(9).getStringCellValue()).isEqualTo(w.text("register.verdict.NOT_JUSTIFIED"));
            assertThat(closed.getCell(11).getCellType()).as("no answer, no date").isEqualTo(CellType.BLANK);
            assertThat(closed.getCell(12).getStringCellValue()).isEqualTo(w.text("register.closed.ANONYMOUS"));
            Row late = sheet.getRow(3);
            assertThat(late.getCell(7).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(late.getCell(9).getStringCellValue()).as("a month on, its term has run out").isEqualTo(w.text("register.overdue"));
            assertThat(late.getCell(10).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    @DisplayName("R-6.1 R-3.2 a declared auditor's spreadsheet holds no name and no summary, in its cells or anywhere in the file, and both reads are recorded")
    void noPersonalDataWithoutAccess() throws IOException {
        int before = h.office.accessLog().size();
        byte[] xlsx = XLSX.write(h.office.documents().register(2026, Language.RUSSIAN, AUDITOR).orElseThrow());
        keep(xlsx, "register-auditor-ru");

        assertThat(h.office.accessLog()).hasSize(before + 2);
        assertThat(h.office.accessLog().subList(before, before + 2)).extracting(r -> r.subject())
                .containsExactly(Subject.IDENTITY, Subject.CONTENT);
        assertThat(h.office.accessLog().get(before).withheld()).hasSize(4);
        assertThat(h.office.accessLog().get(before + 1).withheld()).hasSize(6);
        List<String> strings = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(6);
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            strings.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        Wording w = Wording.of(Language.RUSSIAN);
        assertThat(strings).contains(w.text("register.withheld"), w.text("register.summary.withheld"), w.text("register.anonymous"));
        for (String s : strings) {
            assertThat(s).doesNotContain(PERSONAL);
        }
        // the file itself: the zip as stored, and each of its entries unpacked
        String raw = new String(xlsx, StandardCharsets.ISO_8859_1);
        for (String p : PERSONAL) {
            assertThat(raw).doesNotContain(new String(p.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        }
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(e.getName());
                String content = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(content).as(e.getName()).doesNotContain(PERSONAL);
            }
        }
        assertThat(entries).contains("xl/worksheets/sheet1.xml", "docProps/core.xml");
        // and the same scan finds them when the reader may see them: the check is not vacuous
        byte[] chairs = XLSX.write(h.office.documents().register(2026, Language.RUSSIAN, CHAIR).orElseThrow());
        StringBuilder unpacked = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(chairs))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                unpacked.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(unpacked.toString()).contains("Темиров", "Кеңешов", "секрет0");
    }

    @Test
    @DisplayName("R-6.1 the director's spreadsheet withholds the corruption reporters (Law No. 19) and names the other signed authors")
    void directorSeesNoReporter() throws IOException {
        byte[] xlsx = XLSX.write(h.office.documents().register(2026, Language.KYRGYZ, Official.of(Fixtures.DIRECTOR, Role.DIRECTOR))
                .orElseThrow());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Wording w = Wording.of(Language.KYRGYZ);
            assertThat(column(book.getSheetAt(0), 2)).containsExactly(NAMES.get(0), w.text("register.anonymous"), w.text("register.withheld"),
                    NAMES.get(1), w.text("register.anonymous"), w.text("register.withheld"));
        }
    }

    @Test
    @DisplayName("R-6.2 an empty register is a header with its filter; a failing stream gives the library's exception, naming no data")
    void emptyAndFailing() throws IOException {
        RegisterView empty = h.office.documents().register(2027, Language.RUSSIAN, CHAIR).orElseThrow();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(XLSX.write(empty)))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isZero();
            assertThat(book.getSheetAt(0).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:M2");
        }
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        RegisterView full = h.office.documents().register(2026, Language.RUSSIAN, CHAIR).orElseThrow();
        assertThatThrownBy(() -> XLSX.write(full, broken)).isInstanceOf(DocumentException.class)
                .satisfies(e -> assertThat(((DocumentException) e).getLocalizedMessage(java.util.Locale.ENGLISH))
                        .contains("register").doesNotContain(PERSONAL));
        assertThatThrownBy(() -> XLSX.write(null, OutputStream.nullOutputStream())).isInstanceOf(NullPointerException.class);
    }

    private static List<String> column(Sheet sheet, int c) {
        List<String> values = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            values.add(sheet.getRow(r).getCell(c).getStringCellValue());
        }
        return values;
    }

    /** Keeps a copy as {@code target/documents/name.xlsx} for a look (not read by any test). */
    private static void keep(byte[] xlsx, String name) {
        try {
            Path out = Path.of("target", "documents");
            Files.createDirectories(out);
            Files.write(out.resolve(name + ".xlsx"), xlsx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
