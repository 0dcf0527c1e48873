package kg.trustbox.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import kg.trustbox.document.DocumentView;
import kg.trustbox.school.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Law No. 67 the notices to a signed appellant: the appeal was forwarded, the term was extended")
class NoticeLettersTest {

    private static String text(DocumentView view, int pages) {
        byte[] pdf = Pdfs.render(view, ArchivalDocumentsTest.name(view));
        assertThat(Pdfs.pages(pdf)).as("pages of " + view).hasSize(pages);
        assertThat(Pdfs.pdfaFailures(pdf)).as("PDF/A-2u of " + view).isEmpty();
        return Pdfs.flat(pdf);
    }

    @Test
    @DisplayName("Law No. 67 the forwarding notice in Kyrgyz names the body, the date and number of the covering letter, its own outgoing number")
    void kyrgyzForwardingNotice() {
        String text = text(SampleViews.forwardingNotice(Language.KYRGYZ), 1);

        assertThat(text)
                .contains("Кимге: " + SampleViews.SIGNED_NAME + " " + SampleViews.SIGNED_ADDRESS_KY)
                .contains("Чыгуучу № 2026-0019/3, 2026-жылдын 30-ноябры № 2026-0019 кайрылууга (катталган күнү: 2026-жылдын 25-ноябры)")
                .contains("Кайрылууну жөнөтүү жөнүндө билдирме Урматтуу кайрылуучу!")
                .contains("Сиздин № 2026-0019 кайрылууңуз (катталган күнү: 2026-жылдын 25-ноябры) Кыргыз Республикасынын "
                        + "«Жарандардын кайрылууларын кароонун тартиби жөнүндө» Мыйзамына ылайык ыйгарым укуктарына жараша кароо "
                        + "үчүн жөнөтүлгөнүн билдиребиз.")
                .contains("Кайда жөнөтүлдү: Ысык-Ата райондук билим берүү бөлүмү")
                .contains("Коштомо кат: 2026-жылдын 30-ноябры, чыгуучу № 01-12/345")
                .contains("Кайрылууну кароонун жыйынтыгы тууралуу сизге кошумча кабарланат.")
                .contains("Мектептин директору", SampleViews.DIRECTOR, "(колу)");
    }

    @Test
    @DisplayName("Law No. 67 the forwarding notice in Russian")
    void russianForwardingNotice() {
        String text = text(SampleViews.forwardingNotice(Language.RUSSIAN), 1);

        assertThat(text)
                .contains("Кому: " + SampleViews.SIGNED_NAME + " " + SampleViews.SIGNED_ADDRESS_RU)
                .contains("Исх. № 2026-0019/3 от «30» ноября 2026 г. На обращение № 2026-0019 от «25» ноября 2026 г.")
                .contains("Уведомление о направлении обращения Уважаемый заявитель!")
                .contains("Сообщаем, что ваше обращение № 2026-0019, зарегистрированное «25» ноября 2026 г., в соответствии с "
                        + "Законом Кыргызской Республики «О порядке рассмотрения обращений граждан» направлено для рассмотрения "
                        + "по компетенции.")
                .contains("Куда направлено: Ысык-Атинский районный отдел образования")
                .contains("Сопроводительное письмо: исх. № 01-12/345 от «30» ноября 2026 г.")
                .contains("О результатах рассмотрения обращения вам будет сообщено дополнительно.")
                .contains("Директор школы", SampleViews.DIRECTOR, "(подпись)");
    }

    @Test
    @DisplayName("Law No. 67 the extension notice in Kyrgyz gives the new term and the reason")
    void kyrgyzExtensionNotice() {
        String text = text(SampleViews.extensionNotice(Language.KYRGYZ), 1);

        assertThat(text)
                .contains("Кимге: " + SampleViews.SIGNED_NAME + " " + SampleViews.SIGNED_ADDRESS_KY)
                .contains("Чыгуучу № 2026-0019/2, 2026-жылдын 7-декабры № 2026-0019 кайрылууга (катталган күнү: 2026-жылдын 25-ноябры)")
                .contains("Кайрылууну кароо мөөнөтүн узартуу жөнүндө билдирме Урматтуу кайрылуучу!")
                .contains("Сиздин № 2026-0019 кайрылууңузду (катталган күнү: 2026-жылдын 25-ноябры) кароо мөөнөтү")
                .contains("Мыйзамына ылайык узартылганын билдиребиз.")
                .contains("Кароонун жаңы мөөнөтү: 2026-жылдын 24-декабры")
                .contains("Узартуунун себеби: райондук билим берүү бөлүмүнүн жообу күтүлүүдө")
                .contains("Жооп сизге көрсөтүлгөн мөөнөттөн кечиктирилбестен жөнөтүлөт.")
                .contains("Мектептин директору", SampleViews.DIRECTOR, "(колу)");
    }

    @Test
    @DisplayName("Law No. 67 the extension notice in Russian")
    void russianExtensionNotice() {
        String text = text(SampleViews.extensionNotice(Language.RUSSIAN), 1);

        assertThat(text)
                .contains("Кому: " + SampleViews.SIGNED_NAME + " " + SampleViews.SIGNED_ADDRESS_RU)
                .contains("Исх. № 2026-0019/2 от «7» декабря 2026 г. На обращение № 2026-0019 от «25» ноября 2026 г.")
                .contains("Уведомление о продлении срока рассмотрения обращения Уважаемый заявитель!")
                .contains("Сообщаем, что срок рассмотрения вашего обращения № 2026-0019, зарегистрированного «25» ноября 2026 г., "
                        + "продлён в соответствии с Законом Кыргызской Республики «О порядке рассмотрения обращений граждан».")
                .contains("Новый срок рассмотрения: «24» декабря 2026 г.")
                .contains("Причина продления: ожидается ответ районного отдела образования")
                .contains("Ответ будет направлен вам не позднее указанного срока.")
                .contains("Директор школы", SampleViews.DIRECTOR, "(подпись)");
    }
}
