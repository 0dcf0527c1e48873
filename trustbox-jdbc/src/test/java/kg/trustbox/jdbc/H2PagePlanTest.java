package kg.trustbox.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * A page of the register on H2 is read in the line key's order and stops after the page: the plan
 * says "index sorted", so H2 neither reads nor sorts the school's other appeals (#17: before, the
 * first page cost grew 5.6 times from one year of history to ten).
 */
class H2PagePlanTest {

    @Test
    void a_page_is_read_in_index_order() {
        String url = H2.url();
        try (JdbiStores stores = JdbiStores.h2(url, Keys.TEST)) {
            String plan = Jdbi.create(url).withHandle(h -> h.createQuery("EXPLAIN " + JdbiAppeals.PAGE)
                    .bind("school", "s1").bind("afterYear", 0).bind("afterSeq", 0).bind("afterLine", 0).bind("size", 50)
                    .mapTo(String.class).one());
            assertThat(plan).containsIgnoringCase("TRUSTBOX_APPEAL_LINE_UK").contains("/* index sorted */");
        }
    }
}
