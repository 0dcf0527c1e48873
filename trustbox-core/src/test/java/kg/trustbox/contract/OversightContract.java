package kg.trustbox.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import kg.trustbox.Regulation;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Decision;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.Inspection;
import kg.trustbox.box.OpeningRequest;
import kg.trustbox.box.Paper;
import kg.trustbox.commission.Election;
import kg.trustbox.commission.Order;
import kg.trustbox.commission.PersonId;
import kg.trustbox.commission.Vote;
import kg.trustbox.report.Figures;
import kg.trustbox.report.Finding;
import kg.trustbox.report.Quarter;
import kg.trustbox.report.QuarterlyReport;
import kg.trustbox.rule.Rule;
import kg.trustbox.school.School;
import kg.trustbox.school.WorkingCalendar;
import kg.trustbox.store.Stores;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.testing.Harness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The oversight contract, for every store: a generated term of a school's work (a commission
 * constituted and a box installed on random days, holidays, openings held, skipped, moved with a
 * deviation or finding a broken seal, appeals registered and decided on time or late, extensions
 * asked for in time and too late) is checked as an inspector would on random days. The expected
 * findings come from what the generator did, not from the library's rules: the compliance check
 * must report a missed opening, an incident, a late registration or an overdue decision if and
 * only if it happened on a day that has passed. The quarter's figures must read the same in the
 * report, in the office and in the next report's previous column.
 *
 * <p>Sized for the build: a few dozen terms of 16 weeks in memory, fewer on a database.
 */
public abstract class OversightContract {
    private static final LocalDate ORDER = LocalDate.of(2026, 8, 24);
    private static final LocalDate FIRST_TUESDAY = LocalDate.of(2026, 8, 25);
    private static final int WEEKS = 20;
    private static int schools;

    /** Fresh stores of the implementation under test. */
    protected abstract Stores newStores();

    /** How many terms the property plays. */
    protected int examples() {
        return 30;
    }

    /** A finding as the generator expects it: rule, date and message key. */
    private record Expected(Rule rule, LocalDate date, String key) {
        static Expected of(Finding f) {
            return new Expected(f.rule(), f.date(), f.key());
        }
    }

    /** What the generator did that an inspector must find, each with the first day it is certain. */
    private record Breach(Expected finding, LocalDate certainOn) {
    }

    @Test
    @DisplayName("R-4.3 R-4.5 R-5.5 R-6.2 Law No. 67: a finding if and only if a rule was broken on a day that has passed; figures the same everywhere")
    void findings_iff_breaches() {
        qt().withExamples(kg.trustbox.testing.Examples.of(examples())).withShrinkCycles(5).forAll(longs().all()).checkAssert(this::playAndCheck);
    }

