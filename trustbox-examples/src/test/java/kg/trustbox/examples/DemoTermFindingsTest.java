package kg.trustbox.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.report.Basis;
import kg.trustbox.report.Finding;
import kg.trustbox.report.Quarter;
import kg.trustbox.rule.Rule;
import kg.trustbox.store.memory.InMemoryStores;
import kg.trustbox.time.ManualClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the demo's term: the compliance check finds exactly the mishaps played, and the report agrees with it")
class DemoTermFindingsTest {

    private record Played(TrustBoxOffice office, SchoolTerm.Result term, List<Finding> findings) {
    }

    private static Played play(SchoolTerm.Mishaps mishaps) {
        ManualClock clock = new ManualClock(LocalDate.of(2026, 8, 24).atStartOfDay(DemoSchool.school().zone()).toInstant());
        TrustBoxOffice office = TrustBoxOffice.of(DemoSchool.school(), InMemoryStores.create(), clock);
        SchoolTerm term = new SchoolTerm(office, clock, 7, line -> { }, mishaps);
        term.setUpIfNew();
        SchoolTerm.Result result = term.play(term.nextTermStart());
        clock.set(result.last().plusDays(14), LocalTime.of(18, 0), office.school().zone());
        return new Played(office, result, office.complianceCheck(result.first(), result.last()));
    }

    @Test
    @DisplayName("R-4.3 R-4.5 Law No. 67: the demo's own term reports its broken seal and its overdue appeal, nothing else")
    void theDemoTermHasNoFalseFinding() {
        Played p = play(SchoolTerm.Mishaps.DEMO);
        assertThat(p.findings()).as("%s", p.findings()).hasSize(2);
        assertThat(p.findings()).extracting(Finding::rule).containsExactly(Rule.R_4_5, Rule.LAW_67);
        assertThat(p.findings().get(0).key()).isEqualTo("compliance.incident.SEAL_BROKEN");
        assertThat(p.findings().get(0).date()).isEqualTo(p.term().first().plusWeeks(4));
        assertThat(p.findings().get(1).key()).isEqualTo("compliance.overdue");
    }

    @Test
    @DisplayName("R-4.3 R-5.5 the quarterly report counts no missed Tuesday before the commission was constituted and the box installed")
    void theReportCountsNoTuesdayBeforeTheBox() {
        Played p = play(SchoolTerm.Mishaps.DEMO);
        Quarter q3 = new Quarter(2026, 3);
        assertThat(p.office().quarterlyReport(q3).orElseThrow().current().missedTuesdays()).isZero();
        var q4 = p.office().prepareQuarterlyReport(q3.next(), "", DemoSchool.RESPONSIBLE).orElseThrow();
        assertThat(q4.previous())
                .as("the Q4 report shows Q3 as the Q3 report did").isEqualTo(p.office().quarterlyReport(q3).orElseThrow().current());
    }

    @Test
    @DisplayName("R-4.3 R-4.5 Law No. 67: a term with a late extension, a broken seal and a missed Tuesday reports exactly those three")
    void exactlyTheThreeMishaps() {
        Played p = play(new SchoolTerm.Mishaps(true, false, true, true));
        List<Finding> f = p.findings();
        assertThat(f).as("%s", f).hasSize(3);
        LocalDate start = p.term().first();
        assertThat(f.get(0).rule()).isEqualTo(Rule.R_4_5);
        assertThat(f.get(0).date()).isEqualTo(start.plusWeeks(4));
        assertThat(f.get(0).basis()).isInstanceOf(Basis.JournalEntry.class);
        assertThat(f.get(1).rule()).isEqualTo(Rule.R_4_3);
        assertThat(f.get(1).date()).isEqualTo(start.plusWeeks(9));
        assertThat(f.get(1).basis()).isEqualTo(new Basis.NoOpening(start.plusWeeks(9)));
        assertThat(f.get(2).rule()).isEqualTo(Rule.LAW_67);
        assertThat(f.get(2).key()).isEqualTo("compliance.overdue");
        assertThat(f.get(2).basis()).isInstanceOf(Basis.Appeal.class);
        for (Finding x : f) {
            assertThat(x.message(Locale.forLanguageTag("ky"))).doesNotContain("compliance.", "basis.");
            assertThat(x.message(Locale.forLanguageTag("ru"))).doesNotContain("compliance.", "basis.");
        }
    }
}
