package kg.trustbox.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kg.trustbox.box.ActNumber;
import kg.trustbox.rule.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-6.2 a finding names the record it rests on, in Kyrgyz, Russian and English")
class BasisTest {

    @Test
    @DisplayName("R-6.2 each kind of record is described with its number in every language")
    void everyKindInEveryLanguage() {
        List<Basis> all = List.of(new Basis.JournalEntry(12, Optional.of(new ActNumber(2026, 3))), new Basis.JournalEntry(4, Optional.empty()),
                new Basis.NoOpening(LocalDate.of(2026, 10, 13)), new Basis.Box(), new Basis.ChainRecord(true, 5),
                new Basis.ChainRecord(false, 6), new Basis.Protocol(2), new Basis.Protocols(new HalfYear(2026, 2)),
                new Basis.Report(new Quarter(2026, 3)), new Basis.Order("45-к"), new Basis.Appeal("2026-0007"));
        List<String> english = List.of("opening journal, entry 12; act No. 2026/3", "opening journal, entry 4",
                "opening journal: no entry for 2026-10-13", "the box as it stands", "opening journal, entry 5", "access log, record 6",
                "protocol No. 2", "protocols of 2026-H2", "quarterly report 2026-Q3", "order No. 45-к", "register, appeal 2026-0007");
        for (int i = 0; i < all.size(); i++) {
            assertThat(all.get(i).describe(Locale.ROOT)).isEqualTo(english.get(i));
            for (Locale l : List.of(Messages.KYRGYZ, Messages.RUSSIAN)) {
                String text = all.get(i).describe(l);
                assertThat(text).as("%s in %s", all.get(i), l).isNotEqualTo(english.get(i)).doesNotContain("basis.");
                all.get(i).values().forEach(v -> assertThat(text).contains(v));
            }
        }
        assertThat(new Basis.JournalEntry(12, Optional.of(new ActNumber(2026, 3))).describe(Messages.KYRGYZ))
                .isEqualTo("ачуу журналы, 12-жазуу; № 2026/3 акт");
        assertThat(new Basis.Appeal("2026-0007").describe(Messages.RUSSIAN)).isEqualTo("журнал регистрации, обращение 2026-0007");
    }
}
