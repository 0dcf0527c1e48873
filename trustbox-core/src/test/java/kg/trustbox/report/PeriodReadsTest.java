package kg.trustbox.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import kg.trustbox.Regulation;
import kg.trustbox.appeal.AppealTracking;
import kg.trustbox.chain.Chain;
import kg.trustbox.rule.Rule;
import kg.trustbox.store.Stores;
import kg.trustbox.testing.Examples;
import kg.trustbox.testing.Harness;
import kg.trustbox.testing.YearOfActivity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The compliance check reads the period it checks (the journal near it, the appeals undecided or
 * decided since it began) and the chains from a checkpoint, and finds exactly what a check that
 * reads and verifies everything finds. The year of activity is played once per example: 8
 * examples (2 under mutation testing) keep the class near two seconds.
 */
@DisplayName("the compliance check reads the period, and finds what a check of everything finds")
class PeriodReadsTest {

    /** The check as it was before it read by period: every record of the school, both chains whole. */
    private static List<Finding> everything(Harness h, LocalDate from, LocalDate to) {
        Regulation r = Regulation.defaults();
        Stores s = h.stores;
        var school = h.school.id();
        return new ComplianceCheck(h.school, r.schedule(), r.deadlines(), r.meetingsPerHalfYear()).run(new ComplianceCheck.Evidence(
                s.commissions().history(school), s.boxes().find(school), s.journal().entries(school), s.journal().verify(school),
                s.accessLog().verify(school), s.appeals().list(school), s.meetings().list(school), s.reports().list(school)),
                from, to, today(h));
    }

    private static LocalDate today(Harness h) {
        return h.school.local(h.clock.instant()).toLocalDate();
    }

    private static Harness yearWithBreaches(long seed) {
        Harness h = Harness.inMemory().ready();
        YearOfActivity.play(h, Set.of(new YearOfActivity.LateRegistration((int) (seed % 52)),
                new YearOfActivity.LateDecision((int) ((seed + 17) % 50)), new YearOfActivity.MissedTuesday((int) ((seed + 31) % 52))), seed);
        YearOfActivity.after(h);
        return h;
    }

    @Test
    @DisplayName("R-4.3 R-4.5 R-5.3 R-5.5 property: any period of a year with breaches gets the findings a check of everything gets")
    void anyPeriod() {
        qt().withExamples(Examples.of(8)).forAll(integers().between(0, 1000), integers().between(0, 364), integers().between(0, 200))
                .checkAssert((seed, start, length) -> {
                    Harness h = yearWithBreaches(seed);
                    LocalDate from = YearOfActivity.FROM.plusDays(start);
                    LocalDate to = from.plusDays(length);
                    List<Finding> found = h.office.complianceCheck(from, to);
                    assertThat(found).as("%s..%s", from, to).isEqualTo(everything(h, from, to));
                });
    }

    @Test
    @DisplayName("R-6.1 R-6.2 a check from the checkpoint of the one before finds the same, and moves the checkpoint to the heads")
    void fromACheckpoint() {
        Harness h = yearWithBreaches(7);
        ComplianceCheck.Result whole = h.office.complianceCheck(YearOfActivity.FROM, YearOfActivity.TO, ComplianceCheck.Checkpoint.START);
        assertThat(whole.findings()).isNotEmpty().isEqualTo(everything(h, YearOfActivity.FROM, YearOfActivity.TO));
        assertThat(whole.checkpoint()).isEqualTo(heads(h));

        // more is written: an opening and a read of an identity
        h.nextTuesday();
        h.openAndSeal(List.of(kg.trustbox.box.Paper.from(kg.trustbox.appellant.Appellant.anonymous())));
        AppealTracking any = h.office.appeals().get(0);
        h.office.readIdentity(any.id(), kg.trustbox.access.Official.of(kg.trustbox.testing.Fixtures.CHAIR, kg.trustbox.access.Role.COMMISSION_MEMBER), kg.trustbox.access.Purpose.CONSIDERATION);
        assertThat(heads(h)).isNotEqualTo(whole.checkpoint());

        ComplianceCheck.Result next = h.office.complianceCheck(YearOfActivity.FROM, YearOfActivity.TO, whole.checkpoint());
        assertThat(next.findings()).isEqualTo(everything(h, YearOfActivity.FROM, YearOfActivity.TO));
        assertThat(next.checkpoint()).isEqualTo(heads(h));
    }

    @Test
    @DisplayName("R-6.1 R-6.2 a checkpoint the chains no longer hold is a finding on each chain, and the checkpoint stays")
    void aCheckpointNoLongerHeld() {
        Harness h = yearWithBreaches(3);
        ComplianceCheck.Checkpoint forged = new ComplianceCheck.Checkpoint(new Chain.Head(3, "f".repeat(64)),
                new Chain.Head(1, "e".repeat(64)));
        ComplianceCheck.Result r = h.office.complianceCheck(YearOfActivity.FROM, YearOfActivity.TO, forged);
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(Rule.R_6_2);
            assertThat(f.basis()).isEqualTo(new Basis.ChainRecord(true, 3));
        });
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(Rule.R_6_1);
            assertThat(f.basis()).isEqualTo(new Basis.ChainRecord(false, 1));
        });
        assertThat(r.checkpoint()).isEqualTo(forged);
    }

    @Test
    @DisplayName("LAW-67 overdue and due-soon lists read the undecided appeals and agree with the whole register")
    void overdueFromTheUndecided() {
        Harness h = yearWithBreaches(11);
        h.nextTuesday();
        h.openAndSeal(List.of(kg.trustbox.box.Paper.from(kg.trustbox.appellant.Appellant.anonymous()), kg.trustbox.box.Paper.from(kg.trustbox.appellant.Appellant.anonymous())));
        for (int days : new int[] {0, 3, 30, 400}) {
            LocalDate on = today(h).plusDays(days);
            assertThat(h.office.overdue(on)).isEqualTo(h.office.appeals().stream().filter(t -> t.isOverdueOn(on)).toList());
            assertThat(h.office.dueSoon(on, 10)).isEqualTo(h.office.appeals().stream()
                    .filter(t -> t.due().filter(d -> !d.isBefore(on) && !d.isAfter(on.plusDays(10))).isPresent()).toList());
        }
        assertThat(h.office.overdue(today(h).plusDays(400))).isNotEmpty();
    }

    @Test
    @DisplayName("R-1.5.1 the register page by page makes the whole register, and a page's size is bounded")
    void pages() {
        Harness h = yearWithBreaches(5);
        List<AppealTracking> all = h.office.appeals();
        assertThat(all).hasSizeGreaterThan(20);
        List<AppealTracking> paged = new java.util.ArrayList<>(h.office.appeals(7));
        while (paged.size() < all.size()) {
            List<AppealTracking> next = h.office.appealsAfter(paged.get(paged.size() - 1).id(), 7);
            assertThat(next).isNotEmpty().hasSizeLessThanOrEqualTo(7);
            paged.addAll(next);
        }
        assertThat(paged).isEqualTo(all);
        assertThat(h.office.appealsAfter(all.get(all.size() - 1).id(), 7)).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> h.office.appeals(0))
                .isInstanceOf(kg.trustbox.outcome.InvalidInputException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> h.office.appeals(1001))
                .isInstanceOf(kg.trustbox.outcome.InvalidInputException.class);
    }

    private static ComplianceCheck.Checkpoint heads(Harness h) {
        var school = h.school.id();
        return new ComplianceCheck.Checkpoint(h.stores.journal().head(school).orElse(Chain.Head.START),
                h.stores.accessLog().head(school).orElse(Chain.Head.START));
    }
}
