package kg.trustbox.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import kg.trustbox.document.QuarterlyReportView;
import kg.trustbox.report.Figures;
import kg.trustbox.school.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-5.5 the quarterly analytical report")
class QuarterlyReportTest {

    @Test
    @DisplayName("R-5.5 quarterly report in Kyrgyz: title with the quarter, this quarter beside the previous, every category and verdict")
    void kyrgyzReport() {
        String text = Pdfs.flat(Pdfs.render(SampleViews.report(Language.KYRGYZ)));

        assertThat(text)
                .contains("«Ишеним кутусу» аркылуу келип түшкөн кайрылуулар боюнча аналитикалык отчет, 2026-жылдын III чейреги")
                .contains("2026-жылдын 5-октябры")
                .contains("Бардыгы келип түштү 15 11 +4")
                .contains("анонимдүү 6 4 +2")
                .contains("Баланын укуктары 4 2 +2", "Коррупция 2 0 +2", "Сунуш 3 4 -1", "Даттануу 5 3 +2", "Башка 1 2 -1")
                .contains("Негиздүү 5 3 +2", "Жарым-жартылай негиздүү 2 1 +1", "Негизсиз 4 5 -1", "Каралбай калтырылды 1 0 +1")
                .contains("6,5 7 -0,5")
                .contains("Райондук билим берүү бөлүмү 2 0 +2")
                .contains("Ачуулар өткөрүлдү 13 12 +1")
                .contains("ашкана 4 3 +1", "мектеп формасы 2 0 +2")
                .contains("Ашкананын иши боюнча кайрылуулар үчүнчү чейрек катары менен кайталанууда")
                .contains("Отчетто жеке маалыматтар жок")
                .contains(SampleViews.RESPONSIBLE, "(колу)");
    }

    @Test
    @DisplayName("R-5.5 quarterly report in Russian names the quarters as Russian documents do")
    void russianReport() {
        String text = Pdfs.flat(Pdfs.render(SampleViews.report(Language.RUSSIAN)));

        assertThat(text)
                .contains("Аналитический отчёт по обращениям, поступившим через «Ящик доверия», за III квартал 2026 г.")
                .contains("«5» октября 2026 г.")
                .contains("III кв. 2026 г.", "II кв. 2026 г.")
                .contains("Права ребёнка 4 2 +2", "Иное 1 2 -1")
                .contains("Всего поступило 15 11 +4")
                .contains("Медиана дней от регистрации до решения 6,5 7 -0,5");
    }

