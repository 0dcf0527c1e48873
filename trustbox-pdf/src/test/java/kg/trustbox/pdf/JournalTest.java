package kg.trustbox.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kg.trustbox.document.JournalView;
import kg.trustbox.school.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-4.5 the opening journal")
class JournalTest {

    @Test
    @DisplayName("R-4.5 journal extract in Kyrgyz: one row per opening with seal found and its state, appeals, act, new seal, those present, deviations")
    void kyrgyzJournal() {
        String text = Pdfs.flat(Pdfs.render(SampleViews.journal(Language.KYRGYZ)));

        // table cells wrap, and extraction reads a table line by line across cells: check what fits a line
        assertThat(text)
                .contains("«Ишеним кутусун» ачууну эсепке алуу журналы")
                .contains("Мезгил: 2026-жылдын 1-ноябры — 2026-жылдын 30-ноябры")
                .contains("Мезгил ичиндеги ачуулар: 4.")
                .contains("Журналдын бүтүндүгү текшерилди")
                .contains("чынжыр бүтүн, жазуулар өзгөртүлгөн эмес.")
                .contains("Табылган", "Жаңы", "Катышкандар", "Четтөөлөр жана окуялар")
                .contains("3-ноябры", "11-ноябры", "17-ноябры", "24-ноябры", "саат 12:00", "саат 12:10", "саат 12:05")
                .contains("ЖА-0413", "ЖА-0414", "ЖА-0415", "ЖА-0416", "ЖА-0417")
                .contains("бүтүн", "бузулган", "пломба бузулган")
                .contains(" 16 ", " 17 ")
                .contains("графиктен четтөө:", "шаршембиге жылдырылды")
                .contains(SampleViews.CHAIR, SampleViews.SECRETARY, SampleViews.RESPONSIBLE, SampleViews.PARENT)
                .doesNotContain(SampleViews.PSYCHOLOGIST);
    }

    @Test
    @DisplayName("R-4.5 journal extract in Russian with the dates and times written as Russian documents write them")
    void russianJournal() {
        String text = Pdfs.flat(Pdfs.render(SampleViews.journal(Language.RUSSIAN)));

        assertThat(text)
                .contains("Журнал учёта вскрытия «Ящика доверия»")
                .contains("Выписка из журнала за период с «1» ноября 2026 г. по «30» ноября 2026 г.")
                .contains("«24» ноября", "в 12 ч 05 мин")
                .contains("нарушена", "пломба нарушена")
                .contains("отклонение от", "районном семинаре")
                .contains("Целостность журнала проверена");
    }

    @Test
    @DisplayName("R-4.5 journal extract states where the hash chain breaks")
    void brokenChain() {
        assertThat(Pdfs.flat(Pdfs.render(SampleViews.brokenJournal(Language.KYRGYZ))))
                .contains("Журналдын бүтүндүгү бузулган: текшерүү суммаларынын чынжыры № 43 жазуудан баштап дал келбейт.")
                .doesNotContain("чынжыр бүтүн");
        assertThat(Pdfs.flat(Pdfs.render(SampleViews.brokenJournal(Language.RUSSIAN))))
                .contains("Целостность журнала нарушена: цепочка контрольных сумм не сходится начиная с записи № 43.");
    }

    @Test
    @DisplayName("R-4.5 journal extract of a period without openings")
    void emptyPeriod() {
        JournalView view = new JournalView(Language.RUSSIAN, SampleViews.school(Language.RUSSIAN), LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 7, 31), List.of(), true, Optional.empty(), SampleViews.commission(Language.RUSSIAN).get(1),
                SampleViews.ISSUED);

        byte[] pdf = Pdfs.render(view);

