package kg.trustbox.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.school.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-6.1 R-3.2 views that carry an appellant's name print none of it")
class ViewsPrintNoNamesTest {

    @Test
    @DisplayName("R-6.1 R-3.2 the act view, its lines and the answer letter print numbers, never a name or an address")
    void noNameInToString() {
        WithdrawalActView act = new WithdrawalActView(Language.KYRGYZ, new SchoolHeader("Мектеп", "фойе"), 2026, 3,
                LocalDateTime.of(2026, 9, 1, 12, 5), false, true, "S-1", "S-1",
                List.of(new WithdrawalActView.Line(1, Optional.of("Асанов Бакыт"), Optional.of("Ленин көч., 1"), "бир барак"),
                        new WithdrawalActView.Line(2, Optional.empty(), Optional.empty(), "")), List.of(new Signatory("төрага", "Асанова")));
        assertThat(act.toString()).isEqualTo("WithdrawalActView[2026/3, 2 line(s), KYRGYZ]");
        assertThat(act.lines().get(0).toString()).isEqualTo("Line[1, signed]").doesNotContain("Асанов", "Ленин");
        assertThat(act.lines().get(1).toString()).isEqualTo("Line[2, anonymous]");
        kg.trustbox.appeal.Forwarding forwarding = new kg.trustbox.appeal.Forwarding("РОО", LocalDate.of(2026, 9, 2), "01-12/3");
        AnswerLetterView letter = new AnswerLetterView(Language.RUSSIAN, new SchoolHeader("Школа", "фойе"), "2026-0001",
                LocalDate.of(2026, 9, 1), "2026-0001/1", LocalDate.of(2026, 9, 5), "Асанов Бакыт", "Ленин көч., 1", List.of(forwarding),
                Verdict.JUSTIFIED, "чаралар", new Signatory("директор", "Асанова"));
        assertThat(letter.toString()).isEqualTo("AnswerLetterView[2026-0001, RUSSIAN]");
        ForwardingNoticeView forwarded = new ForwardingNoticeView(Language.KYRGYZ, new SchoolHeader("Мектеп", "фойе"), "2026-0001",
                LocalDate.of(2026, 9, 1), "2026-0001/3", LocalDate.of(2026, 9, 2), "Асанов Бакыт", "Ленин көч., 1", forwarding,
                new Signatory("директор", "Асанова"));
        assertThat(forwarded.toString()).isEqualTo("ForwardingNoticeView[2026-0001, KYRGYZ]");
        ExtensionNoticeView extended = new ExtensionNoticeView(Language.RUSSIAN, new SchoolHeader("Школа", "фойе"), "2026-0001",
                LocalDate.of(2026, 9, 1), "2026-0001/2", LocalDate.of(2026, 9, 3), "Асанов Бакыт", "Ленин көч., 1",
                LocalDate.of(2026, 10, 1), "Асанов ждёт ответа РОО", new Signatory("директор", "Асанова"));
        assertThat(extended.toString()).isEqualTo("ExtensionNoticeView[2026-0001, RUSSIAN]");
    }
}
