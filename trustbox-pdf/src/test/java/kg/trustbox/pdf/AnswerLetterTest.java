package kg.trustbox.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    @DisplayName("R-1.5.2 answer letter in Kyrgyz: addressee, outgoing number and date, the appeal's number and date, verdict, measures, right of appeal, the director's signature, on one page")
    void kyrgyzLetter() {
        byte[] pdf = Pdfs.render(SampleViews.letter(Language.KYRGYZ));
        String text = Pdfs.flat(pdf);

        assertThat(text)
                .contains("Кимге: " + SampleViews.SIGNED_NAME + " " + SampleViews.SIGNED_ADDRESS_KY)
                .contains("Чыгуучу № 2026-0017/1, 2026-жылдын 4-декабры")
                .contains("№ 2026-0017 кайрылууга (катталган күнү: 2026-жылдын 25-ноябры)")
                .contains("Кайрылууңузга жооп Урматтуу кайрылуучу!")
                .contains("Сиздин № 2026-0017 кайрылууңуз (катталган күнү: 2026-жылдын 25-ноябры)")
                .contains("Кыргыз Республикасынын «Жарандардын кайрылууларын кароонун тартиби жөнүндө» Мыйзамына ылайык каралды.")
                .contains("Кароонун жыйынтыгы боюнча кайрылуу жарым-жартылай негиздүү деп табылды.")
                .contains("Көрүлгөн чаралар: Мектептин ашканасында тамак-аштын сапаты текшерилди")
                .contains("жогору турган органга же сотко")
                .contains("Мектептин директору", SampleViews.DIRECTOR, "(колу)")
                .doesNotContain("жөнөтүлгөн", "Урматтуу " + SampleViews.SIGNED_NAME);
        assertThat(Pdfs.pages(pdf)).hasSize(1);
    }

    @Test
    @DisplayName("R-1.5.2 answer letter in Russian: \"Кому:\" and the name, no gender placeholder, outgoing number, the director's signature")
    void russianLetter() {
        byte[] pdf = Pdfs.render(SampleViews.letter(Language.RUSSIAN));
        String text = Pdfs.flat(pdf);

        assertThat(text)
                .contains("Кому: " + SampleViews.SIGNED_NAME + " " + SampleViews.SIGNED_ADDRESS_RU)
                .contains("Исх. № 2026-0017/1 от «4» декабря 2026 г. На обращение № 2026-0017 от «25» ноября 2026 г.")
                .contains("Ответ на ваше обращение Уважаемый заявитель!")
                .contains("Ваше обращение № 2026-0017, зарегистрированное «25» ноября 2026 г., рассмотрено")
                .contains("признано частично обоснованным.")
                .contains("Принятые меры: Проверено качество питания")
                .contains("Директор школы", SampleViews.DIRECTOR, "(подпись)")
                .doesNotContain("направлялось", "(-ая)", "Уважаемый(", "Уважаемая", "заместитель");
        assertThat(Pdfs.pages(pdf)).hasSize(1);
    }

    @ParameterizedTest(name = "Law No. 67 the answer to a forwarded appeal, {0}, says to which body and when it was sent")
    @EnumSource(Language.class)
    void forwardedAppeal(Language l) {
        String text = Pdfs.flat(Pdfs.render(SampleViews.forwardedLetter(l), "AnswerLetter-forwarded-" + l.locale().getLanguage()));

        assertThat(text).contains(l == Language.KYRGYZ
                ? "Сиздин кайрылууңуз ыйгарым укуктарына жараша кароо үчүн жөнөтүлгөн: Ысык-Ата райондук билим берүү бөлүмү "
                        + "(2026-жылдын 30-ноябры, чыгуучу № 01-12/345)."
                : "Для рассмотрения по компетенции ваше обращение направлялось: Ысык-Атинский районный отдел образования "
                        + "(исх. № 01-12/345 от «30» ноября 2026 г.).")
                .contains(l == Language.KYRGYZ ? "Чыгуучу № 2026-0019/1, 2026-жылдын 22-декабры" : "Исх. № 2026-0019/1 от «22» декабря 2026 г.");
    }

    @ParameterizedTest(name = "R-1.5.2 answer letter states the verdict {0}")
    @EnumSource(Verdict.class)
    void everyVerdict(Verdict verdict) {
        AnswerLetterView base = SampleViews.letter(Language.RUSSIAN);
        AnswerLetterView view = new AnswerLetterView(Language.RUSSIAN, base.school(), base.registrationNumber(),
                base.registeredOn(), base.outgoingNumber(), base.date(), base.addressee(), "", List.of(), verdict, "", base.signedBy());

        String text = Pdfs.flat(Pdfs.render(view));

        assertThat(text).contains(switch (verdict) {
            case JUSTIFIED -> "обращение признано обоснованным.";
            case PARTLY_JUSTIFIED -> "обращение признано частично обоснованным.";
            case NOT_JUSTIFIED -> "обращение признано необоснованным.";
            case LEFT_UNCONSIDERED -> "Обращение оставлено без рассмотрения";
        }).doesNotContain("Принятые меры");
    }
}
