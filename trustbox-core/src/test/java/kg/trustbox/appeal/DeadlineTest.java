package kg.trustbox.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import kg.trustbox.Regulation;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.Paper;
import kg.trustbox.school.WorkingCalendar;
import kg.trustbox.store.memory.InMemoryStores;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.testing.Harness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-1.5.2 consideration deadlines follow the law on citizens' appeals, as a replaceable policy")
class DeadlineTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    private static WorkingCalendar calendar(List<Integer> holidayOffsets) {
        return WorkingCalendar.mondayToFriday().withHolidays(holidayOffsets.stream().map(START::plusDays).toList());
    }

    @Test
    @DisplayName("R-1.5.2 property: registration is due on the next working day; consideration 14 calendar days after registration")
    void law67() {
        DeadlinePolicy law = DeadlinePolicy.law67();
        qt().forAll(integers().between(0, 1500), lists().of(integers().between(0, 1600)).ofSizeBetween(0, 60)).checkAssert((d, hol) -> {
            WorkingCalendar cal = calendar(hol);
            LocalDate day = START.plusDays(d);
            LocalDate reg = law.registrationDue(day, cal);
            assertThat(reg).isAfter(day);
            assertThat(cal.isWorkingDay(reg)).isTrue();
            assertThat(day.plusDays(1).datesUntil(reg).filter(cal::isWorkingDay)).isEmpty();
            assertThat(ChronoUnit.DAYS.between(day, law.considerationDue(day, cal))).isEqualTo(14);
            assertThat(ChronoUnit.DAYS.between(day, law.extensionLimit(day, cal))).isEqualTo(30);
        });
    }

    @Test
    @DisplayName("R-1.5.2 property: the 10-working-day policy counts exactly 10 working days of the school's calendar")
    void tenWorkingDays() {
        DeadlinePolicy bill = DeadlinePolicy.tenWorkingDays();
        qt().forAll(integers().between(0, 1500), lists().of(integers().between(0, 1600)).ofSizeBetween(0, 60)).checkAssert((d, hol) -> {
            WorkingCalendar cal = calendar(hol);
            LocalDate day = START.plusDays(d);
            LocalDate due = bill.considerationDue(day, cal);
            assertThat(cal.isWorkingDay(due)).isTrue();
            assertThat(day.plusDays(1).datesUntil(due.plusDays(1)).filter(cal::isWorkingDay).count()).isEqualTo(10);
        });
    }

    @Test
    @DisplayName("R-1.5.2 overdue and due-soon queries; an integrator installs another policy; one extension only")
    void queriesAndPolicy() {
        Harness law = Harness.inMemory().ready();
        Harness bill = new Harness(InMemoryStores.create(), Fixtures.school("s2"),
                Regulation.defaults().withDeadlines(DeadlinePolicy.tenWorkingDays())).ready();
        for (Harness h : List.of(law, bill)) {
            AppealId id = h.openAndSeal(List.of(Paper.from(Appellant.anonymous()))).appeals().get(0);
            h.office.register(id, RegistrationTest.request(Category.COMPLAINT)).orElseThrow();
        }
        AppealId lawId = law.office.appeals().get(0).id();
        assertThat(law.office.tracking(lawId).due()).contains(LocalDate.of(2026, 9, 15));
        assertThat(bill.office.appeals().get(0).due()).contains(LocalDate.of(2026, 9, 15));
        assertThat(law.office.dueSoon(LocalDate.of(2026, 9, 10), 5)).hasSize(1);
        assertThat(law.office.dueSoon(LocalDate.of(2026, 9, 1), 5)).isEmpty();
        assertThat(law.office.overdue(LocalDate.of(2026, 9, 15))).isEmpty();
        assertThat(law.office.overdue(LocalDate.of(2026, 9, 16))).hasSize(1);

        law.office.assign(lawId, Fixtures.RESPONSIBLE).orElseThrow();
        assertThat(law.office.extend(lawId, "waiting for the district office", LocalDate.of(2026, 10, 2))
                .rejectionIfAny().orElseThrow().key()).as("beyond 30 days").isEqualTo("appeal.extensionRange");
        law.office.extend(lawId, "waiting for the district office", LocalDate.of(2026, 9, 30)).orElseThrow();
        assertThat(law.office.overdue(LocalDate.of(2026, 9, 16))).isEmpty();
        assertThat(law.office.extend(lawId, "again", LocalDate.of(2026, 9, 30)).rejectionIfAny().orElseThrow().key())
                .isEqualTo("appeal.extendedTwice");
        law.office.decide(lawId, Decision.of(Verdict.NOT_JUSTIFIED, "")).orElseThrow();
        assertThat(law.office.overdue(LocalDate.of(2026, 12, 1))).isEmpty();
    }

    @Test
    @DisplayName("Law No. 67 an extension is granted only to an appeal being considered, while its term runs; the new due date counts")
    void extensionOnlyWhileTheTermRuns() {
        Harness h = Harness.inMemory().ready();
        AppealId id = h.openAndSeal(List.of(Paper.from(Appellant.anonymous()))).appeals().get(0);
        h.office.register(id, RegistrationTest.request(Category.COMPLAINT)).orElseThrow(); // 1 September: due 15 September
        var notAssigned = h.office.extend(id, "a check", LocalDate.of(2026, 9, 25)).rejectionIfAny().orElseThrow();
        assertThat(notAssigned.rule()).isEqualTo(kg.trustbox.rule.Rule.LAW_67);
        assertThat(notAssigned.key()).as("registered but not assigned").isEqualTo("appeal.extendNotConsidered");
        h.office.assign(id, Fixtures.RESPONSIBLE).orElseThrow();

        h.clock.set(LocalDate.of(2026, 9, 16).atTime(9, 0).atZone(h.school.zone()).toInstant());
        var late = h.office.extend(id, "a check", LocalDate.of(2026, 9, 25)).rejectionIfAny().orElseThrow();
        assertThat(late.rule()).isEqualTo(kg.trustbox.rule.Rule.LAW_67);
        assertThat(late.key()).isEqualTo("appeal.extendAfterTerm");
        assertThat(late.values()).containsExactly(id.value(), "2026-09-16", "2026-09-15");
        assertThat(h.office.tracking(id).due()).contains(LocalDate.of(2026, 9, 15));

        h.clock.set(LocalDate.of(2026, 9, 15).atTime(16, 0).atZone(h.school.zone()).toInstant());
        h.office.extend(id, "a check", LocalDate.of(2026, 9, 25)).orElseThrow();
        assertThat(h.office.tracking(id).due()).contains(LocalDate.of(2026, 9, 25));
        assertThat(h.office.overdue(LocalDate.of(2026, 9, 25))).isEmpty();
        assertThat(h.office.overdue(LocalDate.of(2026, 9, 26))).extracting(AppealTracking::id).containsExactly(id);
    }

    @Test
    @DisplayName("Law No. 67 an extension recorded after the term ran out does not move the deadline")
    void aLateExtensionDoesNotMoveTheDeadline() {
        kg.trustbox.school.School school = Fixtures.school("s3");
        Deadlines deadlines = new Deadlines(school, DeadlinePolicy.law67());
        java.time.Instant registered = LocalDate.of(2026, 9, 1).atTime(14, 0).atZone(school.zone()).toInstant();
        Appeal a = Appeal.withdrawn(school.id(), new Withdrawal(new kg.trustbox.box.ActNumber(2026, 1), 1, registered), Appellant.anonymous())
                .register(new Registration(new RegistrationNumber(2026, 1), registered, Fixtures.RESPONSIBLE, Category.COMPLAINT,
                        AppealLanguage.KYRGYZ, "мазмуну", java.util.Optional.empty())).orElseThrow()
                .assign(Fixtures.RESPONSIBLE).orElseThrow();
        java.time.Instant onTheLastDay = LocalDate.of(2026, 9, 15).atTime(23, 0).atZone(school.zone()).toInstant();
        java.time.Instant dayAfter = LocalDate.of(2026, 9, 16).atTime(0, 30).atZone(school.zone()).toInstant();
        assertThat(deadlines.considerationDue(a.extend(new Extension(onTheLastDay, "r", LocalDate.of(2026, 9, 30))).orElseThrow()))
                .contains(LocalDate.of(2026, 9, 30));
        assertThat(deadlines.considerationDue(a.extend(new Extension(dayAfter, "r", LocalDate.of(2026, 9, 30))).orElseThrow()))
                .contains(LocalDate.of(2026, 9, 15));
        assertThat(deadlines.registrationDue(a)).isEqualTo(LocalDate.of(2026, 9, 2));
    }
}
