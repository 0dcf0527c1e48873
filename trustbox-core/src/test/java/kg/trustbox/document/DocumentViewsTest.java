package kg.trustbox.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kg.trustbox.Regulation;
import kg.trustbox.access.Official;
import kg.trustbox.access.Role;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Channel;
import kg.trustbox.appeal.DeadlinePolicy;
import kg.trustbox.appeal.Decision;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.Incident;
import kg.trustbox.box.Inspection;
import kg.trustbox.box.OpeningRequest;
import kg.trustbox.box.Paper;
import kg.trustbox.commission.Election;
import kg.trustbox.commission.PersonId;
import kg.trustbox.commission.Vote;
import kg.trustbox.meeting.AgendaItem;
import kg.trustbox.meeting.MeetingRecord;
import kg.trustbox.report.Quarter;
import kg.trustbox.outcome.NotFoundException;
import kg.trustbox.rule.Rule;
import kg.trustbox.school.Language;
import kg.trustbox.store.memory.InMemoryStores;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.testing.Harness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The document views the core builds from a school's records, read field by field (the PDF module renders them). */
@DisplayName("R-6.2 R-4.1 the document views hold what the records say")
class DocumentViewsTest {
    private static final Official CHAIR = Official.of(Fixtures.CHAIR, Role.COMMISSION_MEMBER);
    private static final Official AUDITOR = Official.of(PersonId.of("aud"), Role.AUDITOR);

    @Test
    @DisplayName("R-6.1 R-3.2 an act is one read with one record; a line the policy refuses is withheld, the others shown")
    void actWithWithheldLines() {
        Harness h = Harness.inMemory().ready();
        List<kg.trustbox.appeal.AppealId> ids = h.openAndSeal(List.of(Paper.from(Fixtures.signed("Асанов Бакыт")),
                Paper.from(Fixtures.signed("Иванова Анна")), Paper.from(Appellant.anonymous()))).appeals();
        h.office.register(ids.get(0), kg.trustbox.appeal.RegistrationRequest.of(Fixtures.RESPONSIBLE, kg.trustbox.appeal.Category.CORRUPTION,
                kg.trustbox.appeal.AppealLanguage.KYRGYZ, "x")).orElseThrow();
        h.office.register(ids.get(1), kg.trustbox.appeal.RegistrationRequest.of(Fixtures.RESPONSIBLE, kg.trustbox.appeal.Category.COMPLAINT,
                kg.trustbox.appeal.AppealLanguage.KYRGYZ, "y")).orElseThrow();
        int before = h.office.accessLog().size();
        Official director = Official.of(Fixtures.DIRECTOR, Role.DIRECTOR);
        WithdrawalActView v = h.office.documents().withdrawalAct(new ActNumber(2026, 1), Language.RUSSIAN, director).orElseThrow();
        assertThat(v.lines()).extracting(WithdrawalActView.Line::withheld).containsExactly(true, false, false);
        assertThat(v.lines()).extracting(WithdrawalActView.Line::fromWhom)
                .containsExactly(Optional.empty(), Optional.of("Иванова Анна"), Optional.empty());
        assertThat(v.lines().get(0).returnAddress()).isEmpty();
        assertThat(v.lines().get(0).toString()).contains("withheld").doesNotContain("Асанов");
        assertThat(h.office.accessLog()).hasSize(before + 1);
        var record = h.office.accessLog().get(before);
        assertThat(record.appeals()).containsExactly(ids.get(0), ids.get(1));
        assertThat(record.withheld()).containsExactly(ids.get(0));
        assertThat(record.official()).isEqualTo(Fixtures.DIRECTOR);
        assertThat(h.office.verifyAccessLog().isIntact()).isTrue();
    }

