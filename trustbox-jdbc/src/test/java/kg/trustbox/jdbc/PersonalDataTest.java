package kg.trustbox.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import kg.trustbox.access.Purpose;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.Paper;
import kg.trustbox.box.WithdrawalAct;
import kg.trustbox.school.SchoolId;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * a signed appellant's name and contacts live in one table only, an anonymous
 * appellant has no row there, and purging them keeps the register, the acts and the chains.
 */
class PersonalDataTest {
    private static final String NAME = "Токтогулова Нургүл Бакытовна";
    private static final String ADDRESS = "Ош ш., Курманжан Датка көч., 7";
    private static final String EMAIL = "gulnara@example.kg";
    private static final String PHONE = "+996 777 123456";

    private final String url = H2.url();
    private JdbiStores db;
    private Jdbi sql;
    private Scenario school;
    private AppealId signed;
    private AppealId anonymous;

    @BeforeEach
    void twoAppeals() {
        db = JdbiStores.h2(url, Keys.TEST);
        sql = Jdbi.create(url);
        school = new Scenario(db.stores(), "school-a").ready();
        Appellant.Signed appellant = new Appellant.Signed(NAME, new Appellant.Contacts(java.util.Optional.of(ADDRESS),
                java.util.Optional.of(PHONE), java.util.Optional.of(EMAIL)));
        school.week(List.of(Paper.from(appellant), Paper.from(Appellant.anonymous())));
        signed = school.appeals.get(0);
        anonymous = school.appeals.get(1);
        school.register(signed);
        school.register(anonymous);
        school.office.readIdentity(signed, Scenario.RESPONSIBLE, Purpose.ANSWER).orElseThrow();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Map<String, List<String>> dump() {
        return sql.withHandle(Tables::dump);
    }

    @Test
    @DisplayName("R-1.4 personal data apart: one row of trustbox_appellant_identity holds them, encrypted (R-6.1), and no table in clear text")
    void identity_lives_in_one_table() {
        Map<String, List<String>> tables = dump();
        tables.forEach((table, rows) -> assertThat(String.join("\n", rows)).as(table).doesNotContain(NAME, ADDRESS, EMAIL, PHONE));
        assertThat(tables.get("trustbox_appellant_identity")).singleElement().asString().contains("ciphertext=");
        assertThat(db.stores().appeals().find(SchoolId.of("school-a"), signed).orElseThrow().appellant()).isInstanceOfSatisfying(
                Appellant.Signed.class, s -> assertThat(s.fullName()).isEqualTo(NAME));
    }

    @Test
    @DisplayName("R-3.2 an anonymous appeal has no row among the identities")
    void anonymous_has_no_identity_row() {
        int rows = sql.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM trustbox_appellant_identity").mapTo(Integer.class).one());
        assertThat(rows).isEqualTo(1);
        assertThat(db.stores().appeals().find(SchoolId.of("school-a"), anonymous).orElseThrow().appellant())
                .isEqualTo(Appellant.anonymous());
    }

    @Test
    @DisplayName("R-1.4 purging an appeal's personal data keeps its registration, its act line and the chains")
    void purge_one_appeal() {
        SchoolId id = SchoolId.of("school-a");
        WithdrawalAct before = db.stores().boxes().act(id, new ActNumber(2026, 1)).orElseThrow();
        assertThat(school.office.purgePersonalData(signed)).isTrue();
        assertThat(school.office.purgePersonalData(signed)).isFalse();
        assertThat(school.office.purgePersonalData(anonymous)).isFalse();

        assertThat(String.join("\n", dump().values().stream().flatMap(List::stream).toList()))
                .doesNotContain(NAME, ADDRESS, EMAIL, PHONE);
        var appeal = db.stores().appeals().find(id, signed).orElseThrow();
        assertThat(appeal.appellant()).isEqualTo(JdbiStores.PURGED_APPELLANT);
        assertThat(appeal.registration().orElseThrow().number().sequence()).isEqualTo(1);
        WithdrawalAct after = db.stores().boxes().act(id, new ActNumber(2026, 1)).orElseThrow();
        assertThat(after.lines()).hasSize(2);
        assertThat(after.lines().get(0).from()).isEqualTo(JdbiStores.PURGED_APPELLANT);
        assertThat(after.lines().get(1)).isEqualTo(before.lines().get(1));
        assertThat(school.office.verifyJournal().isIntact()).isTrue();
        assertThat(school.office.verifyAccessLog().isIntact()).isTrue();
        assertThat(school.office.verifyRecords().discrepancies()).as("a purge through the office is recorded in the ledger").isEmpty();
        assertThat(school.office.readIdentity(signed, Scenario.RESPONSIBLE, Purpose.ANSWER).orElseThrow())
                .isEqualTo(JdbiStores.PURGED_APPELLANT);
    }

    @Test
    @DisplayName("R-1.4 purging by date removes the identities of appeals withdrawn before it, and only those")
    void purge_by_date() {
        school.week(List.of(Paper.from(kg.trustbox.testing.Fixtures.signed("Кийинки Жазуучу"))));
        SchoolId id = SchoolId.of("school-a");
        int purged = school.office.purgePersonalData(kg.trustbox.testing.Fixtures.FIRST_TUESDAY_NOON.plus(Duration.ofDays(1)));
        assertThat(purged).isEqualTo(1);
        assertThat(db.stores().appeals().find(id, signed).orElseThrow().appellant()).isEqualTo(JdbiStores.PURGED_APPELLANT);
        assertThat(db.stores().appeals().find(id, school.appeals.get(2)).orElseThrow().appellant())
                .isInstanceOf(Appellant.Signed.class).isNotEqualTo(JdbiStores.PURGED_APPELLANT);
        assertThat(school.office.purgePersonalData(kg.trustbox.testing.Fixtures.FIRST_TUESDAY_NOON.plus(Duration.ofDays(1))))
                .as("nothing is left to purge before that day").isZero();
        assertThat(school.office.verifyRecords().discrepancies()).isEmpty();
    }
}
