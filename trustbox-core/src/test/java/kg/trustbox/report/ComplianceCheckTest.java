package kg.trustbox.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kg.trustbox.rule.Rule;
import kg.trustbox.testing.Harness;
import kg.trustbox.testing.YearOfActivity;
import kg.trustbox.testing.YearOfActivity.Breach;
import kg.trustbox.testing.YearOfActivity.Expected;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the compliance check finds what an inspector would")
class ComplianceCheckTest {

    private static Breach breach(int kind, int n) {
        return switch (kind) {
            case 0 -> new YearOfActivity.MissedTuesday(n % 52);
            case 1 -> new YearOfActivity.LateRegistration(n % 52);
            case 2 -> new YearOfActivity.LateDecision(n % 50);
            case 3 -> new YearOfActivity.UnsignedProtocol(n % 4);
            case 4 -> new YearOfActivity.LateReport(n % 4);
            default -> new YearOfActivity.SealedNextDay(n % 52);
        };
    }

    @Test
    @DisplayName("R-4.3 R-4.5 R-5.3 R-5.5 a clean year of activity has no findings")
    void cleanYear() {
        Harness h = Harness.inMemory().ready();
        YearOfActivity.play(h, Set.of(), 7);
        YearOfActivity.after(h);
        List<Finding> findings = h.office.complianceCheck(YearOfActivity.FROM, YearOfActivity.TO);
        assertThat(findings).isEmpty();
        assertThat(h.office.protocols()).hasSize(4).allMatch(p -> p.isComplete());
    }

    @Test
    @DisplayName("R-4.3 R-4.5 R-5.3 R-5.5 property: every breach seeded into a year is found, with its rule and date, and nothing else")
    void seededBreaches() {
        qt().withExamples(kg.trustbox.testing.Examples.of(12)).forAll(lists().of(integers().between(0, 5)).ofSizeBetween(1, 4), lists().of(integers().between(0, 200))
                .ofSize(4), integers().between(0, 1000)).checkAssert((kinds, numbers, seed) -> {
                    Set<Breach> breaches = new HashSet<>();
                    Set<Integer> weeks = new HashSet<>();
                    for (int i = 0; i < kinds.size(); i++) {
                        Breach b = breach(kinds.get(i), numbers.get(i));
                        int week = numbers.get(i) % 52;
                        // one breach per week keeps the expectations independent
                        if (kinds.get(i) == 3 || kinds.get(i) == 4 || weeks.add(week) && weeks.add(week + 1000)) {
                            breaches.add(b);
                        }
                    }
                    Harness h = Harness.inMemory().ready();
                    List<Expected> expected = YearOfActivity.play(h, breaches, seed);
                    YearOfActivity.after(h);
                    List<Finding> findings = h.office.complianceCheck(YearOfActivity.FROM, YearOfActivity.TO);
                    for (Expected e : expected) {
                        assertThat(findings).as("seeded %s, found %s", breaches, findings)
                                .anySatisfy(f -> {
                                    assertThat(f.rule()).isEqualTo(e.rule());
                                    assertThat(f.date()).isEqualTo(e.date());
                                });
                    }
                    assertThat(findings).as("nothing beyond what was seeded, for %s", breaches)
                            .allSatisfy(f -> assertThat(expected).contains(new Expected(f.rule(), f.date())));
                });
    }

    @Test
    @DisplayName("R-5.3 the minimum of meetings per half-year is configurable")
    void configurableMinimum() {
        Harness strict = new Harness(kg.trustbox.store.memory.InMemoryStores.create(), kg.trustbox.testing.Fixtures.school("s9"),
                kg.trustbox.Regulation.defaults().withMeetingsPerHalfYear(3)).ready();
        YearOfActivity.play(strict, Set.of(), 3);
        YearOfActivity.after(strict);
        List<Finding> findings = strict.office.complianceCheck(YearOfActivity.FROM, YearOfActivity.TO);
        assertThat(findings).extracting(Finding::rule).containsOnly(Rule.R_5_3);
        assertThat(findings).extracting(Finding::date).containsExactly(LocalDate.of(2027, 6, 30), LocalDate.of(2027, 12, 31));
        assertThat(findings.get(0).message(java.util.Locale.ROOT))
                .isEqualTo("2027-06-30 R-5.3: half-year 2027-H1 had 2 meeting(s) with complete minutes; at least 3 are required"
                        + " (protocols of 2027-H1)");
        assertThat(findings.get(0).message(kg.trustbox.rule.Messages.RUSSIAN)).endsWith("(протоколы за 2027-H1)");
        assertThat(findings.get(0).basis()).isEqualTo(new Basis.Protocols(new HalfYear(2027, 1)));
    }

    @Test
    @DisplayName("R-5.2 R-5.4 R-5.5 R-4.3 a commission without responsible person or officers is reported, so is a missing report; no opening is owed yet")
    void commissionFindings() {
        Harness h = Harness.inMemory();
        h.office.appointCommission(new kg.trustbox.commission.Order("1", LocalDate.of(2026, 12, 20)),
                kg.trustbox.testing.Fixtures.fiveMembers()).orElseThrow();
        h.clock.set(LocalDate.of(2027, 2, 8).atStartOfDay(h.school.zone()).toInstant());
        List<Finding> findings = h.office.complianceCheck(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31));
        assertThat(findings).extracting(Finding::rule).contains(Rule.R_5_2, Rule.R_5_4, Rule.R_5_5)
                .as("R-4.3 no opening is owed while the commission is not constituted and no box is installed")
                .doesNotContain(Rule.R_4_3);
    }
}
