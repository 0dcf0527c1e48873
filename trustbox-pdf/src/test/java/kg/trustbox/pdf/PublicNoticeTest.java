package kg.trustbox.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import kg.trustbox.document.PublicNoticeView;
import kg.trustbox.document.SchoolHeader;
import kg.trustbox.document.Signatory;
import kg.trustbox.school.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-4.1 and R-4.2 the public notice, printed and as a web page")
class PublicNoticeTest {

    @Test
    @DisplayName("R-4.1 public notice in Kyrgyz: where the box is, hours (R-4.2), opening schedule, how to appeal anonymously, what happens next")
    void kyrgyzNotice() {
        byte[] pdf = Pdfs.render(SampleViews.notice(Language.KYRGYZ));
        String text = Pdfs.flat(pdf);

        assertThat(Pdfs.pages(pdf)).as("one page, for the wall").hasSize(1);
        assertThat(text)
                .contains("«Ишеним кутусу» жөнүндө маалымат")
                .contains("Кутуча кайда турат Биринчи кабаттагы кире бериштин жанындагы фойе")
                .contains("Иш күндөрү, саат 8:00 – 17:00.")
                .contains("Кутучаны ар бир шейшембиде, саат 12:00, «Ишеним кутусун» ачуу боюнча комиссия ачат.")
                .contains("Анонимдүү кайрылуу үчүн атыңызды, дарегиңизди жана телефонуңузду жазбаңыз")
                .contains("Кайрылуулар катталат жана 14 календардык күндүн ичинде каралат.")
                .contains("Анонимдүү кайрылуулар да каралат, бирок аларга жооп жөнөтүлбөйт.")
                .contains("Жооптуу адам, социалдык педагог — " + SampleViews.RESPONSIBLE);
    }

    @Test
    @DisplayName("R-3.2 R-4.1 the notice explains receipts, on its one page, once the school lays out forms; not before")
    void receipts() {
        for (Language l : Language.values()) {
            PublicNoticeView v = SampleViews.notice(l);
            PublicNoticeView without = new PublicNoticeView(l, v.school(), v.accessFrom(), v.accessTo(), v.openingDay(), v.openingTime(),
                    v.considerationDays(), v.considerationWorkingDays(), v.contact());
            byte[] pdf = Pdfs.render(v);
            String heading = l == Language.KYRGYZ ? "Анонимдүү кайрылуунун жыйынтыгын кантип билсе болот" : "Как узнать итог анонимного обращения";
            assertThat(Pdfs.pages(pdf)).hasSize(1);
            assertThat(Pdfs.flat(pdf)).contains(heading)
                    .contains(l == Language.KYRGYZ ? "Айрылма бөлүктү эч кимге көрсөтпөңүз." : "Никому не показывайте корешок.");
            assertThat(Pdfs.flat(Pdfs.render(without))).doesNotContain(heading);
            assertThat(kg.trustbox.document.PublicNoticeHtml.render(v)).contains(heading);
        }
    }

    @Test
    @DisplayName("R-4.1 public notice in Russian, with the consideration term in working days declined correctly")
    void russianNotice() {
        PublicNoticeView view = SampleViews.notice(Language.RUSSIAN);
        PublicNoticeView working = new PublicNoticeView(Language.RUSSIAN, view.school(), LocalTime.of(8, 30),
                LocalTime.of(16, 45), DayOfWeek.WEDNESDAY, LocalTime.of(11, 0), 21, true, view.contact());

        assertThat(Pdfs.flat(Pdfs.render(view)))
                .contains("Информация о «Ящике доверия»")
                .contains("Где находится ящик Фойе первого этажа у входа")
                .contains("В рабочие дни с 8:00 до 17:00.")
                .contains("Ящик вскрывает комиссия по вскрытию «Ящика доверия» каждый вторник в 12:00.")
                .contains("Чтобы обратиться анонимно, не указывайте имя, адрес и телефон")
                .contains("рассматриваются в течение 14 календарных дней.");
        assertThat(Pdfs.flat(Pdfs.render(working)))
                .contains("В рабочие дни с 8:30 до 16:45.")
                .contains("каждую среду в 11:00")
                .contains("в течение 21 рабочего дня.");
    }

    @Test
    @DisplayName("R-4.1 the printed notice stays valid PDF/A with markup and control characters in the school's data")
    void hostileSchoolData() {
        PublicNoticeView view = SampleViews.notice(Language.RUSSIAN);
        PublicNoticeView hostile = new PublicNoticeView(Language.RUSSIAN,
                new SchoolHeader("Школа <script>alert('x')</script> & \"друзья\"", "фойе\u0000 <b>у входа</b>\u202E"),
                view.accessFrom(), view.accessTo(), view.openingDay(), view.openingTime(), 14, false,
                new Signatory("Ответственное лицо", "Иванова <img src=x onerror=alert(1)>"));

        assertThat(Pdfs.pdfaFailures(Pdfs.render(hostile))).isEmpty();
        assertThat(Pdfs.text(Pdfs.render(hostile))).doesNotContain("\u0000", "\u202E");
    }
}