    private void playAndCheck(long seed) {
        Random random = new Random(seed);
        LocalDate holiday = FIRST_TUESDAY.plusWeeks(3 + random.nextInt(WEEKS - 4));
        School school = Fixtures.school("ov-" + (++schools) + "-" + Long.toHexString(seed))
                .withCalendar(WorkingCalendar.mondayToFriday().withHolidays(List.of(holiday)));
        Harness h = new Harness(newStores(), school, Regulation.defaults());
        List<Breach> breaches = new ArrayList<>();

        // the commission: appointed on 24 August, constituted and the box installed on random days after
        LocalDate elected = ORDER.plusDays(random.nextInt(20));
        LocalDate installed = elected.plusDays(random.nextInt(10));
        at(h, ORDER, 9);
        h.office.appointCommission(new Order("1-к", ORDER), Fixtures.fiveMembers()).orElseThrow();
        h.office.appointResponsiblePerson(Fixtures.RESPONSIBLE, new Order("2-к", ORDER)).orElseThrow();
        List<PersonId> all = List.of(Fixtures.CHAIR, Fixtures.SECRETARY, Fixtures.RESPONSIBLE, Fixtures.PARENT, Fixtures.TEACHER);
        List<Pending> pending = new ArrayList<>();
        pending.add(new Pending(elected, () -> {
            at(h, elected, 15);
            h.office.electOfficers(new Election(elected, all.stream().map(p -> new Vote(p, Fixtures.CHAIR)).toList(),
                    all.stream().map(p -> new Vote(p, Fixtures.SECRETARY)).toList())).orElseThrow();
        }));
        pending.add(new Pending(installed, () -> {
            at(h, installed, 16);
            h.office.installBox(h.nextSeal()).orElseThrow();
        }));
        LocalDate owedFrom = installed.plusDays(1); // the later of the two, plus a day: installed is never before elected

        Set<LocalDate> skipped = new TreeSet<>();
        boolean previousMoved = false;
        for (int week = 0; week < WEEKS; week++) {
            LocalDate tuesday = FIRST_TUESDAY.plusWeeks(week);
            runUntil(h, pending, tuesday);
            boolean ready = !tuesday.isBefore(owedFrom);
            boolean isHoliday = tuesday.equals(holiday);
            int dice = random.nextInt(10);
            if (!ready) {
                if (tuesday.isBefore(installed) && dice < 3) {
                    at(h, tuesday, 12, 10);
                    assertThat(h.office.open(OpeningRequest.of(Fixtures.quorum(), Inspection.inOrder(h.nextSeal()), List.of())
                            .withDeviation("сынамык")).isAccepted()).as("R-4.3 nothing can be opened before %s", installed).isFalse();
                }
                continue;
            }
            boolean nextIsHoliday = tuesday.plusWeeks(1).equals(holiday);
            if (!isHoliday && !previousMoved && !nextIsHoliday && dice == 0) {
                skipped.add(tuesday);
                breaches.add(new Breach(new Expected(Rule.R_4_3, tuesday, "compliance.missedOpening"), tuesday.plusDays(7)));
                previousMoved = false;
                continue;
            }
            boolean moved = isHoliday;
            LocalDate day = moved ? tuesday.plusDays(1) : tuesday;
            previousMoved = moved;
            boolean broken = dice == 1;
            at(h, day, 12, 5);
            Inspection inspection = broken ? new Inspection(false, false, h.currentSeal().number()) : Inspection.inOrder(h.currentSeal());
            List<Paper> papers = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                papers.add(Paper.from(random.nextBoolean() ? Appellant.anonymous() : Fixtures.signed("Ата-эне")));
            }
            OpeningRequest request = OpeningRequest.of(Fixtures.quorum(), inspection, papers);
            List<AppealId> ids = h.office.open(moved ? request.withDeviation("майрам") : request).orElseThrow().appeals();
            at(h, day, 12, 30);
            h.office.seal(h.nextSeal()).orElseThrow();
            if (broken) {
                breaches.add(new Breach(new Expected(Rule.R_4_5, day, "compliance.incident.SEAL_BROKEN"), day));
            }
            for (AppealId id : ids) {
                pending.add(appealPlan(h, random, id, day, breaches));
            }
        }
        LocalDate end = FIRST_TUESDAY.plusWeeks(WEEKS).plusDays(40);
        runUntil(h, pending, end);

        // the report of Q3 (on 2 October) and of Q4 (on 5 January)
        Quarter q3 = new Quarter(2026, 3);
        at(h, LocalDate.of(2026, 10, 2), 10);
        QuarterlyReport r3 = h.office.prepareQuarterlyReport(q3, "", Fixtures.RESPONSIBLE).orElseThrow();
        assertThat(r3.current()).isEqualTo(h.office.figures(q3, LocalDate.of(2026, 10, 2)));
        assertThat(r3.current().missedTuesdays()).as("R-4.3 missed Tuesdays of Q3, judged on 2 October")
                .isEqualTo(skipped.stream().filter(d -> q3.contains(d) && d.plusDays(6).isBefore(LocalDate.of(2026, 10, 2))).count());
        at(h, LocalDate.of(2027, 1, 5), 10);
        QuarterlyReport r4 = h.office.prepareQuarterlyReport(q3.next(), "", Fixtures.RESPONSIBLE).orElseThrow();
        assertThat(r4.previous()).as("R-5.5 the Q4 report shows Q3 as the Q3 report did").isEqualTo(r3.current());
        Figures q4 = h.office.figures(q3.next(), LocalDate.of(2027, 1, 5));
        assertThat(r4.current()).isEqualTo(q4);
        assertThat(q4.missedTuesdays()).isEqualTo(skipped.stream().filter(q3.next()::contains).count());
        assertThat(q4.incidents()).isEqualTo(breaches.stream().filter(b -> b.finding().rule() == Rule.R_4_5
                && q3.next().contains(b.finding().date())).count());

        // an act drawn up on a deviation day says so, the others do not
        kg.trustbox.access.Official chair = kg.trustbox.access.Official.of(Fixtures.CHAIR, kg.trustbox.access.Role.COMMISSION_MEMBER);
        for (kg.trustbox.box.JournalEntry e : h.office.journal()) {
            if (e.act().isPresent()) {
                assertThat(h.office.documents().withdrawalAct(e.act().get(), kg.trustbox.school.Language.RUSSIAN, chair).orElseThrow()
                        .deviation()).as("the act of %s", e.openedAt()).isEqualTo(e.deviation().map(d -> d.reason()));
            }
        }

