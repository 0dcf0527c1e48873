package kg.trustbox.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kg.trustbox.school.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-6.2 the documents' wording: dates and times as official Kyrgyz and Russian documents write them")
class WordingTest {
    private final Wording ky = Wording.of(Language.KYRGYZ);
    private final Wording ru = Wording.of(Language.RUSSIAN);

    @Test
    @DisplayName("R-6.2 Kyrgyz dates: 2026-жылдын 24-ноябры, every month in its form")
    void kyrgyzDates() {
        assertThat(ky.date(LocalDate.of(2026, 11, 24))).isEqualTo("2026-жылдын 24-ноябры");
        List<String> months = Stream.of(Month.values()).map(m -> ky.date(LocalDate.of(2026, m, 1))).toList();
        assertThat(months).containsExactly("2026-жылдын 1-январы", "2026-жылдын 1-февралы", "2026-жылдын 1-марты",
                "2026-жылдын 1-апрели", "2026-жылдын 1-майы", "2026-жылдын 1-июну", "2026-жылдын 1-июлу",
                "2026-жылдын 1-августу", "2026-жылдын 1-сентябры", "2026-жылдын 1-октябры", "2026-жылдын 1-ноябры",
                "2026-жылдын 1-декабры");
    }

    @Test
    @DisplayName("R-6.2 Russian dates: «24» ноября 2026 г., every month in the genitive")
    void russianDates() {
        assertThat(ru.date(LocalDate.of(2026, 11, 24))).isEqualTo("«24» ноября 2026 г.");
        assertThat(ru.date(LocalDate.of(2027, 3, 5))).isEqualTo("«5» марта 2027 г.");
        List<String> months = Stream.of(Month.values()).map(m -> ru.text("month." + m.getValue())).toList();
        assertThat(months).containsExactly("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                "сентября", "октября", "ноября", "декабря");
    }

    @Test
    @DisplayName("R-6.2 times: саат 12:05 and в 12 ч 05 мин; clock times 8:00")
    void times() {
        assertThat(ky.time(LocalTime.of(12, 5))).isEqualTo("саат 12:05");
        assertThat(ru.time(LocalTime.of(12, 5))).isEqualTo("в 12 ч 05 мин");
        assertThat(ru.time(LocalTime.of(9, 0))).isEqualTo("в 9 ч 00 мин");
        assertThat(Wording.clock(LocalTime.of(8, 0))).isEqualTo("8:00");
        assertThat(Wording.clock(LocalTime.of(17, 45))).isEqualTo("17:45");
    }

    @Test
    @DisplayName("R-5.5 quarters in Roman numerals; Russian counts declined (1, 21 рабочего дня; 14 рабочих дней)")
    void quartersAndCounts() {
        assertThat(Stream.of(1, 2, 3, 4).map(Wording::roman).toList()).containsExactly("I", "II", "III", "IV");
        assertThat(ru.counted("notice.days.working", 1)).isEqualTo("1 рабочего дня");
        assertThat(ru.counted("notice.days.working", 21)).isEqualTo("21 рабочего дня");
        assertThat(ru.counted("notice.days.working", 11)).isEqualTo("11 рабочих дней");
        assertThat(ru.counted("notice.days.calendar", 14)).isEqualTo("14 календарных дней");
        assertThat(ky.counted("notice.days.calendar", 21)).isEqualTo("21 календардык күндүн");
    }

    @Test
    @DisplayName("R-6.2 the Kyrgyz and Russian bundles have the same keys")
    void sameKeys() throws IOException {
        Set<String> kyKeys = keys("wording_ky.properties");
        Set<String> ruKeys = keys("wording_ru.properties");

        // Russian alone declines counts (".one")
        Set<String> ruWithoutCounts = ruKeys.stream().filter(k -> !k.endsWith(".one")).collect(Collectors.toSet());
        assertThat(ruWithoutCounts).isEqualTo(kyKeys);
    }

    private static Set<String> keys(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Wording.class.getResourceAsStream("/kg/trustbox/document/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
