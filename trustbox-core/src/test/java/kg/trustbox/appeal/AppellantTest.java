package kg.trustbox.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.Inspection;
import kg.trustbox.box.OpeningRequest;
import kg.trustbox.box.Paper;
import kg.trustbox.outcome.InvalidInputException;
import kg.trustbox.rule.Messages;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.testing.Harness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-1.4 an appeal is signed, with a way to answer, or anonymous, with no identity at all")
class AppellantTest {

    @Test
    @DisplayName("R-1.4 a signed appellant without any way to answer is refused, in three languages, and nothing is withdrawn")
    void signedNeedsContact() {
        Harness h = Harness.inMemory().ready();
        Paper paper = Paper.from(new Appellant.Signed("Асанов Бакыт", Appellant.Contacts.none()));
        OpeningRequest request = OpeningRequest.of(Fixtures.quorum(), Inspection.inOrder(h.currentSeal()), List.of(paper));
        assertThatThrownBy(() -> h.office.open(request))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getMessage()).contains("papers[0].from.contacts", "R-1.4").doesNotContain("Асанов");
                    assertThat(e.getLocalizedMessage(Messages.RUSSIAN)).contains("хотя бы один способ ответа");
                    assertThat(e.getLocalizedMessage(Messages.KYRGYZ)).contains("жооп берүүнүн");
                });
        assertThat(h.office.box().orElseThrow()).isInstanceOf(kg.trustbox.box.SealedBox.class);
        assertThat(h.office.appeals()).isEmpty();
    }

    @Test
    @DisplayName("R-1.4 any one of return address, phone or e-mail is enough")
    void anyContact() {
        for (Appellant.Contacts c : List.of(Appellant.Contacts.address("Ош ш., Курманжан Датка көч., 5"),
                Appellant.Contacts.phone("+996 555 123456"), Appellant.Contacts.email("parent@example.kg"))) {
            Harness h = Harness.inMemory().ready();
            assertThat(h.openAndSeal(List.of(Paper.from(new Appellant.Signed("Асанов Бакыт", c)))).appeals()).hasSize(1);
        }
    }

    @Test
    @DisplayName("R-1.4 an anonymous appellant has no identity fields; its string form and a signed one's show no personal data")
    void anonymousHasNothing() {
        assertThat(Appellant.Anonymous.class.getRecordComponents()).isEmpty();
        assertThat(Appellant.anonymous().isAnswerable()).isFalse();
        Appellant signed = new Appellant.Signed("Асанов Бакыт", Appellant.Contacts.phone("+996 555 123456"));
        assertThat(signed.toString()).doesNotContain("Асанов", "555");
    }

    @Test
    @DisplayName("R-1.4 malformed contacts are refused: a bad e-mail, a bad phone, a blank address")
    void malformedContacts() {
        Harness h = Harness.inMemory().ready();
        for (Appellant.Contacts c : List.of(Appellant.Contacts.email("not-an-address"), Appellant.Contacts.phone("call me"),
                new Appellant.Contacts(Optional.of("  "), Optional.empty(), Optional.empty()))) {
            Paper p = Paper.from(new Appellant.Signed("Асанов Бакыт", c));
            assertThatThrownBy(() -> h.office.open(OpeningRequest.of(Fixtures.quorum(), Inspection.inOrder(h.currentSeal()),
                    List.of(p)))).isInstanceOf(InvalidInputException.class);
        }
    }
}