        // the check on random days, over the whole term: exactly the breaches certain by then
        LocalDate from = FIRST_TUESDAY.minusDays(1);
        LocalDate to = FIRST_TUESDAY.plusWeeks(WEEKS).minusDays(1); // the term's last day: no opening is played after it
        for (int i = 0; i < 3; i++) {
            LocalDate today = i == 2 ? end.plusDays(1) : FIRST_TUESDAY.plusDays(random.nextInt(WEEKS * 7 + 30));
            at(h, today, 8);
            List<Expected> found = h.office.complianceCheck(from, to).stream()
                    .filter(f -> f.rule() == Rule.R_4_3 || f.rule() == Rule.R_4_5 || f.rule() == Rule.LAW_67)
                    .map(Expected::of).toList();
            List<Expected> expected = breaches.stream().filter(b -> !b.certainOn().isAfter(today) && !b.finding().date().isAfter(to))
                    .map(Breach::finding).toList();
            assertThat(found).as("checked on %s (owed from %s, holiday %s)", today, owedFrom, holiday)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /** What will happen to a registered appeal, and when. */
    private record Pending(LocalDate on, Runnable step) {
    }

    private static Pending appealPlan(Harness h, Random random, AppealId id, LocalDate withdrawn, List<Breach> breaches) {
        LocalDate registrationDue = h.school.calendar().nextWorkingDay(withdrawn);
        boolean registerLate = random.nextInt(8) == 0;
        LocalDate registered = registerLate ? registrationDue.plusDays(1 + random.nextInt(3)) : withdrawn;
        if (registerLate) {
            breaches.add(new Breach(new Expected(Rule.LAW_67, registrationDue.plusDays(1), "compliance.registeredLate"),
                    registrationDue.plusDays(1)));
        }
        LocalDate due = registered.plusDays(14);
        int kind = random.nextInt(6);
        // 0, 1: decided on time; 2: decided late; 3: extended in time, decided before the new date;
        // 4: asked to extend after the term ran out (refused), decided late; 5: never decided
        LocalDate decided = switch (kind) {
            case 0, 1 -> registered.plusDays(1 + random.nextInt(14));
            case 2 -> due.plusDays(1 + random.nextInt(10));
            case 3 -> due.plusDays(random.nextInt(10));
            case 4 -> due.plusDays(3 + random.nextInt(5));
            default -> null;
        };
        if (kind == 2 || kind == 4 || kind == 5) {
            breaches.add(new Breach(new Expected(Rule.LAW_67, due.plusDays(1), "compliance.overdue"), due.plusDays(1)));
        }
        return new Pending(registered, () -> {
            at(h, registered, 14);
            h.office.register(id, RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.values()[random.nextInt(5)],
                    AppealLanguage.KYRGYZ, "мазмуну")).orElseThrow();
            if (kind == 3) {
                assertThat(h.office.extend(id, "эрте", registered.plusDays(25)).rejectionIfAny())
                        .as("Law No. 67 a registered appeal is assigned before its term is extended")
                        .hasValueSatisfying(r -> assertThat(r.key()).isEqualTo("appeal.extendNotConsidered"));
            }
            h.office.assign(id, Fixtures.RESPONSIBLE).orElseThrow();
            if (kind == 3) {
                at(h, due.minusDays(random.nextInt(5)), 10);
                h.office.extend(id, "кошумча текшерүү", registered.plusDays(25)).orElseThrow();
            }
            if (kind == 4) {
                at(h, due.plusDays(1 + random.nextInt(2)), 10);
                assertThat(h.office.extend(id, "кеч", registered.plusDays(25)).rejectionIfAny())
                        .as("Law No. 67 a term that ran out is not extended").hasValueSatisfying(r -> {
                            assertThat(r.rule()).isEqualTo(Rule.LAW_67);
                            assertThat(r.key()).isEqualTo("appeal.extendAfterTerm");
                        });
            }
            if (decided != null) {
                at(h, decided, 11);
                h.office.decide(id, Decision.of(Verdict.values()[random.nextInt(3)], "чаралар")).orElseThrow();
            }
        });
    }

    private static void runUntil(Harness h, List<Pending> pending, LocalDate until) {
        pending.sort(java.util.Comparator.comparing(Pending::on));
        while (!pending.isEmpty() && pending.get(0).on().isBefore(until)) {
            pending.remove(0).step().run();
        }
    }

    private static void at(Harness h, LocalDate day, int hour) {
        at(h, day, hour, 0);
    }

    private static void at(Harness h, LocalDate day, int hour, int minute) {
        h.clock.set(day.atTime(LocalTime.of(hour, minute)).atZone(h.school.zone()).toInstant());
    }
}
