package kg.trustbox.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import kg.trustbox.appeal.Verdict;
import kg.trustbox.document.AnswerLetterView;
import kg.trustbox.school.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("R-1.5.2 the answer letter to a signed appellant, in the appeal's language")
class AnswerLetterTest {

    @Test
    @DisplayName("R-1.5.2 answer letter in Kyrgyz: addressee, date, registration number and date, verdict, measures, right of appeal, signature")
    void kyrgyzLetter() {
        String text = Pdfs.flat(Pdfs.render(SampleViews.letter(Language.KYRGYZ)));

        assertThat(text)
                .contains("Кимге: " + SampleViews.SIGNED_NAME + " " + SampleViews.SIGNED_ADDRESS_KY)
                .contains("2026-жылдын 4-декабры № 2026-0017 кайрылууга")
                .contains("Кайрылууңузга жооп")
                .contains("Урматтуу " + SampleViews.SIGNED_NAME + "!")
                .contains("Сиздин № 2026-0017 кайрылууңуз (катталган күнү: 2026-жылдын 25-ноябры)")
                .contains("Кыргыз Республикасынын «Жарандардын кайрылууларын кароонун тартиби жөнүндө» Мыйзамына ылайык каралды.")
                .contains("Кароонун жыйынтыгы боюнча кайрылуу жарым-жартылай негиздүү деп табылды.")
                .contains("Көрүлгөн чаралар: Мектептин ашканасында тамак-аштын сапаты текшерилди")
                .contains("жогору турган органга же сотко")
                .contains("Мектептин директору", "Сыдыков Талант Бекбоевич", "(колу)");
    }

    @Test
    @DisplayName("R-1.5.2 answer letter in Russian")
    void russianLetter() {
        String text = Pdfs.flat(Pdfs.render(SampleViews.letter(Language.RUSSIAN)));

        assertThat(text)
                .contains("Кому: " + SampleViews.SIGNED_NAME + " " + SampleViews.SIGNED_ADDRESS_RU)
                .contains("«4» декабря 2026 г. На обращение № 2026-0017")
                .contains("Ответ на ваше обращение")
                .contains("Ваше обращение № 2026-0017, зарегистрированное «25» ноября 2026 г., рассмотрено")
                .contains("признано частично обоснованным.")
                .contains("Принятые меры: Проверено качество питания")
                .contains("Директор школы", "(подпись)");
    }

    @ParameterizedTest(name = "R-1.5.2 answer letter states the verdict {0}")
    @EnumSource(Verdict.class)
    void everyVerdict(Verdict verdict) {
        AnswerLetterView base = SampleViews.letter(Language.RUSSIAN);
        AnswerLetterView view = new AnswerLetterView(Language.RUSSIAN, base.school(), base.registrationNumber(),
                base.registeredOn(), base.date(), base.addressee(), "", verdict, "", base.signedBy());

        String text = Pdfs.flat(Pdfs.render(view));

        assertThat(text).contains(switch (verdict) {
            case JUSTIFIED -> "обращение признано обоснованным.";
            case PARTLY_JUSTIFIED -> "обращение признано частично обоснованным.";
            case NOT_JUSTIFIED -> "обращение признано необоснованным.";
            case LEFT_UNCONSIDERED -> "Обращение оставлено без рассмотрения";
        }).doesNotContain("Принятые меры");
    }
}
