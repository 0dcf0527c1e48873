package kg.trustbox.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kg.trustbox.access.AccessRecord;
import kg.trustbox.access.Declaration;
import kg.trustbox.access.Official;
import kg.trustbox.access.Role;
import kg.trustbox.access.Subject;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Channel;
import kg.trustbox.appeal.Closure;
import kg.trustbox.appeal.Decision;
import kg.trustbox.appeal.Forwarding;
import kg.trustbox.appeal.RegistrationNumber;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.Paper;
import kg.trustbox.commission.Order;
import kg.trustbox.commission.PersonId;
import kg.trustbox.outcome.InvalidInputException;
import kg.trustbox.rule.Rule;
import kg.trustbox.school.Language;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.testing.Harness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The register of appeals as the core builds it from the store, read row by row, and what each reader may see of it. */
@DisplayName("R-4.4 R-1.5.1 R-1.5.2 the register of appeals holds what the store holds, and names only what the reader may see")
class RegisterViewTest {
    private static final Official CHAIR = Official.of(Fixtures.CHAIR, Role.COMMISSION_MEMBER);
    private static final Official DIRECTOR = Official.of(Fixtures.DIRECTOR, Role.DIRECTOR);
    private static final PersonId AUDITOR_ID = PersonId.of("aud");
    private static final Official AUDITOR = Official.of(AUDITOR_ID, Role.AUDITOR);
    private static final LocalDate SEPT_1 = LocalDate.of(2026, 9, 1);

    private Harness h;
    /** In act order: a corruption report signed by Асанов, a complaint signed by Иванова, an anonymous appeal, an unregistered one. */
    private List<AppealId> ids;

