package kg.trustbox.pdf;

import static kg.trustbox.pdf.SampleViews.ACT_NUMBER;
import static kg.trustbox.pdf.SampleViews.OPENED;
import static kg.trustbox.pdf.SampleViews.SEAL_FOUND;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kg.trustbox.document.Signatory;
import kg.trustbox.document.WithdrawalActView;
import kg.trustbox.school.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-4.3 the withdrawal act (Appendix 2)")
class WithdrawalActTest {

    @Test
    @DisplayName("R-4.3 withdrawal act in Kyrgyz: number, date, time, findings, the appeals and a signature line per member present")
    void kyrgyzAct() {
        WithdrawalActView view = SampleViews.act(Language.KYRGYZ);
        String text = Pdfs.flat(Pdfs.render(view));

        assertThat(text)
                .contains("«Ишеним кутусунан» жарандардын кайрылууларын алып коюу актысы № 17")
                .contains("2026-жылдын 24-ноябры")
                .contains("«Ишеним кутусунун» иштөө тартиби жөнүндө жобого ылайык 2026-жылдын 24-ноябры, саат 12:05, "
                        + "жарандардын кайрылуулары үчүн «Ишеним кутусу» ачылды.")
                .contains("Кутучанын жайгашкан жери: биринчи кабаттагы кире бериштин жанындагы фойе.")
                .contains("кутуча механикалык бузулган эмес;")
                .contains("№ ЖА-0416 пломба бүтүн, механикалык бузулган эмес;")
                .contains("дал келет")
                .contains("кутучада кайрылуулар бар, саны: 5.")
                .contains("Кайрылуу ким тарабынан", "Кайтарым дареги", "Эскертүү")
                .contains(SampleViews.SIGNED_NAME, SampleViews.PHONE_NAME, SampleViews.REPORTER_NAME)
                .contains(SampleViews.PHONE, SampleViews.REPORTER_EMAIL)
                .contains("баланын укуктары", "Ленин");
        assertSignatureLines(text, view.present(), "(колу)");
        assertThat(count(text, "анонимдүү")).as("two anonymous lines, and their notes").isGreaterThanOrEqualTo(2);
    }

    @Test
    @DisplayName("R-4.3 withdrawal act in Russian: «24» ноября 2026 г., в 12 ч 05 мин, the table and the signatures")
    void russianAct() {
        WithdrawalActView view = SampleViews.act(Language.RUSSIAN);
        String text = Pdfs.flat(Pdfs.render(view));

        assertThat(text)
                .contains("Акт изъятия обращений граждан из «Ящика доверия» № 17")
                .contains("В соответствии с Положением о порядке работы «Ящика доверия» «24» ноября 2026 г. в 12 ч 05 мин "
                        + "вскрыт «Ящик доверия» для обращений граждан.")
                .contains("Место установки ящика: фойе первого этажа у входа.")
                .contains("механических повреждений ящика нет;")
                .contains("пломба № ЖА-0416 цела, механических повреждений нет;")
                .contains("в ящике обнаружены обращения, количество: 5.")
                .contains("От кого поступило обращение", "Обратный адрес", "Примечание")
                .contains(SampleViews.SIGNED_NAME, "ул. Ленина")
                .contains("анонимно");
        assertSignatureLines(text, view.present(), "(подпись)");
    }

    @Test
    @DisplayName("R-4.3 an act drawn up on a deviation day names the deviation and its reason, in both languages; others say nothing of it")
    void actOnADeviationDay() {
        WithdrawalActView ok = SampleViews.act(Language.KYRGYZ);
        WithdrawalActView ky = new WithdrawalActView(Language.KYRGYZ, ok.school(), 2026, ACT_NUMBER, OPENED, false, true,
                SEAL_FOUND, SEAL_FOUND, ok.lines(), ok.present(), java.util.Optional.of("10-ноябрь майрам күнү"));
        WithdrawalActView ru = new WithdrawalActView(Language.RUSSIAN, SampleViews.school(Language.RUSSIAN), 2026, ACT_NUMBER, OPENED,
                false, true, SEAL_FOUND, SEAL_FOUND, ok.lines(), SampleViews.commission(Language.RUSSIAN),
                java.util.Optional.of("10 ноября праздничный день"));
        assertThat(Pdfs.flat(Pdfs.render(ky))).contains("графиктен четтөө менен ачылды", "Себеби: 10-ноябрь майрам күнү.");
        assertThat(Pdfs.flat(Pdfs.render(ru))).contains("с отклонением от графика", "Причина: 10 ноября праздничный день.");
        // a reason written as a sentence keeps its own full stop
        WithdrawalActView stop = new WithdrawalActView(Language.RUSSIAN, ru.school(), 2026, ACT_NUMBER, OPENED, false, true,
                SEAL_FOUND, SEAL_FOUND, ok.lines(), ru.present(), java.util.Optional.of("Праздничный день. "));
        assertThat(Pdfs.flat(Pdfs.render(stop))).contains("Причина: Праздничный день. ").doesNotContain("день..");
        assertThat(Pdfs.flat(Pdfs.render(ok))).doesNotContain("четтөө");
    }