    @Test
    @DisplayName("R-5.5 quarterly report draws the chart of appeals by category, this quarter beside the previous, as vector graphics")
    void chart() throws IOException {
        byte[] pdf = Pdfs.render(SampleViews.report(Language.KYRGYZ));

        assertThat(Pdfs.flat(pdf)).contains("Категориялар боюнча кайрылуулар: 2026-ж. III чейреги жана 2026-ж. II чейреги");
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            int charts = 0;
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                PdfDictionary xobjects = doc.getPage(i).getResources().getResource(PdfName.XObject);
                if (xobjects == null) {
                    continue;
                }
                for (PdfName name : xobjects.keySet()) {
                    PdfStream xobject = xobjects.getAsStream(name);
                    if (PdfName.Form.equals(xobject.getAsName(PdfName.Subtype))) {
                        String content = new String(xobject.getBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                        // every page also has a small form of text only: its "page n of m"
                        if (content.contains(" re")) {
                            charts++;
                            assertThat(content).as("filled bars").contains("f");
                        } else {
                            assertThat(content).as("a page's \"page n of m\"").contains("BT");
                        }
                    }
                }
            }
            assertThat(charts).as("the chart").isEqualTo(1);
        }
    }

    @Test
    @DisplayName("R-5.5 the first quarter is compared with the fourth quarter of the year before")
    void firstQuarter() {
        QuarterlyReportView q3 = SampleViews.report(Language.RUSSIAN);
        QuarterlyReportView q1 = new QuarterlyReportView(Language.RUSSIAN, q3.school(), 2027, 1, q3.current(), q3.previous(),
                "", q3.preparedBy(), java.time.LocalDate.of(2027, 4, 3));

        assertThat(Pdfs.flat(Pdfs.render(q1))).contains("за I квартал 2027 г.", "I кв. 2027 г.", "IV кв. 2026 г.");
    }

    @Test
    @DisplayName("R-5.5 Law No. 67 the report lists the overdue appeals prominently, by registration number and due date, in Kyrgyz")
    void overdueAppealsInKyrgyz() {
        byte[] pdf = Pdfs.render(SampleViews.report(Language.KYRGYZ), "QuarterlyReport-overdue-ky");
        String first = Pdfs.pages(pdf).get(0).replaceAll("\\s+", " ");
        String text = Pdfs.flat(pdf);

        // the warning comes first, under the title, before any section
        assertThat(first).contains("Көңүл буруңуз! Чейректин аягында мөөнөтү өтүп, чечилбей калган кайрылуулар: 2 "
                + "(№ 2026-0031, № 2026-0038). Алардын тизмеси 3-бөлүмдө.");
        assertThat(first.indexOf("Көңүл буруңуз!")).isLessThan(first.indexOf("1. Келип түшкөн кайрылуулар"));
        // the list, in section 3 after its table: number, registered, category, due date, days past it on 30 September
        int list = text.indexOf("Мөөнөтү өтүп, чейректин аягында чечилбей калган кайрылуулар");
        assertThat(list).isGreaterThan(text.indexOf("3. Кароонун жыйынтыктары"))
                .isLessThan(text.indexOf("4. Кароого жөнөтүлгөн кайрылуулар"));
        String table = text.substring(list, text.indexOf("4. Кароого жөнөтүлгөн кайрылуулар"));
        assertThat(table).contains("Каттоо", "Катталган күнү", "Кароо мөөнөтү")
                // a row's cells wrap, and extraction reads the row's first lines before its second
                .containsSubsequence("1 2026-0031", "Даттануу", "14", "27-августу", "16-сентябры",
                        "2 2026-0038", "Баланын", "7", "3-сентябры", "укуктары", "23-сентябры");
        assertThat(text).doesNotContain("кайрылуулар жок.");
        assertThat(Pdfs.pdfaFailures(pdf)).isEmpty();
    }

    @Test
    @DisplayName("R-5.5 Law No. 67 the report lists the overdue appeals prominently, by registration number and due date, in Russian")
    void overdueAppealsInRussian() {
        byte[] pdf = Pdfs.render(SampleViews.report(Language.RUSSIAN), "QuarterlyReport-overdue-ru");
        String first = Pdfs.pages(pdf).get(0).replaceAll("\\s+", " ");
        String text = Pdfs.flat(pdf);

        assertThat(first).contains("Внимание! На конец квартала не решено в установленный срок обращений: 2 "
                + "(№ 2026-0031, № 2026-0038). Их перечень приведён в разделе 3.");
        int list = text.indexOf("Обращения, не решённые в установленный срок на конец квартала");
        assertThat(list).isGreaterThan(text.indexOf("3. Результаты рассмотрения"));
        String table = text.substring(list, text.indexOf("4. Обращения, направленные на рассмотрение"));
        assertThat(table).contains("№ п/п", "Регистрационный", "Дата регистрации", "Срок рассмотрения", "Дней")
                .containsSubsequence("1 2026-0031", "«27» августа", "Жалоба", "«16» сентября", "14",
                        "2 2026-0038", "«3» сентября", "Права ребёнка", "«23» сентября", "7");
        assertThat(Pdfs.pdfaFailures(pdf)).isEmpty();
    }

    @Test
    @DisplayName("R-5.5 a report without overdue appeals says so, with no warning")
    void noOverdueAppeals() {
        QuarterlyReportView q = SampleViews.report(Language.RUSSIAN);
        Figures none = new Figures(q.current().received(), q.current().byCategory(), q.current().signed(), q.current().anonymous(),
                q.current().kyrgyz(), q.current().russian(), q.current().otherLanguage(), q.current().byVerdict(),
                q.current().forwardedTo(), q.current().decidedOnTime(), q.current().decidedLate(), 0,
                q.current().daysToDecision(), q.current().openings(), q.current().deviations(), q.current().missedTuesdays(),
                q.current().incidents(), q.current().tags());
        QuarterlyReportView clean = new QuarterlyReportView(Language.RUSSIAN, q.school(), q.year(), q.quarter(), none, q.previous(),
                q.recurringProblems(), q.preparedBy(), q.preparedOn());
        QuarterlyReportView withoutList = new QuarterlyReportView(Language.RUSSIAN, q.school(), q.year(), q.quarter(), q.current(),
                q.previous(), q.recurringProblems(), q.preparedBy(), q.preparedOn());

        assertThat(Pdfs.flat(Pdfs.render(clean)))
                .contains("Обращений, не решённых в установленный срок на конец квартала, нет.")
                .doesNotContain("Внимание!", "Регистрационный номер");
        assertThat(Pdfs.flat(Pdfs.render(withoutList))).as("a count without its list claims neither none nor a list")
                .contains("Просрочено и не решено на конец квартала 2 0 +2")
                .doesNotContain("Внимание!", "Регистрационный номер", ", нет.");
    }
}
