package kg.trustbox.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.Withdrawal;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.ActNumber;
import kg.trustbox.school.SchoolId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * the ledger's encoding is its own, explicit and pinned: known answers for each kind of value
 * and for the digest of fixed records fail the build the day the encoding changes.
 */
class EncodingTest {
    private static final Appeal APPEAL = Appeal.withdrawn(SchoolId.of("school-a"),
            new Withdrawal(new ActNumber(2026, 3), 2, Instant.parse("2026-09-01T06:10:00Z")),
            new Appellant.Signed("Асанов Бакыт", Appellant.Contacts.address("Бишкек ш., 1")));

    private static String hex(Object value) {
        return HexFormat.of().formatHex(Encoding.encode(value));
    }

    @Test
    @DisplayName("R-6.2 known answers: each kind of value has the bytes the documentation gives")
    void values() {
        assertThat(hex("Ө")).isEqualTo("5300000002d3a8");
        assertThat(hex(42)).isEqualTo("4e000000000000002a");
        assertThat(hex(42L)).isEqualTo(hex(42));
        assertThat(hex(true)).isEqualTo("4201");
        assertThat(hex(Instant.ofEpochSecond(1, 5))).isEqualTo("49000000000000000100000005");
        assertThat(hex(LocalDate.of(1970, 1, 2))).isEqualTo("440000000000000001");
        assertThat(hex(Optional.empty())).isEqualTo("5a");
        assertThat(hex(Optional.of("a"))).isEqualTo(hex("a"));
        assertThat(hex(List.of(1, 2))).isEqualTo("4c00000002" + "4e0000000000000001" + "4e0000000000000002");
        assertThat(hex(Set.of("b", "a"))).as("a set, sorted by its values' bytes").isEqualTo(hex(List.of("a", "b")));
        assertThat(hex(Map.of("b", 2, "a", 1))).isEqualTo("4d00000002" + hex("a") + hex(1) + hex("b") + hex(2));
        assertThat(hex(Appellant.anonymous())).isEqualTo("41" + hex("ANONYMOUS"));
        assertThat(hex(java.time.LocalTime.of(0, 0, 0, 7))).isEqualTo("540000000000000007");
        assertThat(hex(java.time.ZoneId.of("Asia/Bishkek"))).isEqualTo(hex("Asia/Bishkek"));
        assertThat(hex(java.time.Duration.ofHours(2))).isEqualTo(hex("PT2H"));
    }

    @Test
    @DisplayName("R-6.2 known answers: the digest of a fixed appeal and of a ledger entry are pinned")
    void digests() {
        assertThat(Encoding.digest(APPEAL)).isEqualTo("a6fe4b83a22d72d10a2b73f8eb7864d4eb86a3699d03a9a541ccbe0837a2e6e2");
        LedgerEntry first = LedgerEntry.next(SchoolId.of("school-a"), new kg.trustbox.chain.Chain.Head(0, kg.trustbox.chain.Chain.GENESIS),
                Instant.parse("2026-09-01T06:10:00Z"), LedgerEntry.Kind.APPEAL, "2026-3-2", Encoding.digest(APPEAL));
        assertThat(first.hash()).isEqualTo("3118c857e6cb2d3999ff104af6404b70390bd350bf7a28cc88f827956fc624a9");
    }

    @Test
    @DisplayName("R-6.2 R-6.1 no name or contact enters a digest: two signed appellants encode alike, unlike an anonymous one")
    void noPersonalData() {
        Appeal other = Appeal.withdrawn(APPEAL.school(), APPEAL.withdrawal(),
                new Appellant.Signed("Башка Адам", Appellant.Contacts.phone("+996 700 000000")));
        Appeal anonymous = Appeal.withdrawn(APPEAL.school(), APPEAL.withdrawal(), Appellant.anonymous());
        assertThat(Encoding.digest(other)).isEqualTo(Encoding.digest(APPEAL));
        assertThat(Encoding.digest(anonymous)).isNotEqualTo(Encoding.digest(APPEAL));
        assertThat(new String(Encoding.encode(APPEAL), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("Асанов", "Бишкек");
    }

    @Test
    @DisplayName("R-6.2 every field that carries meaning changes the digest; a type the encoding does not define is refused")
    void sensitivity() {
        Appeal later = Appeal.withdrawn(APPEAL.school(), new Withdrawal(new ActNumber(2026, 3), 2, Instant.parse("2026-09-01T06:10:00.000000001Z")),
                APPEAL.appellant());
        Appeal otherLine = Appeal.withdrawn(APPEAL.school(), new Withdrawal(new ActNumber(2026, 3), 3, APPEAL.withdrawal().at()),
                APPEAL.appellant());
        assertThat(List.of(Encoding.digest(later), Encoding.digest(otherLine))).doesNotContain(Encoding.digest(APPEAL)).doesNotHaveDuplicates();
        assertThat(hex(List.of("ab", "c"))).isNotEqualTo(hex(List.of("a", "bc")));
        assertThatThrownBy(() -> Encoding.encode(new Object())).isInstanceOf(IllegalArgumentException.class);
    }
}
