package kg.trustbox.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import kg.trustbox.Regulation;
import kg.trustbox.access.AccessRecord;
import kg.trustbox.access.Official;
import kg.trustbox.access.Purpose;
import kg.trustbox.access.Role;
import kg.trustbox.access.Subject;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Decision;
import kg.trustbox.appeal.Forwarding;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.Paper;
import kg.trustbox.commission.PersonId;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.outcome.Rejection;
import kg.trustbox.rule.Rule;
import kg.trustbox.school.Language;
import kg.trustbox.school.LetterSignatory;
import kg.trustbox.store.memory.InMemoryStores;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.testing.Harness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Law No. 67 the letters to a signed appellant: answer, forwarding notice, extension notice")
class LettersTest {
    private static final Official CHAIR = Official.of(Fixtures.CHAIR, Role.COMMISSION_MEMBER);
    private static final Official AUDITOR = Official.of(PersonId.of("aud"), Role.AUDITOR);
    private static final Forwarding FIRST = new Forwarding("Райондук билим берүү бөлүмү", LocalDate.of(2026, 9, 3), "01-12/1");
    private static final Forwarding SECOND = new Forwarding("Прокуратура", LocalDate.of(2026, 9, 4), "01-12/2");

    /** A signed Russian appeal (2026-0001) and an anonymous one (2026-0002), both registered and assigned on 1 September 2026. */
    private static List<AppealId> considered(Harness h) {
        List<AppealId> ids = h.openAndSeal(List.of(Paper.from(Fixtures.signed("Асанов Бакыт")), Paper.from(Appellant.anonymous())))
                .appeals();
        for (AppealId id : ids) {
            h.office.register(id, RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.COMPLAINT, AppealLanguage.RUSSIAN, "мазмуну"))
                    .orElseThrow();
            h.office.assign(id, Fixtures.RESPONSIBLE).orElseThrow();
        }
        return ids;
    }

    private static Rejection refusal(Outcome<?> outcome) {
        return outcome.rejectionIfAny().orElseThrow();
    }

    private static void assertRead(Harness h, int before, AppealId id, Official official, boolean allowed) {
        assertThat(h.office.accessLog()).hasSize(before + 1);
        AccessRecord r = h.office.accessLog().get(before);
        assertThat(r.official()).isEqualTo(official.id());
        assertThat(r.appeals()).containsExactly(id);
        assertThat(r.subject()).isEqualTo(Subject.IDENTITY);
        assertThat(r.purpose()).isEqualTo(Purpose.DOCUMENT);
        assertThat(r.allowed()).isEqualTo(allowed);
    }

    @Test
    @DisplayName("Law No. 67 R-6.1 a forwarding notice for each forwarding: the body, dated the day of the forwarding, numbered /3, /4, the read recorded")
    void forwardingNotice() {
        Harness h = Harness.inMemory().ready();
        List<AppealId> ids = considered(h);
        AppealId signed = ids.get(0);
        h.office.forward(signed, FIRST).orElseThrow();
        h.office.forward(signed, SECOND).orElseThrow();
        int before = h.office.accessLog().size();

        ForwardingNoticeView latest = h.office.documents().forwardingNotice(signed, CHAIR).orElseThrow();

        assertRead(h, before, signed, CHAIR, true);
        assertThat(latest.language()).isEqualTo(Language.RUSSIAN);
        assertThat(latest.school().name()).isEqualTo("Средняя общеобразовательная школа № 1");
        assertThat(latest.registrationNumber()).isEqualTo("2026-0001");
        assertThat(latest.registeredOn()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(latest.forwarding()).isEqualTo(SECOND);
        assertThat(latest.outgoingNumber()).isEqualTo("2026-0001/4");
        assertThat(latest.date()).isEqualTo(LocalDate.of(2026, 9, 4));
        assertThat(latest.addressee()).isEqualTo("Асанов Бакыт");
        assertThat(latest.returnAddress()).isEqualTo("Бишкек ш., Ленин көч., 1");
        assertThat(latest.signedBy()).as("nobody configured: the director, the name written in by hand")
                .isEqualTo(new Signatory("Директор школы", ""));

        ForwardingNoticeView first = h.office.documents().forwardingNotice(signed, 1, CHAIR).orElseThrow();
        assertThat(first.forwarding()).isEqualTo(FIRST);
        assertThat(first.outgoingNumber()).isEqualTo("2026-0001/3");
        assertThat(first.date()).isEqualTo(LocalDate.of(2026, 9, 3));
        assertThat(h.office.documents().forwardingNotice(signed, 2, CHAIR).orElseThrow())
                .as("the latest; the header's ledger head moves with each recorded read")
                .usingRecursiveComparison().ignoringFields("school.ledger").isEqualTo(latest);
    }

    @Test
    @DisplayName("Law No. 67 R-3.2 R-6.1 no forwarding notice for an appeal not forwarded, an anonymous one, or an official the policy refuses")
    void forwardingNoticeRefused() {
        Harness h = Harness.inMemory().ready();
        List<AppealId> ids = considered(h);
        int before = h.office.accessLog().size();

        Rejection none = refusal(h.office.documents().forwardingNotice(ids.get(0), CHAIR));
        assertThat(none.rule()).isEqualTo(Rule.LAW_67);
        assertThat(none.key()).isEqualTo("appeal.notForwarded");
        assertThat(none.values()).containsExactly(ids.get(0).toString(), "1");
        assertThat(none.message(Locale.forLanguageTag("ru"))).isEqualTo("Law No. 67: обращение " + ids.get(0)
                + " не направлялось в другой орган (направление № 1 не записано): уведомлять не о чем");
        assertThat(none.message(Locale.forLanguageTag("ky"))).contains("жөнөтүлгөн эмес");
        assertThat(none.message(Locale.ENGLISH)).contains("no forwarding number 1");

        h.office.forward(ids.get(0), FIRST).orElseThrow();
        h.office.forward(ids.get(1), FIRST).orElseThrow();
        Rejection third = refusal(h.office.documents().forwardingNotice(ids.get(0), 2, CHAIR));
        assertThat(third.key()).isEqualTo("appeal.notForwarded");
        assertThat(third.values()).containsExactly(ids.get(0).toString(), "2");
        Rejection anonymous = refusal(h.office.documents().forwardingNotice(ids.get(1), CHAIR));
        assertThat(anonymous.rule()).isEqualTo(Rule.R_3_2);
        assertThat(anonymous.key()).isEqualTo("appeal.anonymousLetter");
        assertThat(anonymous.message(Locale.forLanguageTag("ru"))).contains("анонимное");
        assertThat(h.office.accessLog()).as("nothing was read").hasSize(before);

        assertThat(refusal(h.office.documents().forwardingNotice(ids.get(0), AUDITOR)).rule()).isEqualTo(Rule.R_6_1);
        assertRead(h, before, ids.get(0), AUDITOR, false);
        assertThatThrownBy(() -> h.office.documents().forwardingNotice(ids.get(0), 0, CHAIR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Law No. 67 R-6.1 an extension notice gives the new term and the reason, dated the day of the extension, numbered /2, the read recorded")
    void extensionNotice() {
        Harness h = Harness.inMemory().ready();
        List<AppealId> ids = considered(h);
        h.clock.advance(Duration.ofDays(2));
        h.office.extend(ids.get(0), "РОО жообу күтүлүүдө", LocalDate.of(2026, 9, 25)).orElseThrow();
        h.clock.advance(Duration.ofDays(3));
        int before = h.office.accessLog().size();

        ExtensionNoticeView v = h.office.documents().extensionNotice(ids.get(0), CHAIR).orElseThrow();

        assertRead(h, before, ids.get(0), CHAIR, true);
        assertThat(v.language()).isEqualTo(Language.RUSSIAN);
        assertThat(v.school().name()).isEqualTo("Средняя общеобразовательная школа № 1");
        assertThat(v.registrationNumber()).isEqualTo("2026-0001");
        assertThat(v.registeredOn()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(v.outgoingNumber()).isEqualTo("2026-0001/2");
        assertThat(v.date()).as("the day the term was extended").isEqualTo(LocalDate.of(2026, 9, 3));
        assertThat(v.newDue()).isEqualTo(LocalDate.of(2026, 9, 25));
        assertThat(v.reason()).isEqualTo("РОО жообу күтүлүүдө");
        assertThat(v.addressee()).isEqualTo("Асанов Бакыт");
        assertThat(v.returnAddress()).isEqualTo("Бишкек ш., Ленин көч., 1");
        assertThat(v.signedBy()).isEqualTo(new Signatory("Директор школы", ""));
    }

    @Test
    @DisplayName("Law No. 67 R-3.2 R-6.1 no extension notice for a term not extended, an anonymous appeal, or an official the policy refuses")
    void extensionNoticeRefused() {
        Harness h = Harness.inMemory().ready();
        List<AppealId> ids = considered(h);
        int before = h.office.accessLog().size();

        Rejection none = refusal(h.office.documents().extensionNotice(ids.get(0), CHAIR));
        assertThat(none.rule()).isEqualTo(Rule.LAW_67);
        assertThat(none.key()).isEqualTo("appeal.notExtended");
        assertThat(none.values()).containsExactly(ids.get(0).toString());
        assertThat(none.message(Locale.forLanguageTag("ru"))).contains("не продлевался");
        assertThat(none.message(Locale.forLanguageTag("ky"))).contains("узартылган эмес");

        for (AppealId id : ids) {
            h.office.extend(id, "текшерүү", LocalDate.of(2026, 9, 25)).orElseThrow();
        }
        Rejection anonymous = refusal(h.office.documents().extensionNotice(ids.get(1), CHAIR));
        assertThat(anonymous.rule()).isEqualTo(Rule.R_3_2);
        assertThat(anonymous.key()).isEqualTo("appeal.anonymousLetter");
        assertThat(h.office.accessLog()).as("nothing was read").hasSize(before);

        assertThat(refusal(h.office.documents().extensionNotice(ids.get(0), AUDITOR)).rule()).isEqualTo(Rule.R_6_1);
        assertRead(h, before, ids.get(0), AUDITOR, false);
    }

    @Test
    @DisplayName("Law No. 67 the answer letter names the bodies the appeal was forwarded to, is numbered /1 and signed by the configured signatory")
    void answerLetterAfterForwarding() {
        LetterSignatory director = new LetterSignatory("Сыдыков Талант Бекбоевич", "Мектептин директору", "Директор школы");
        Harness h = new Harness(InMemoryStores.create(), Fixtures.school("s1").withLetterSignatory(director), Regulation.defaults())
                .ready();
        List<AppealId> ids = considered(h);
        h.office.forward(ids.get(0), FIRST).orElseThrow();
        h.office.forward(ids.get(0), SECOND).orElseThrow();
        h.office.decide(ids.get(0), Decision.of(Verdict.JUSTIFIED, "чаралар")).orElseThrow();
        int before = h.office.accessLog().size();

        AnswerLetterView letter = h.office.documents().answerLetter(ids.get(0), CHAIR).orElseThrow();

        assertRead(h, before, ids.get(0), CHAIR, true);
        assertThat(letter.forwardings()).containsExactly(FIRST, SECOND);
        assertThat(letter.outgoingNumber()).isEqualTo("2026-0001/1");
        assertThat(letter.returnAddress()).isEqualTo("Бишкек ш., Ленин көч., 1");
        assertThat(letter.signedBy()).isEqualTo(new Signatory("Директор школы", "Сыдыков Талант Бекбоевич"));
        assertThat(h.office.documents().forwardingNotice(ids.get(0), CHAIR).orElseThrow().signedBy())
                .isEqualTo(new Signatory("Директор школы", "Сыдыков Талант Бекбоевич"));
    }

    @Test
    @DisplayName("Law No. 67 a Kyrgyz appeal's letters are in Kyrgyz, signed in Kyrgyz")
    void kyrgyzLetters() {
        LetterSignatory director = new LetterSignatory("Сыдыков Талант Бекбоевич", "Мектептин директору", "Директор школы");
        Harness h = new Harness(InMemoryStores.create(), Fixtures.school("s1").withLetterSignatory(director), Regulation.defaults())
                .ready();
        AppealId id = h.openAndSeal(List.of(Paper.from(Fixtures.signed("Асанов Бакыт")))).appeals().get(0);
        h.office.register(id, RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.COMPLAINT, AppealLanguage.KYRGYZ, "мазмуну"))
                .orElseThrow();
        h.office.assign(id, Fixtures.RESPONSIBLE).orElseThrow();
        h.office.forward(id, FIRST).orElseThrow();

        ForwardingNoticeView v = h.office.documents().forwardingNotice(id, CHAIR).orElseThrow();

        assertThat(v.language()).isEqualTo(Language.KYRGYZ);
        assertThat(v.school().name()).isEqualTo(h.school.nameKy());
        assertThat(v.signedBy()).isEqualTo(new Signatory("Мектептин директору", "Сыдыков Талант Бекбоевич"));
        Harness unset = Harness.inMemory().ready();
        AppealId other = unset.openAndSeal(List.of(Paper.from(Fixtures.signed("Асанов Бакыт")))).appeals().get(0);
        unset.office.register(other, RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.COMPLAINT, AppealLanguage.KYRGYZ, "м"))
                .orElseThrow();
        unset.office.assign(other, Fixtures.RESPONSIBLE).orElseThrow();
        unset.office.forward(other, FIRST).orElseThrow();
        assertThat(unset.office.documents().forwardingNotice(other, CHAIR).orElseThrow().signedBy())
                .isEqualTo(new Signatory("Мектептин директору", ""));
    }
}