    @Test
    @DisplayName("R-4.3 R-6.1 the act lists every line, names a signed author only for an allowed official, and is refused otherwise")
    void act() {
        Harness h = Harness.inMemory().ready();
        h.office.open(OpeningRequest.of(Fixtures.quorum(), new Inspection(true, false, "X-1"), List.of(
                Paper.from(Fixtures.signed("Асанов Бакыт")), Paper.from(Appellant.anonymous())))).orElseThrow();
        ActNumber act = new ActNumber(2026, 1);
        WithdrawalActView v = h.office.documents().withdrawalAct(act, Language.RUSSIAN, CHAIR).orElseThrow();
        assertThat(v.lines()).extracting(WithdrawalActView.Line::fromWhom).containsExactly(Optional.of("Асанов Бакыт"), Optional.empty());
        assertThat(v.lines().get(0).returnAddress()).contains("Бишкек ш., Ленин көч., 1");
        assertThat(v.boxDamaged()).isTrue();
        assertThat(v.sealIntact()).isFalse();
        assertThat(v.sealFound()).isEqualTo("X-1");
        assertThat(v.sealExpected()).as("the seal applied at installation, from the box still open").isEqualTo("KG-000001");
        assertThat(v.sealMatches()).isFalse();
        assertThat(v.present()).extracting(Signatory::fullName).contains("Асанова Айгүл Токтогуловна");
        assertThat(v.school().name()).isEqualTo("Средняя общеобразовательная школа № 1");
        assertThat(v.deviation()).isEmpty();
        assertThat(h.office.documents().withdrawalAct(act, Language.KYRGYZ, AUDITOR).rejectionIfAny()).hasValueSatisfying(r ->
                assertThat(r.rule()).isEqualTo(Rule.R_6_1));
        assertThat(h.office.accessLog()).hasSize(2).extracting(r -> r.allowed()).containsExactly(true, false);
        h.office.seal(h.nextSeal()).orElseThrow();
        assertThat(h.office.documents().withdrawalAct(act, Language.KYRGYZ, CHAIR).orElseThrow().sealExpected())
                .as("the seal found, from the journal once sealed").isEqualTo("KG-000001");
        assertThat(h.office.documents().actNumbers(2026)).containsExactly(act);
        assertThat(h.office.documents().actNumbers(2027)).isEmpty();
        assertThatThrownBy(() -> h.office.documents().withdrawalAct(new ActNumber(2026, 9), Language.KYRGYZ, CHAIR))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("R-4.5 R-6.2 the journal extract holds each opening of the period with names, incidents, act and deviation, and the chain's state")
    void journal() {
        Harness h = Harness.inMemory().ready();
        h.office.open(OpeningRequest.of(Fixtures.quorum(), new Inspection(false, false, h.currentSeal().number()),
                List.of(Paper.from(Appellant.anonymous())))).orElseThrow();
        h.office.seal(h.nextSeal()).orElseThrow();
        h.nextTuesday();
        h.clock.advance(java.time.Duration.ofDays(1));
        h.office.open(OpeningRequest.of(Fixtures.quorum(), Inspection.inOrder(h.currentSeal()), List.of()).withDeviation("майрам"))
                .orElseThrow();
        h.office.seal(h.nextSeal()).orElseThrow();
        JournalView j = h.office.documents().journal(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), Language.KYRGYZ);
        assertThat(j.rows()).hasSize(2);
        assertThat(j.rows().get(0).incidents()).containsExactly(Incident.SEAL_BROKEN);
        assertThat(j.rows().get(0).actNumber()).contains(1);
        assertThat(j.rows().get(0).appealCount()).isEqualTo(1);
        assertThat(j.rows().get(0).present()).containsExactly("Асанова Айгүл Токтогуловна", "Иванова Мария Петровна",
                "Жумабаева Гүлнара Өмүрбековна");
        assertThat(j.rows().get(0).openedAt().toLocalTime()).isEqualTo(LocalTime.of(12, 10));
        assertThat(j.rows().get(1).deviation()).contains("майрам");
        assertThat(j.rows().get(1).actNumber()).isEmpty();
        assertThat(j.rows().get(1).sealFound()).isEqualTo(j.rows().get(0).newSeal());
        assertThat(j.chainIntact()).isTrue();
        assertThat(j.brokenAt()).isEmpty();
        assertThat(h.office.documents().journal(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 9), Language.KYRGYZ).rows())
                .as("only the period's openings").hasSize(1);
        // certified by the commission's secretary, on the day it is issued
        assertThat(j.certifiedBy()).isEqualTo(new Signatory("Комиссиянын катчысы, мугалим", "Иванова Мария Петровна"));
        assertThat(j.issuedOn()).isEqualTo(LocalDate.of(2026, 9, 9));
        h.clock.advance(java.time.Duration.ofDays(30));
        JournalView ru = h.office.documents().journal(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), Language.RUSSIAN);
        assertThat(ru.certifiedBy()).isEqualTo(new Signatory("Секретарь комиссии, мугалим", "Иванова Мария Петровна"));
        assertThat(ru.issuedOn()).isEqualTo(LocalDate.of(2026, 10, 9));
    }

    @Test
    @DisplayName("R-4.5 R-5.4 a journal extract issued before a secretary is elected leaves its certification line blank")
    void journalBeforeASecretary() {
        Harness h = Harness.inMemory();
        JournalView j = h.office.documents().journal(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), Language.RUSSIAN);
        assertThat(j.rows()).isEmpty();
        assertThat(j.certifiedBy()).isEqualTo(new Signatory("", ""));
        assertThat(j.issuedOn()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThatThrownBy(() -> new JournalView(Language.RUSSIAN, j.school(), j.from(), j.to(), List.of(), true, Optional.empty(),
                null, j.issuedOn())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new JournalView(Language.RUSSIAN, j.school(), j.from(), j.to(), List.of(), true, Optional.empty(),
                j.certifiedBy(), null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("R-5.3 R-5.4 the minutes name those present and absent, the agenda, the election's votes and each signature")
    void minutes() {
        Harness h = Harness.inMemory();
        h.office.appointCommission(new kg.trustbox.commission.Order("45-к", LocalDate.of(2026, 8, 25)), Fixtures.fiveMembers())
                .orElseThrow();
        List<PersonId> four = List.of(Fixtures.CHAIR, Fixtures.SECRETARY, Fixtures.RESPONSIBLE, Fixtures.PARENT);
        LocalDate day = LocalDate.of(2026, 8, 28);
        h.office.electOfficers(new Election(day, List.of(new Vote(Fixtures.CHAIR, Fixtures.CHAIR), new Vote(Fixtures.SECRETARY,
                Fixtures.CHAIR), new Vote(Fixtures.RESPONSIBLE, Fixtures.CHAIR), new Vote(Fixtures.PARENT, Fixtures.PARENT)),
                four.stream().map(p -> new Vote(p, Fixtures.SECRETARY)).toList())).orElseThrow();
        int n = h.office.holdMeeting(new MeetingRecord(day, four, List.of(new AgendaItem.OfficersElection(),
                new AgendaItem.Incidents("пломба"), new AgendaItem.AppealDiscussion("2026-0001"), new AgendaItem.Other("башка")),
                List.of("чечим"))).orElseThrow().number();
        h.office.signProtocol(n, Fixtures.CHAIR, day).orElseThrow();
        MinutesView m = h.office.documents().minutes(n, Language.RUSSIAN);
        assertThat(m.number()).isEqualTo(1);
        assertThat(m.present()).hasSize(4);
        assertThat(m.absent()).containsExactly("Садыков Эрлан Маратович");
        assertThat(m.agenda()).hasSize(4).last().isEqualTo("башка");
        assertThat(m.agenda().get(1)).contains("пломба");
        assertThat(m.agenda().get(2)).contains("2026-0001");
        assertThat(m.decisions()).containsExactly("чечим");
        assertThat(m.election()).hasValueSatisfying(e -> {
            assertThat(e.chair()).isEqualTo("Асанова Айгүл Токтогуловна");
            assertThat(e.chairVotes()).isEqualTo(3);
            assertThat(e.secretaryVotes()).isEqualTo(4);
            assertThat(e.votersPresent()).isEqualTo(4);
        });
        assertThat(m.signatures()).hasSize(5);
        assertThat(m.signatures().get(0).signedOn()).contains(day);
        assertThat(m.signatures().get(1).signedOn()).isEmpty();
        assertThat(m.signatures().get(2).signatory().position()).isEqualTo("социальный педагог");
        assertThatThrownBy(() -> h.office.documents().minutes(7, Language.KYRGYZ)).isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("R-4.1 R-4.2 the public notice states access hours, the opening slot, the term in calendar or working days and whom to ask")
    void publicNotice() {
        Harness law = Harness.inMemory().ready();
        PublicNoticeView v = law.office.documents().publicNotice(Language.KYRGYZ);
        assertThat(v.accessFrom()).isEqualTo(LocalTime.of(8, 0));
        assertThat(v.accessTo()).isEqualTo(LocalTime.of(17, 0));
        assertThat(v.openingDay()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(v.openingTime()).isEqualTo(LocalTime.NOON);
        assertThat(v.considerationDays()).isEqualTo(14);
        assertThat(v.considerationWorkingDays()).isFalse();
        assertThat(v.contact().fullName()).isEqualTo("Бекмуратов Нурлан Үсөнович");
        Harness bill = new Harness(InMemoryStores.create(), Fixtures.school("n2"),
                Regulation.defaults().withDeadlines(DeadlinePolicy.tenWorkingDays()));
        PublicNoticeView w = bill.office.documents().publicNotice(Language.RUSSIAN);
        assertThat(w.considerationDays()).isEqualTo(10);
        assertThat(w.considerationWorkingDays()).isTrue();
        assertThat(w.contact()).as("no commission yet").isEqualTo(new Signatory("", ""));
    }

    @Test
    @DisplayName("R-1.5.2 R-3.2 R-6.1 an answer letter only for a decided, signed appeal and an allowed official, dated the day of the answer")
    void answerLetter() {
        Harness h = Harness.inMemory().ready();
        List<AppealId> ids = h.openAndSeal(List.of(Paper.from(Fixtures.signed("Асанов Бакыт")), Paper.from(Appellant.anonymous())))
                .appeals();
        for (AppealId id : ids) {
            h.office.register(id, RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.COMPLAINT, AppealLanguage.RUSSIAN, "мазмуну"))
                    .orElseThrow();
            h.office.assign(id, Fixtures.RESPONSIBLE).orElseThrow();
        }
        assertThat(h.office.documents().answerLetter(ids.get(0), CHAIR).rejectionIfAny().orElseThrow().key())
                .isEqualTo("appeal.notDecided");
        for (AppealId id : ids) {
            h.office.decide(id, Decision.of(Verdict.JUSTIFIED, "чаралар")).orElseThrow();
        }
        assertThat(h.office.documents().answerLetter(ids.get(1), CHAIR).rejectionIfAny().orElseThrow().rule()).isEqualTo(Rule.R_3_2);
        assertThat(h.office.documents().answerLetter(ids.get(0), AUDITOR).rejectionIfAny().orElseThrow().rule()).isEqualTo(Rule.R_6_1);
        AnswerLetterView today = h.office.documents().answerLetter(ids.get(0), CHAIR).orElseThrow();
        assertThat(today.language()).isEqualTo(Language.RUSSIAN);
        assertThat(today.addressee()).isEqualTo("Асанов Бакыт");
        assertThat(today.registrationNumber()).isEqualTo("2026-0001");
        assertThat(today.registeredOn()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(today.date()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(today.verdict()).isEqualTo(Verdict.JUSTIFIED);
        assertThat(today.measures()).isEqualTo("чаралар");
        assertThat(today.signedBy()).as("not the chair: the director, whom the school has not named")
                .isEqualTo(new Signatory("Директор школы", ""));
        assertThat(today.outgoingNumber()).isEqualTo("2026-0001/1");
        assertThat(today.forwardings()).isEmpty();
        h.clock.advance(java.time.Duration.ofDays(2));
        h.office.answer(ids.get(0), Channel.LETTER).orElseThrow();
        h.clock.advance(java.time.Duration.ofDays(5));
        assertThat(h.office.documents().answerLetter(ids.get(0), CHAIR).orElseThrow().date()).as("the day it was answered")
                .isEqualTo(LocalDate.of(2026, 9, 3));
    }

    @Test
    @DisplayName("R-5.5 the report's view shows its own figures, the previous quarter's and who prepared it; a missing report is not found")
    void quarterlyReport() {
        Harness h = Harness.inMemory().ready();
        h.openAndSeal(List.of(Paper.from(Appellant.anonymous())));
        h.clock.set(LocalDate.of(2026, 10, 2).atTime(10, 0).atZone(h.school.zone()).toInstant());
        var r = h.office.prepareQuarterlyReport(new Quarter(2026, 3), "ашкана", Fixtures.RESPONSIBLE).orElseThrow();
        QuarterlyReportView v = h.office.documents().quarterlyReport(new Quarter(2026, 3), Language.KYRGYZ);
        assertThat(v.current()).isEqualTo(r.current());
        assertThat(v.current().received()).isEqualTo(1);
        assertThat(v.previous()).isEqualTo(r.previous());
        assertThat(v.year()).isEqualTo(2026);
        assertThat(v.quarter()).isEqualTo(3);
        assertThat(v.recurringProblems()).isEqualTo("ашкана");
        assertThat(v.preparedBy().fullName()).isEqualTo("Бекмуратов Нурлан Үсөнович");
        assertThat(v.preparedOn()).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThatThrownBy(() -> h.office.documents().quarterlyReport(new Quarter(2026, 4), Language.KYRGYZ))
                .isInstanceOf(NotFoundException.class);
        assertThat(Set.of(v.language())).containsExactly(Language.KYRGYZ);
    }
    @Test
    @DisplayName("R-5.5 Law No. 67 the report's view lists the appeals its figures count as overdue, by registration number, with their dates")
    void quarterlyReportListsOverdueAppeals() {
        Harness h = Harness.inMemory().ready();
        // the fourth is never registered: no term runs for it
        List<AppealId> ids = h.openAndSeal(List.of(Paper.from(Appellant.anonymous()), Paper.from(Appellant.anonymous()),
                Paper.from(Appellant.anonymous()), Paper.from(Appellant.anonymous()))).appeals();
        // registered out of the order withdrawn: the list follows the registration numbers
        Category[] categories = {Category.COMPLAINT, Category.SUGGESTION, Category.CORRUPTION};
        for (int i : new int[] {2, 0, 1}) {
            h.office.register(ids.get(i), RegistrationRequest.of(Fixtures.RESPONSIBLE, categories[i], AppealLanguage.KYRGYZ, "x"))
                    .orElseThrow();
            h.office.assign(ids.get(i), Fixtures.RESPONSIBLE).orElseThrow();
        }
        LocalDate due = h.office.tracking(ids.get(0)).due().orElseThrow();
        assertThat(due).isBefore(LocalDate.of(2026, 9, 30));
        // the second is decided in its term; the first only after the quarter's end: it was overdue at the end
        h.office.decide(ids.get(1), Decision.of(Verdict.JUSTIFIED, "чаралар")).orElseThrow();
        // withdrawn on the quarter's last Tuesday, undecided, but not yet due at its end
        h.nextTuesday().nextTuesday().nextTuesday().nextTuesday();
        AppealId notYetDue = h.openAndSeal(List.of(Paper.from(Appellant.anonymous()))).appeals().get(0);
        h.office.register(notYetDue, RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.OTHER, AppealLanguage.KYRGYZ, "x"))
                .orElseThrow();
        assertThat(h.office.tracking(notYetDue).withdrawnOn()).isEqualTo(LocalDate.of(2026, 9, 29));
        h.clock.set(LocalDate.of(2026, 10, 1).atTime(10, 0).atZone(h.school.zone()).toInstant());
        h.office.decide(ids.get(0), Decision.of(Verdict.JUSTIFIED, "чаралар")).orElseThrow();
        h.clock.set(LocalDate.of(2026, 10, 2).atTime(10, 0).atZone(h.school.zone()).toInstant());
        h.office.prepareQuarterlyReport(new Quarter(2026, 3), "", Fixtures.RESPONSIBLE).orElseThrow();
        // an appeal of the next quarter, overdue in its own, is not this report's
        h.nextTuesday();
        AppealId later = h.openAndSeal(List.of(Paper.from(Appellant.anonymous()))).appeals().get(0);
        h.office.register(later, RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.OTHER, AppealLanguage.KYRGYZ, "x")).orElseThrow();
        h.clock.set(LocalDate.of(2027, 1, 4).atTime(10, 0).atZone(h.school.zone()).toInstant());
        h.office.prepareQuarterlyReport(new Quarter(2026, 4), "", Fixtures.RESPONSIBLE).orElseThrow();

        QuarterlyReportView v = h.office.documents().quarterlyReport(new Quarter(2026, 3), Language.RUSSIAN);
        QuarterlyReportView q4 = h.office.documents().quarterlyReport(new Quarter(2026, 4), Language.RUSSIAN);

        assertThat(v.overdue()).hasSize(v.current().overdue()).hasSize(2);
        assertThat(v.overdue()).extracting(o -> o.number().toString()).containsExactly("2026-0001", "2026-0002");
        assertThat(v.overdue()).extracting(QuarterlyReportView.Overdue::category).containsExactly(Category.CORRUPTION, Category.COMPLAINT);
        assertThat(v.overdue()).extracting(QuarterlyReportView.Overdue::registeredOn)
                .containsOnly(LocalDate.of(2026, 9, 1));
        assertThat(v.overdue()).extracting(QuarterlyReportView.Overdue::due).containsOnly(due);
        assertThat(h.office.documents().quarterlyReport(new Quarter(2026, 3), Language.KYRGYZ).overdue()).isEqualTo(v.overdue());
        // the next quarter's report lists its own overdue appeal, not the third quarter's still undecided
        assertThat(q4.overdue()).hasSize(q4.current().overdue()).extracting(o -> o.number().toString()).containsExactly("2026-0005");
        assertThat(q4.overdue().get(0).due()).isEqualTo(h.office.tracking(later).due().orElseThrow());
        assertThatThrownBy(() -> new QuarterlyReportView.Overdue(null, due, Category.OTHER, due)).isInstanceOf(NullPointerException.class);
        assertThat(new QuarterlyReportView(Language.KYRGYZ, v.school(), 2026, 3, v.current(), v.previous(), "", v.preparedBy(),
                v.preparedOn()).overdue()).as("a view of the figures alone").isEmpty();
    }
}