    @Test
    @DisplayName("R-4.3 withdrawal act states a damaged box, a broken seal and a seal that is not the one applied last time")
    void actWithIncidents() {
        WithdrawalActView ok = SampleViews.act(Language.KYRGYZ);
        WithdrawalActView view = new WithdrawalActView(Language.KYRGYZ, ok.school(), 2026, ACT_NUMBER, OPENED, true, false,
                SEAL_FOUND, "ЖА-0415", ok.lines(), ok.present());
        WithdrawalActView ru = new WithdrawalActView(Language.RUSSIAN, SampleViews.school(Language.RUSSIAN), 2026,
                ACT_NUMBER, OPENED, true, false, SEAL_FOUND, "ЖА-0415", ok.lines(), SampleViews.commission(Language.RUSSIAN));

        assertThat(Pdfs.flat(Pdfs.render(view)))
                .contains("кутуча механикалык бузулган;")
                .contains("№ ЖА-0416 пломба бузулган;")
                .contains("пломбанын номери дал келбейт: акыркы жолу № ЖА-0415 пломба коюлган;")
                .doesNotContain("бузулган эмес");
        assertThat(Pdfs.flat(Pdfs.render(ru)))
                .contains("ящик имеет механические повреждения;")
                .contains("пломба № ЖА-0416 нарушена;")
                .contains("номер пломбы не совпадает: при последнем опломбировании установлена пломба № ЖА-0415;");
    }

    @Test
    @DisplayName("R-4.3 withdrawal act of an empty box says so and has no table")
    void emptyBox() {
        WithdrawalActView view = SampleViews.act(Language.KYRGYZ, SampleViews.school(Language.KYRGYZ), List.of());

        String text = Pdfs.flat(Pdfs.render(view));

        assertThat(text).contains("кутучада кайрылуулар жок.").doesNotContain("Кайтарым дареги");
        assertThat(Pdfs.pdfaFailures(Pdfs.render(view))).isEmpty();
    }

    @Test
    @DisplayName("R-4.3 a 300-appeal withdrawal act paginates with the table header on every page of the table")
    void threeHundredAppeals() {
        WithdrawalActView view = SampleViews.bigAct(Language.KYRGYZ, 300);
        byte[] pdf = Pdfs.render(view, "WithdrawalAct-300-ky");

        List<String> pages = Pdfs.pages(pdf);

        assertThat(pages.size()).isGreaterThanOrEqualTo(6);
        String first = pages.get(0);
        String last = pages.get(pages.size() - 1);
        int firstRow = 1;
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            assertThat(page).as("page %d names the act", i + 1).contains("Бет " + (i + 1) + " / " + pages.size());
            if (page.contains("кайрылуу № ")) {
                assertThat(page).as("page %d repeats the table header", i + 1)
                        .contains("Кайтарым дареги").contains("Эскертүү").contains("Кайрылуу ким тарабынан");
            }
        }
        assertThat(first).contains("кайрылуу № 1").contains("кутучада кайрылуулар бар, саны: 300.");
        String all = Pdfs.flat(pdf);
        for (int n = firstRow; n <= 300; n++) {
            assertThat(all).contains("кайрылуу № " + n + " ");
        }
        assertThat(last).contains("(колу)");
        assertThat(Pdfs.pdfaFailures(pdf)).isEmpty();
    }

    static void assertSignatureLines(String text, List<Signatory> signatories, String caption) {
        for (Signatory s : signatories) {
            assertThat(text).contains(s.fullName()).contains(s.position());
        }
        assertThat(count(text, caption)).as("one signature line per member present").isEqualTo(signatories.size());
    }

    static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            count++;
        }
        return count;
    }

    @Test
    @DisplayName("R-6.1 R-3.2 a line withheld from the reader says so, in both languages, and shows no name or address")
    void withheldLine() {
        for (Language l : Language.values()) {
            List<WithdrawalActView.Line> lines = List.of(
                    new WithdrawalActView.Line(1, java.util.Optional.empty(), java.util.Optional.empty(), "", true),
                    new WithdrawalActView.Line(2, java.util.Optional.empty(), java.util.Optional.empty(), "", false));
            String text = Pdfs.flat(Pdfs.render(SampleViews.act(l, SampleViews.school(l), lines)));
            assertThat(text).contains(l == Language.KYRGYZ ? "маалымат жашырылган" : "сведения скрыты")
                    .contains(l == Language.KYRGYZ ? "анонимдүү" : "анонимно");
        }
    }
}
