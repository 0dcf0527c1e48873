package kg.trustbox.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kg.trustbox.access.Official;
import kg.trustbox.access.Purpose;
import kg.trustbox.access.Role;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.Paper;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.testing.Harness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

@DisplayName("R-3.2 anonymity and personal data hold end to end: nothing of an author reaches the logs")
class AnonymityTest {
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger trustbox = (Logger) LoggerFactory.getLogger("kg.trustbox");
    private Level previous;

    @BeforeEach
    void capture() {
        previous = trustbox.getLevel();
        trustbox.setLevel(Level.TRACE);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
        trustbox.setLevel(previous);
    }

    @Test
    @DisplayName("R-3.2 R-6.1 a full scenario with signed appellants logs ids and numbers but no name, contact or summary")
    void noPersonalDataInLogs() {
        String[] names = {"Асанов Бакыт Үсөнович", "Иванова Анна Сергеевна"};
        String address = "Бишкек ш., Чүй пр., 150-үй";
        String phone = "+996 700 112233";
        String email = "anna.ivanova@example.kg";
        String[] summaries = {"Директор ата-энелерден акча чогултат", "Учитель грубо обращается с детьми"};
        Harness h = Harness.inMemory().ready();
        List<AppealId> ids = h.openAndSeal(List.of(
                Paper.from(new Appellant.Signed(names[0], Appellant.Contacts.address(address))),
                Paper.from(new Appellant.Signed(names[1], new Appellant.Contacts(java.util.Optional.empty(),
                        java.util.Optional.of(phone), java.util.Optional.of(email)))),
                Paper.from(Appellant.anonymous()))).appeals();
        h.office.register(ids.get(0), RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.CORRUPTION, AppealLanguage.KYRGYZ, summaries[0])).orElseThrow();
        h.office.register(ids.get(1), RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.COMPLAINT, AppealLanguage.RUSSIAN, summaries[1])).orElseThrow();
        h.office.register(ids.get(2), RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.CHILD_RIGHTS, AppealLanguage.OTHER, summaries[1])).orElseThrow();
        for (AppealId id : ids) {
            h.office.assign(id, Fixtures.RESPONSIBLE).orElseThrow();
            h.office.readContent(id, Official.of(Fixtures.CHAIR, Role.COMMISSION_MEMBER), Purpose.CONSIDERATION).orElseThrow();
            h.office.readIdentity(id, Official.of(PersonId("d"), Role.DIRECTOR), Purpose.CONSIDERATION);
            h.office.readIdentity(id, Official.of(Fixtures.CHAIR, Role.COMMISSION_MEMBER), Purpose.ANSWER).orElseThrow();
            h.office.forward(id, new Forwarding("Район", LocalDate.of(2026, 9, 3), "7")).orElseThrow();
            h.office.decide(id, Decision.of(Verdict.JUSTIFIED, "чаралар көрүлдү")).orElseThrow();
        }
        h.office.answer(ids.get(0), Channel.LETTER).orElseThrow();
        h.office.answer(ids.get(1), Channel.EMAIL).orElseThrow();
        h.office.closeWithoutAnswer(ids.get(2)).orElseThrow();
        // rejections are logged nowhere, but their messages must not carry personal data either
        List<String> texts = new ArrayList<>();
        texts.add(h.office.answer(ids.get(2), Channel.LETTER).rejectionIfAny().orElseThrow().toString());
        h.office.appeals().forEach(t -> texts.add(t.toString()));
        h.stores.appeals().list(h.school.id()).forEach(a -> texts.add(a.toString()));

        captured.list.forEach(e -> texts.add(e.getFormattedMessage()));
        assertThat(captured.list).as("the scenario logged something").hasSizeGreaterThan(10);
        assertThat(String.join("\n", texts)).doesNotContain(names[0], names[1], "Асанов", "Иванова", address, phone, "700 112233",
                email, summaries[0], summaries[1]).contains(ids.get(0).value(), "2026-0001");
    }

    private static kg.trustbox.commission.PersonId PersonId(String v) {
        return kg.trustbox.commission.PersonId.of(v);
    }
}