    @BeforeEach
    void term() {
        h = Harness.inMemory().ready();
        ids = h.openAndSeal(List.of(Paper.from(Fixtures.signed("Асанов Бакыт")), Paper.from(Fixtures.signed("Иванова Анна")),
                Paper.from(Appellant.anonymous()), Paper.from(Fixtures.signed("Петров Пётр")))).appeals();
        // registered out of act order: the register goes by registration number
        h.office.register(ids.get(2), RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.CHILD_RIGHTS, AppealLanguage.KYRGYZ,
                "балага кысым")).orElseThrow();
        h.office.register(ids.get(0), RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.CORRUPTION, AppealLanguage.RUSSIAN,
                "поборы на ремонт")).orElseThrow();
        h.office.register(ids.get(1), RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.COMPLAINT, AppealLanguage.RUSSIAN,
                "нет отопления")).orElseThrow();
        h.office.declare(new Declaration(AUDITOR_ID, Role.AUDITOR, new Order("50-к", LocalDate.of(2026, 8, 30)))).orElseThrow();
    }

    @Test
    @DisplayName("R-1.5.1 R-1.5.2 a commission member sees every registered appeal of the period, by number, as the store holds it")
    void rowsMatchTheStore() {
        h.office.assign(ids.get(2), Fixtures.RESPONSIBLE).orElseThrow();
        h.office.assign(ids.get(0), PersonId.of("x9")).orElseThrow();
        h.office.forward(ids.get(0), new Forwarding("Райондук билим берүү бөлүмү", LocalDate.of(2026, 9, 3), "12/4")).orElseThrow();
        h.office.extend(ids.get(0), "текшерүү", LocalDate.of(2026, 9, 30)).orElseThrow();
        h.clock.advance(Duration.ofDays(2));
        h.office.decide(ids.get(2), Decision.of(Verdict.JUSTIFIED, "чаралар")).orElseThrow();
        h.office.closeWithoutAnswer(ids.get(2)).orElseThrow();
        h.office.assign(ids.get(1), Fixtures.CHAIR).orElseThrow();
        h.office.decide(ids.get(1), Decision.of(Verdict.NOT_JUSTIFIED, "")).orElseThrow();
        h.clock.advance(Duration.ofDays(1));
        h.office.answer(ids.get(1), Channel.LETTER).orElseThrow();
        int before = h.office.accessLog().size();

        RegisterView v = h.office.documents().register(2026, Language.RUSSIAN, CHAIR).orElseThrow();

        assertThat(v.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(v.to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(v.language()).isEqualTo(Language.RUSSIAN);
        assertThat(v.school().name()).isEqualTo("Средняя общеобразовательная школа № 1");
        assertThat(v.issuedOn()).isEqualTo(LocalDate.of(2026, 9, 4));
        assertThat(v.keptBy()).isEqualTo(new Signatory("Ответственное лицо, социальный педагог", "Бекмуратов Нурлан Үсөнович"));
        assertThat(v.rows()).extracting(RegisterView.Row::number).containsExactly(new RegistrationNumber(2026, 1),
                new RegistrationNumber(2026, 2), new RegistrationNumber(2026, 3));
        RegisterView.Row anonymous = v.rows().get(0);
        RegisterView.Row corruption = v.rows().get(1);
        RegisterView.Row complaint = v.rows().get(2);
        assertThat(anonymous.from()).isEqualTo(new RegisterView.Anonymous());
        assertThat(corruption.from()).isEqualTo(new RegisterView.Named("Асанов Бакыт"));
        assertThat(complaint.from()).isEqualTo(new RegisterView.Named("Иванова Анна"));
        assertThat(v.rows()).extracting(RegisterView.Row::category)
                .containsExactly(Category.CHILD_RIGHTS, Category.CORRUPTION, Category.COMPLAINT);
        assertThat(v.rows()).extracting(RegisterView.Row::summary)
                .containsExactly(Optional.of("балага кысым"), Optional.of("поборы на ремонт"), Optional.of("нет отопления"));
        assertThat(v.rows()).extracting(RegisterView.Row::registeredOn).containsOnly(SEPT_1);
        assertThat(v.rows()).extracting(RegisterView.Row::due).as("14 calendar days (Law No. 67)")
                .containsOnly(LocalDate.of(2026, 9, 15));
        assertThat(v.rows()).extracting(RegisterView.Row::executor).containsExactly(Optional.of("Бекмуратов Нурлан Үсөнович"),
                Optional.of("x9"), Optional.of("Асанова Айгүл Токтогуловна"));
        assertThat(corruption.extendedTo()).contains(LocalDate.of(2026, 9, 30));
        assertThat(corruption.lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(anonymous.extendedTo()).isEmpty();
        assertThat(anonymous.lastDay()).isEqualTo(LocalDate.of(2026, 9, 15));
        assertThat(corruption.forwardings()).containsExactly(new Forwarding("Райондук билим берүү бөлүмү", LocalDate.of(2026, 9, 3), "12/4"));
        assertThat(complaint.forwardings()).isEmpty();
        assertThat(corruption.decision()).isEmpty();
        assertThat(anonymous.decision()).contains(new RegisterView.Decided(Verdict.JUSTIFIED, LocalDate.of(2026, 9, 3),
                Optional.of(new RegisterView.NotAnswered(LocalDate.of(2026, 9, 3), Closure.Reason.ANONYMOUS))));
        assertThat(complaint.decision()).contains(new RegisterView.Decided(Verdict.NOT_JUSTIFIED, LocalDate.of(2026, 9, 3),
                Optional.of(new RegisterView.Answered(LocalDate.of(2026, 9, 4), Channel.LETTER))));

        // two reads, one record each: the signed authors, and the summaries of every row
        List<AccessRecord> reads = h.office.accessLog().subList(before, h.office.accessLog().size());
        assertThat(reads).hasSize(2);
        assertThat(reads.get(0).subject()).isEqualTo(Subject.IDENTITY);
        assertThat(reads.get(0).appeals()).containsExactly(ids.get(0), ids.get(1));
        assertThat(reads.get(1).subject()).isEqualTo(Subject.CONTENT);
        assertThat(reads.get(1).appeals()).containsExactly(ids.get(2), ids.get(0), ids.get(1));
        assertThat(reads).allSatisfy(r -> {
            assertThat(r.withheld()).isEmpty();
            assertThat(r.official()).isEqualTo(Fixtures.CHAIR);
        });
        assertThat(h.office.verifyAccessLog().isIntact()).isTrue();
    }

    @Test
    @DisplayName("R-6.1 R-3.2 the director sees no corruption reporter (Law No. 19); a declared auditor sees no name and no summary")
    void withheldByThePolicy() {
        RegisterView director = h.office.documents().register(2026, Language.KYRGYZ, DIRECTOR).orElseThrow();
        assertThat(director.rows()).extracting(RegisterView.Row::from).containsExactly(new RegisterView.Anonymous(),
                new RegisterView.Withheld(), new RegisterView.Named("Иванова Анна"));
        assertThat(director.rows()).extracting(RegisterView.Row::summary).doesNotContain(Optional.empty());
        assertThat(director.keptBy()).isEqualTo(new Signatory("Жооптуу адам, социалдык педагог", "Бекмуратов Нурлан Үсөнович"));
        AccessRecord identities = h.office.accessLog().get(h.office.accessLog().size() - 2);
        assertThat(identities.withheld()).containsExactly(ids.get(0));

        int before = h.office.accessLog().size();
        RegisterView auditor = h.office.documents().register(2026, Language.KYRGYZ, AUDITOR).orElseThrow();
        assertThat(auditor.rows()).extracting(RegisterView.Row::from).containsExactly(new RegisterView.Anonymous(),
                new RegisterView.Withheld(), new RegisterView.Withheld());
        assertThat(auditor.rows()).extracting(RegisterView.Row::summary).containsOnly(Optional.empty());
        assertThat(auditor.rows()).extracting(RegisterView.Row::category)
                .containsExactly(Category.CHILD_RIGHTS, Category.CORRUPTION, Category.COMPLAINT);
        assertThat(h.office.accessLog()).hasSize(before + 2);
        assertThat(h.office.accessLog().get(before).withheld()).containsExactly(ids.get(0), ids.get(1));
        assertThat(h.office.accessLog().get(before + 1).withheld()).containsExactly(ids.get(2), ids.get(0), ids.get(1));
        // nothing of a name or a summary in what may reach a log
        RegisterView chair = h.office.documents().register(2026, Language.KYRGYZ, CHAIR).orElseThrow();
        assertThat(chair.toString()).isEqualTo("RegisterView[2026-01-01..2026-12-31, 3 row(s), KYRGYZ]");
        assertThat(chair.rows().get(1).toString()).isEqualTo("Row[2026-0002, Named[personal data hidden], CORRUPTION]");
        assertThat(chair.rows().toString()).doesNotContain("Асанов", "Иванова", "поборы", "отопления", "кысым");
    }

    @Test
    @DisplayName("R-6.1 an official whose role the records contradict gets no register, and the refusal is recorded")
    void contradictedRoleIsRefused() {
        Official stranger = Official.of(PersonId.of("zz"), Role.COMMISSION_MEMBER);
        int before = h.office.accessLog().size();
        assertThat(h.office.documents().register(2026, Language.RUSSIAN, stranger).rejectionIfAny())
                .hasValueSatisfying(r -> assertThat(r.rule()).isEqualTo(Rule.R_6_1));
        assertThat(h.office.accessLog()).hasSize(before + 1);
        assertThat(h.office.accessLog().get(before).allowed()).isFalse();
    }

    @Test
    @DisplayName("R-4.4 the period counts the day of registration, both ends included; an empty period reads nothing")
    void period() {
        assertThat(h.office.documents().register(SEPT_1, SEPT_1, Language.RUSSIAN, CHAIR).orElseThrow().rows()).hasSize(3);
        assertThat(h.office.documents().register(LocalDate.of(2026, 8, 1), SEPT_1, Language.RUSSIAN, CHAIR).orElseThrow().rows())
                .hasSize(3);
        int before = h.office.accessLog().size();
        assertThat(h.office.documents().register(SEPT_1.plusDays(1), LocalDate.of(2026, 12, 31), Language.RUSSIAN, CHAIR)
                .orElseThrow().rows()).isEmpty();
        assertThat(h.office.documents().register(LocalDate.of(2026, 8, 1), SEPT_1.minusDays(1), Language.RUSSIAN, CHAIR)
                .orElseThrow().rows()).isEmpty();
        RegisterView next = h.office.documents().register(2027, Language.RUSSIAN, CHAIR).orElseThrow();
        assertThat(next.rows()).isEmpty();
        assertThat(next.from()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(h.office.accessLog()).as("no appeal, no read").hasSize(before);
        assertThatThrownBy(() -> h.office.documents().register(SEPT_1, SEPT_1.minusDays(1), Language.RUSSIAN, CHAIR))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> h.office.documents().register(1066, Language.RUSSIAN, CHAIR)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> h.office.documents().register(2026, Language.RUSSIAN, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("R-1.5.2 Law No. 67 an undecided row is overdue the day after its last day, the extension's when extended")
    void overdue() {
        RegisterView.Row row = h.office.documents().register(2026, Language.RUSSIAN, CHAIR).orElseThrow().rows().get(0);
        assertThat(row.isOverdueOn(LocalDate.of(2026, 9, 15))).isFalse();
        assertThat(row.isOverdueOn(LocalDate.of(2026, 9, 16))).isTrue();
        RegisterView.Row extended = new RegisterView.Row(row.number(), row.registeredOn(), row.from(), row.category(), row.summary(),
                row.executor(), row.due(), Optional.of(LocalDate.of(2026, 9, 20)), row.forwardings(), row.decision());
        assertThat(extended.isOverdueOn(LocalDate.of(2026, 9, 20))).isFalse();
        assertThat(extended.isOverdueOn(LocalDate.of(2026, 9, 21))).isTrue();
        RegisterView.Row decided = new RegisterView.Row(row.number(), row.registeredOn(), row.from(), row.category(), row.summary(),
                row.executor(), row.due(), Optional.empty(), row.forwardings(),
                Optional.of(new RegisterView.Decided(Verdict.JUSTIFIED, LocalDate.of(2026, 9, 30), Optional.empty())));
        assertThat(decided.isOverdueOn(LocalDate.of(2026, 10, 1))).isFalse();
    }

    @Test
    @DisplayName("R-5.2 before a responsible person is appointed, the register's certification line is left blank")
    void noKeeperYet() {
        Harness bare = Harness.inMemory();
        RegisterView v = bare.office.documents().register(2026, Language.RUSSIAN, CHAIR).orElseThrow();
        assertThat(v.rows()).isEmpty();
        assertThat(v.keptBy()).isEqualTo(new Signatory("", ""));
        assertThat(new RegisterView.Named("Асанов").toString()).doesNotContain("Асанов");
    }
}