        assertThat(Pdfs.flat(pdf)).contains("За период ящик не вскрывался.").doesNotContain("Новая пломба");
        assertThat(Pdfs.pdfaFailures(pdf)).isEmpty();
    }

    @Test
    @DisplayName("R-4.5 a year of openings paginates with the journal's header on every page")
    void yearOfOpenings() {
        List<JournalView.Row> rows = new ArrayList<>();
        LocalDateTime tuesday = LocalDateTime.of(2026, 1, 6, 12, 0);
        for (int week = 0; week < 52; week++) {
            rows.add(new JournalView.Row(week + 1, tuesday.plusWeeks(week), "ЖА-" + (100 + week), Set.of(), week % 3,
                    week % 3 == 0 ? Optional.empty() : Optional.of(week), "ЖА-" + (101 + week),
                    List.of(SampleViews.CHAIR, SampleViews.SECRETARY, SampleViews.PARENT), Optional.empty()));
        }
        JournalView view = new JournalView(Language.KYRGYZ, SampleViews.school(Language.KYRGYZ), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), rows, true, Optional.empty(), SampleViews.commission(Language.KYRGYZ).get(1),
                LocalDate.of(2027, 1, 5));

        byte[] pdf = Pdfs.render(view, "Journal-year-ky");
        List<String> pages = Pdfs.pages(pdf);

        assertThat(pages.size()).isGreaterThan(3);
        for (String page : pages) {
            assertThat(page).contains("Жаңы").contains("Катышкандар");
        }
        assertThat(pages.get(pages.size() - 1)).contains("29-декабры").contains("ЖА-151");
    }

    @Test
    @DisplayName("R-4.5 journal extract in Russian ends with «Выписка верна», the secretary's signature and the day issued, with its last row")
    void russianCertification() {
        JournalView view = SampleViews.journal(Language.RUSSIAN);
        byte[] pdf = Pdfs.render(view, "Journal-certified-ru");
        List<String> pages = Pdfs.pages(pdf);
        String last = pages.get(pages.size() - 1).replaceAll("\\s+", " ");

        assertThat(last).containsSubsequence("ЖА-0417", "Выписка верна.", "Секретарь комиссии, учитель", SampleViews.SECRETARY,
                "(подпись)", "«1» декабря 2026 г.");
        assertThat(WithdrawalActTest.count(Pdfs.text(pdf), "(подпись)")).isEqualTo(1);
        assertThat(WithdrawalActTest.count(Pdfs.text(pdf), "Выписка верна.")).isEqualTo(1);
        assertThat(Pdfs.pdfaFailures(pdf)).isEmpty();
    }

    @Test
    @DisplayName("R-4.5 journal extract in Kyrgyz ends with «Көчүрмө туура», the secretary's signature and the day issued, with its last row")
    void kyrgyzCertification() {
        byte[] pdf = Pdfs.render(SampleViews.journal(Language.KYRGYZ), "Journal-certified-ky");
        List<String> pages = Pdfs.pages(pdf);
        String last = pages.get(pages.size() - 1).replaceAll("\\s+", " ");

        assertThat(last).containsSubsequence("ЖА-0417", "Көчүрмө туура.", "Комиссиянын катчысы, мугалим", SampleViews.SECRETARY,
                "(колу)", "2026-жылдын 1-декабры");
        assertThat(WithdrawalActTest.count(Pdfs.text(pdf), "(колу)")).isEqualTo(1);
        assertThat(Pdfs.pdfaFailures(pdf)).isEmpty();
    }

    @Test
    @DisplayName("R-4.5 an extract of a period without openings is certified and signed too")
    void emptyPeriodCertified() {
        JournalView view = new JournalView(Language.KYRGYZ, SampleViews.school(Language.KYRGYZ), LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 7, 31), List.of(), true, Optional.empty(), new kg.trustbox.document.Signatory("", ""),
                SampleViews.ISSUED);

        List<String> pages = Pdfs.pages(Pdfs.render(view));

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).replaceAll("\\s+", " "))
                .containsSubsequence("Мезгил ичинде кутуча ачылган эмес.", "Көчүрмө туура.", "(колу)", "2026-жылдын 1-декабры");
    }
}
