package kg.trustbox.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import kg.trustbox.document.MinutesView;
import kg.trustbox.school.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-5.3 and R-5.4 the minutes of a commission meeting")
class MinutesTest {

    @Test
    @DisplayName("R-5.3 minutes in Kyrgyz: number, date, attendance, agenda, decisions and one signature line per member of the commission")
    void kyrgyzMinutes() {
        MinutesView view = SampleViews.minutes(Language.KYRGYZ);
        String text = Pdfs.flat(Pdfs.render(view));

        assertThat(text)
                .contains("Комиссиянын жыйналышынын протоколу № 1")
                .contains("2026-жылдын 3-сентябры")
                .contains("Катышкан мүчөлөр (4):")
                .contains("Катышпаган мүчөлөр (1): – " + SampleViews.PSYCHOLOGIST)
                .contains("Күн тартиби:")
                .contains("1. Комиссиянын төрагасын жана катчысын шайлоо.")
                .contains("2. «Ишеним кутусун» ачуунун графигин бекитүү.")
                .contains("Чечимдер:")
                .contains("3. Маалымат мектептин сайтына жана биринчи кабаттагы тактага илинсин.")
                .contains("Комиссиянын мүчөлөрүнүн колдору:")
                .contains("колу коюлду: 2026-жылдын 3-сентябры");
        WithdrawalActTest.assertSignatureLines(text, view.signatures().stream().map(MinutesView.Signature::signatory).toList(),
                "(колу)");
        assertThat(WithdrawalActTest.count(text, "колу коюлду:")).as("four of five have signed").isEqualTo(4);
    }

    @Test
    @DisplayName("R-5.4 minutes of the first meeting show the open vote: chair and secretary elected, votes for, voters")
    void election() {
        String ky = Pdfs.flat(Pdfs.render(SampleViews.minutes(Language.KYRGYZ)));
        String ru = Pdfs.flat(Pdfs.render(SampleViews.minutes(Language.RUSSIAN)));

        assertThat(ky)
                .contains("Комиссиянын төрагасын жана катчысын шайлоо (ачык добуш берүү):")
                .contains("Комиссиянын төрагасы " + SampleViews.CHAIR + " 4 4")
                .contains("Комиссиянын катчысы " + SampleViews.SECRETARY + " 3 4");
        assertThat(ru)
                .contains("Протокол заседания комиссии № 1")
                .contains("«3» сентября 2026 г.")
                .contains("Выборы председателя и секретаря комиссии (открытое голосование):")
                .contains("Председатель комиссии " + SampleViews.CHAIR + " 4 4")
                .contains("Секретарь комиссии " + SampleViews.SECRETARY + " 3 4")
                .contains("Решили:")
                .contains("Отсутствовали (1):");
    }

    @Test
    @DisplayName("R-5.3 minutes without an election, absentees or decisions say so")
    void ordinaryMeeting() {
        MinutesView first = SampleViews.minutes(Language.RUSSIAN);
        MinutesView view = new MinutesView(Language.RUSSIAN, first.school(), 4, first.date(), SampleViews.MEMBERS, List.of(),
                List.of("Обсуждение аналитического отчёта за III квартал 2026 г."), List.of(), Optional.empty(),
                first.signatures());

        String text = Pdfs.flat(Pdfs.render(view));

        assertThat(text).contains("Протокол заседания комиссии № 4", "Отсутствующих нет.", "Решений не принято.")
                .doesNotContain("открытое голосование");
        assertThat(WithdrawalActTest.count(text, "(подпись)")).isEqualTo(5);
    }
}
