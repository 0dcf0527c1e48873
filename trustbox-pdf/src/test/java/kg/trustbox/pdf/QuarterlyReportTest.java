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
}
