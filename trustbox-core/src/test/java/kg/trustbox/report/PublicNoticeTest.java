package kg.trustbox.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import kg.trustbox.Regulation;
import kg.trustbox.appeal.DeadlinePolicy;
import kg.trustbox.document.PublicNoticeView;
import kg.trustbox.school.Language;
import kg.trustbox.store.memory.InMemoryStores;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.testing.Harness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-4.1 the public notice is produced from the school's configuration")
class PublicNoticeTest {

    @Test
    @DisplayName("R-4.1 R-4.2 R-1.2 the notice gives location, access hours, opening schedule, the term and whom to ask")
    void content() {
        Harness h = Harness.inMemory().ready();
        PublicNoticeView v = h.office.documents().publicNotice(Language.RUSSIAN);
        assertThat(v.school().name()).isEqualTo("Средняя общеобразовательная школа № 1");
        assertThat(v.school().boxLocation()).isEqualTo("в фойе первого этажа, у входа");
        assertThat(v.accessFrom()).isEqualTo(LocalTime.of(8, 0));
        assertThat(v.accessTo()).isEqualTo(LocalTime.of(17, 0));
        assertThat(v.openingDay()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(v.openingTime()).isEqualTo(LocalTime.NOON);
        assertThat(v.considerationDays()).isEqualTo(14);
        assertThat(v.considerationWorkingDays()).isFalse();
        assertThat(v.contact().fullName()).isEqualTo("Бекмуратов Нурлан Үсөнович");
        assertThat(v.contact().position()).as("R-4.1 in the notice's language").isEqualTo("социальный педагог");
    }

    @Test
    @DisplayName("R-4.1 the notice follows the policy the school has installed")
    void followsPolicy() {
        Harness h = new Harness(InMemoryStores.create(), Fixtures.school("s2"),
                Regulation.defaults().withDeadlines(DeadlinePolicy.tenWorkingDays())).ready();
        PublicNoticeView v = h.office.documents().publicNotice(Language.KYRGYZ);
        assertThat(v.considerationDays()).isEqualTo(10);
        assertThat(v.considerationWorkingDays()).isTrue();
        assertThat(v.school().name()).isEqualTo("№ 1 жалпы билим берүүчү орто мектеби");
    }
}
