package kg.trustbox.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import kg.trustbox.school.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The public notice as a web page, made by the core from the same wording as every other renderer. */
class PublicNoticeHtmlTest {

    private static PublicNoticeView notice(Language l, SchoolHeader school, Signatory contact) {
        return new PublicNoticeView(l, school, LocalTime.of(8, 0), LocalTime.of(17, 0), DayOfWeek.TUESDAY, LocalTime.of(12, 0), 14,
                false, contact);
    }

    private static PublicNoticeView notice(Language l) {
        return l == Language.KYRGYZ
                ? notice(l, new SchoolHeader("Т. Абдымомунов атындагы Жаңы-Алыш орто мектеби",
                        "биринчи кабаттагы кире бериштин жанындагы фойе"), new Signatory("Жооптуу адам", "Осмонова Айгүл"))
                : notice(l, new SchoolHeader("Средняя школа Жаңы-Алыш имени Т. Абдымомунова", "фойе первого этажа у входа"),
                        new Signatory("Ответственное лицо", "Осмонова Айгуль"));
    }

    @Test
    @DisplayName("R-4.1 public notice as an HTML page for the school's website: the same text, language set, everything escaped")
    void html() {
        String ky = PublicNoticeHtml.render(notice(Language.KYRGYZ));
        String ru = PublicNoticeHtml.render(notice(Language.RUSSIAN));

        assertThat(ky).startsWith("<!DOCTYPE html>").contains("<html lang=\"ky\">").contains("<meta charset=\"utf-8\">")
                .contains("<h1>«Ишеним кутусу» жөнүндө маалымат</h1>")
                .contains("<p>Биринчи кабаттагы кире бериштин жанындагы фойе</p>")
                .contains("<p>Иш күндөрү, саат 8:00 – 17:00.</p>")
                .contains("ар бир шейшембиде, саат 12:00")
                .contains("14 календардык күндүн ичинде")
                .contains("Жооптуу адам — Осмонова Айгүл")
                .endsWith("</html>\n");
        assertThat(ru).contains("<html lang=\"ru\">").contains("<h2>Как обратиться анонимно</h2>")
                .contains("каждый вторник в 12:00");
        assertThat(PublicNoticeHtml.fragment(notice(Language.RUSSIAN)))
                .startsWith("<main class=\"trust-box-notice\" lang=\"ru\">").doesNotContain("<html");
    }

    @Test
    @DisplayName("R-4.1 the web notice escapes markup and drops control characters from the school's data")
    void htmlEscapes() {
        PublicNoticeView hostile = notice(Language.RUSSIAN,
                new SchoolHeader("Школа <script>alert('x')</script> & \"друзья\"", "фойе\u0000 <b>у входа</b>\u202E"),
                new Signatory("Ответственное лицо", "Иванова <img src=x onerror=alert(1)>"));

        String html = PublicNoticeHtml.render(hostile);

        assertThat(html)
                .contains("Школа &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;друзья&quot;")
                .contains("Фойе &lt;b&gt;у входа&lt;/b&gt;")
                .contains("Иванова &lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<script>", "<b>", "<img", "\u0000", "\u202E");
    }

    @Test
    @DisplayName("R-4.2 the notice's text is the same for every form: a renderer gets sections, not a copy of the wording")
    void noticeText() {
        NoticeText text = NoticeText.of(notice(Language.RUSSIAN));
        assertThat(text.language()).isEqualTo("ru");
        assertThat(text.sections()).hasSize(6);
        assertThat(text.sections().get(0).paragraphs()).containsExactly("Фойе первого этажа у входа");
        assertThat(text.sections().get(5).paragraphs()).containsExactly("Ответственное лицо — Осмонова Айгуль");
        assertThat(PublicNoticeHtml.render(notice(Language.RUSSIAN))).contains(text.intro()).contains(text.title());
    }
}
