package kg.trustbox.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kg.trustbox.Regulation;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Registration;
import kg.trustbox.appeal.RegistrationNumber;
import kg.trustbox.appeal.Withdrawal;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.Deviation;
import kg.trustbox.box.Incident;
import kg.trustbox.box.Inspection;
import kg.trustbox.box.JournalEntry;
import kg.trustbox.box.Opening;
import kg.trustbox.box.Seal;
import kg.trustbox.box.SealedBox;
import kg.trustbox.box.TrustBox;
import kg.trustbox.chain.Chain;
import kg.trustbox.commission.Commission;
import kg.trustbox.commission.Member;
import kg.trustbox.commission.Officers;
import kg.trustbox.commission.Order;
import kg.trustbox.commission.PersonId;
import kg.trustbox.commission.ResponsiblePerson;
import kg.trustbox.meeting.AgendaItem;
import kg.trustbox.meeting.Protocol;
import kg.trustbox.rule.Messages;
import kg.trustbox.rule.Rule;
import kg.trustbox.school.Language;
import kg.trustbox.school.School;
import kg.trustbox.testing.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The compliance check's rules one by one, on evidence written out by hand: each finding with its
 * rule, date, key and the record it rests on, and nothing more. Independent of the office and the
 * stores.
 */
@DisplayName("the compliance check's rules, one by one, on evidence written by hand")
class ComplianceRulesTest {
    private static final School SCHOOL = Fixtures.school("c1");
    private static final Regulation R = Regulation.defaults();
    private static final ComplianceCheck CHECK = new ComplianceCheck(SCHOOL, R.schedule(), R.deadlines(), 2);
    private static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    private static final LocalDate TO = LocalDate.of(2026, 9, 30);
    private static final LocalDate LATER = LocalDate.of(2027, 3, 1);
    private static final Order ORDER = new Order("45-к", LocalDate.of(2026, 8, 20));

    private static Instant at(LocalDate day, int hour) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)).atZone(SCHOOL.zone()).toInstant();
    }

    /** A constituted commission of {@code members}, elected on 21 August, with or without a responsible person and officers. */
    private static Commission commission(List<Member> members, boolean responsible, boolean officers) {
        return new Commission(SCHOOL.id(), ORDER, members,
                responsible ? Optional.of(new ResponsiblePerson(Fixtures.RESPONSIBLE, ORDER)) : Optional.empty(),
                officers ? Optional.of(new Officers(Fixtures.CHAIR, Fixtures.SECRETARY, LocalDate.of(2026, 8, 21), List.of(), List.of()))
                        : Optional.empty());
    }

    private static TrustBox box() {
        return SealedBox.installed(SCHOOL.id(), Seal.of("S-0"), at(LocalDate.of(2026, 8, 25), 10));
    }

    /** The Tuesdays of September 2026 opened in the slot and sealed the same day, except those listed. */
    private static List<JournalEntry> journal(Set<LocalDate> skip, Map<LocalDate, Set<Incident>> incidents, Set<LocalDate> sealedNextDay,
                                              Set<LocalDate> deviations) {
        List<JournalEntry> entries = new java.util.ArrayList<>();
        Chain.Head head = new Chain.Head(0, Chain.GENESIS);
        for (LocalDate d = LocalDate.of(2026, 9, 1); d.isBefore(LocalDate.of(2026, 10, 1)); d = d.plusWeeks(1)) {
            if (skip.contains(d)) {
                continue;
            }
            LocalDate day = deviations.contains(d) ? d.plusDays(1) : d;
            Opening o = new Opening(at(day, 12), Fixtures.quorum(), Seal.of("S-" + head.sequence()), Inspection.inOrder(Seal.of("S-0")),
                    incidents.getOrDefault(d, Set.of()), deviations.contains(d) ? Optional.of(new Deviation("майрам")) : Optional.empty(), 1,
                    Optional.of(new ActNumber(2026, (int) head.sequence() + 1)));
            JournalEntry e = JournalEntry.next(head, SCHOOL.id(), o, Seal.of("S-" + (head.sequence() + 1)),
                    at(sealedNextDay.contains(d) ? day.plusDays(1) : day, 13));
            entries.add(e);
            head = e.head();
        }
        return entries;
    }

    private static ComplianceCheck.Evidence evidence(List<Commission> commissions, List<JournalEntry> journal,
                                                     Chain.Verification journalCheck, Chain.Verification logCheck,
                                                     List<kg.trustbox.appeal.Appeal> appeals, List<Protocol> protocols) {
        return new ComplianceCheck.Evidence(commissions, Optional.of(box()), journal, journalCheck, logCheck, appeals, protocols, List.of());
    }

    private static final Chain.Verification OK = new Chain.Verification.Intact(0);

    private static List<Finding> check(ComplianceCheck.Evidence e) {
        return CHECK.run(e, FROM, TO, LATER).stream().filter(f -> f.rule() != Rule.R_5_5 && f.rule() != Rule.R_5_3).toList();
    }

    @Test
    @DisplayName("R-4.3 R-4.5 a clean month has no finding; a skipped Tuesday, an incident, a late sealing each one, at their entry")
    void openingsAndSealing() {
        Commission c = commission(Fixtures.fiveMembers(), true, true);
        assertThat(check(evidence(List.of(c), journal(Set.of(), Map.of(), Set.of(), Set.of()), OK, OK, List.of(), List.of()))).isEmpty();

        List<JournalEntry> j = journal(Set.of(LocalDate.of(2026, 9, 15)), Map.of(LocalDate.of(2026, 9, 8), Set.of(Incident.SEAL_BROKEN,
                Incident.BOX_DAMAGED)), Set.of(LocalDate.of(2026, 9, 22)), Set.of());
        List<Finding> f = check(evidence(List.of(c), j, OK, OK, List.of(), List.of()));
        assertThat(f).extracting(Finding::date, Finding::rule, Finding::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 9, 8), Rule.R_4_5, "compliance.incident.BOX_DAMAGED"),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 9, 8), Rule.R_4_5, "compliance.incident.SEAL_BROKEN"),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 9, 15), Rule.R_4_3, "compliance.missedOpening"),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 9, 22), Rule.R_4_5, "compliance.sealedLate"));
        assertThat(f.get(0).basis()).isEqualTo(new Basis.JournalEntry(2, Optional.of(new ActNumber(2026, 2))));
        assertThat(f.get(2).basis()).isEqualTo(new Basis.NoOpening(LocalDate.of(2026, 9, 15)));
        assertThat(f.get(3).values()).containsExactly("2026-09-22", "2026-09-23");
    }

    @Test
    @DisplayName("R-4.3 a deviation moves the opening: the Tuesday it replaces is held, the next Tuesday still owed")
    void deviationsHoldOnlyTheirWeek() {
        Commission c = commission(Fixtures.fiveMembers(), true, true);
        // 8 September moved to the 9th with a deviation; 15 September skipped: 6 days from the 9th, so held
        List<Finding> held = check(evidence(List.of(c), journal(Set.of(LocalDate.of(2026, 9, 15)), Map.of(), Set.of(),
                Set.of(LocalDate.of(2026, 9, 8))), OK, OK, List.of(), List.of()));
        assertThat(held).isEmpty();
        // 22 September skipped: 13 days after the deviation, so missed; an opening without deviation holds only its own day
        List<Finding> missed = check(evidence(List.of(c), journal(Set.of(LocalDate.of(2026, 9, 22)), Map.of(), Set.of(),
                Set.of(LocalDate.of(2026, 9, 8))), OK, OK, List.of(), List.of()));
        assertThat(missed).extracting(Finding::date).containsExactly(LocalDate.of(2026, 9, 22));
    }

    @Test
    @DisplayName("R-4.3 nothing is judged before its deviation window has passed, nor after today")
    void onlyWhatHasHappened() {
        Commission c = commission(Fixtures.fiveMembers(), true, true);
        List<JournalEntry> j = journal(Set.of(LocalDate.of(2026, 9, 15)), Map.of(), Set.of(), Set.of());
        ComplianceCheck.Evidence e = evidence(List.of(c), j, OK, OK, List.of(), List.of());
        assertThat(CHECK.run(e, FROM, TO, LocalDate.of(2026, 9, 21))).as("window open until the 21st").isEmpty();
        assertThat(CHECK.run(e, FROM, TO, LocalDate.of(2026, 9, 22))).extracting(Finding::rule).contains(Rule.R_4_3);
    }

    @Test
    @DisplayName("R-6.2 R-6.1 a broken journal and a broken access log are findings at the period's end, naming the record")
    void brokenChains() {
        Commission c = commission(Fixtures.fiveMembers(), true, true);
        List<Finding> f = check(evidence(List.of(c), journal(Set.of(), Map.of(), Set.of(), Set.of()),
                new Chain.Verification.Broken(3, "x"), new Chain.Verification.Broken(7, "y"), List.of(), List.of()));
        assertThat(f).extracting(Finding::rule, Finding::date, Finding::basis).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Rule.R_6_1, TO, new Basis.ChainRecord(false, 7)),
                org.assertj.core.groups.Tuple.tuple(Rule.R_6_2, TO, new Basis.ChainRecord(true, 3)));
        assertThat(f.get(0).message(Locale.ROOT)).isEqualTo("2026-09-30 R-6.1: the access log does not verify from record 7"
                + " (access log, record 7)");
        assertThat(f.get(1).message(Messages.RUSSIAN)).endsWith("(журнал вскрытий, запись 3)");
    }

    @Test
    @DisplayName("R-5.1 R-5.2 R-5.4 an even or too small commission, one without a parent, responsible person or officers is reported")
    void commissionFindings() {
        List<Member> four = Fixtures.fiveMembers().subList(0, 4);
        List<Member> noParent = Fixtures.fiveMembers().stream().map(m -> new Member(m.id(), m.fullName(), m.position(Language.KYRGYZ),
                false)).toList();
        List<Member> two = Fixtures.fiveMembers().subList(2, 4);
        assertThat(check(evidence(List.of(commission(four, true, true)), journal(Set.of(), Map.of(), Set.of(), Set.of()), OK, OK,
                List.of(), List.of()))).extracting(Finding::key, Finding::date, Finding::basis)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("compliance.commissionSize", FROM, new Basis.Order("45-к")));
        assertThat(check(evidence(List.of(commission(two, true, true)), journal(Set.of(), Map.of(), Set.of(), Set.of()), OK, OK,
                List.of(), List.of()))).extracting(Finding::key).contains("compliance.commissionSize");
        assertThat(check(evidence(List.of(commission(noParent, true, true)), journal(Set.of(), Map.of(), Set.of(), Set.of()), OK, OK,
                List.of(), List.of()))).extracting(Finding::key).containsExactly("compliance.noParent");
        assertThat(check(evidence(List.of(commission(Fixtures.fiveMembers(), false, true)), journal(Set.of(), Map.of(), Set.of(),
                Set.of()), OK, OK, List.of(), List.of()))).extracting(Finding::rule, Finding::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.R_5_2, TO));
        assertThat(check(evidence(List.of(commission(Fixtures.fiveMembers(), true, false)), List.of(), OK, OK, List.of(), List.of())))
                .as("not constituted: reported, and no opening owed").extracting(Finding::rule).containsExactly(Rule.R_5_4);
    }

    @Test
    @DisplayName("Law No. 67 an appeal not registered by the next working day is named by its act line; a registered one by its number")
    void registrationAndDecision() {
        Commission c = commission(Fixtures.fiveMembers(), true, true);
        Instant tuesday = at(LocalDate.of(2026, 9, 8), 12);
        kg.trustbox.appeal.Appeal unregistered = kg.trustbox.appeal.Appeal.withdrawn(SCHOOL.id(),
                new Withdrawal(new ActNumber(2026, 2), 1, tuesday), Appellant.anonymous());
        kg.trustbox.appeal.Appeal registeredLate = kg.trustbox.appeal.Appeal.withdrawn(SCHOOL.id(),
                new Withdrawal(new ActNumber(2026, 2), 2, tuesday), Appellant.anonymous())
                .register(new Registration(new RegistrationNumber(2026, 5), at(LocalDate.of(2026, 9, 10), 9), Fixtures.RESPONSIBLE,
                        Category.COMPLAINT, AppealLanguage.KYRGYZ, "мазмуну", Optional.empty())).orElseThrow();
        List<Finding> f = check(evidence(List.of(c), journal(Set.of(), Map.of(), Set.of(), Set.of()), OK, OK,
                List.of(unregistered, registeredLate), List.of()));
        assertThat(f).extracting(Finding::key, Finding::date, Finding::basis).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("compliance.registeredLate", LocalDate.of(2026, 9, 10), new Basis.Appeal("2026-2-1")),
                org.assertj.core.groups.Tuple.tuple("compliance.registeredLate", LocalDate.of(2026, 9, 10), new Basis.Appeal("2026-0005")),
                org.assertj.core.groups.Tuple.tuple("compliance.overdue", LocalDate.of(2026, 9, 25), new Basis.Appeal("2026-0005")));
    }

    @Test
    @DisplayName("R-5.3 an unsigned protocol is a finding on its date; a half-year with too few complete minutes at its end")
    void meetings() {
        Commission c = commission(Fixtures.fiveMembers(), true, true);
        List<PersonId> all = Fixtures.fiveMembers().stream().map(Member::id).toList();
        java.util.Map<PersonId, LocalDate> everyone = new java.util.LinkedHashMap<>();
        all.forEach(p -> everyone.put(p, LocalDate.of(2026, 9, 20)));
        List<AgendaItem> agenda = List.of(new AgendaItem.Other("x"));
        // two complete protocols in the first half-year, one complete and two unsigned in the second
        List<Protocol> protocols = List.of(
                new Protocol(SCHOOL.id(), 1, LocalDate.of(2026, 3, 10), Fixtures.SECRETARY, all, agenda, List.of("y"), all, everyone),
                new Protocol(SCHOOL.id(), 2, LocalDate.of(2026, 4, 10), Fixtures.SECRETARY, all, agenda, List.of("y"), all, everyone),
                new Protocol(SCHOOL.id(), 3, LocalDate.of(2026, 9, 10), Fixtures.SECRETARY, all, agenda, List.of("y"), all, everyone),
                new Protocol(SCHOOL.id(), 4, LocalDate.of(2026, 9, 16), Fixtures.SECRETARY, all, agenda, List.of("y"), all, Map.of()),
                new Protocol(SCHOOL.id(), 5, LocalDate.of(2026, 10, 1), Fixtures.SECRETARY, all, agenda, List.of("y"), all, Map.of()));
        List<Finding> f = CHECK.run(evidence(List.of(c), journal(Set.of(), Map.of(), Set.of(), Set.of()), OK, OK, List.of(),
                protocols), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), LATER).stream()
                .filter(x -> x.rule() == Rule.R_5_3).toList();
        assertThat(f).extracting(Finding::key, Finding::date, Finding::basis).containsExactly(
                org.assertj.core.groups.Tuple.tuple("compliance.protocolUnsigned", LocalDate.of(2026, 9, 16), new Basis.Protocol(4)),
                org.assertj.core.groups.Tuple.tuple("compliance.protocolUnsigned", LocalDate.of(2026, 10, 1), new Basis.Protocol(5)),
                org.assertj.core.groups.Tuple.tuple("compliance.fewMeetings", LocalDate.of(2026, 12, 31),
                        new Basis.Protocols(new HalfYear(2026, 2))));
        assertThat(f.get(0).values()).containsExactly("4", "5");
        assertThat(f.get(2).values()).as("only the second half-year's complete minutes count").containsExactly("2026-H2", "1", "2");
    }

    @Test
    @DisplayName("R-5.1 a commission of three with a parent is in order; of the compositions, the one in force at the period's end is judged")
    void smallestCommissionAndTheOneInForce() {
        List<Member> three = List.of(Fixtures.fiveMembers().get(0), Fixtures.fiveMembers().get(1), Fixtures.fiveMembers().get(3));
        assertThat(check(evidence(List.of(commission(three, true, true)), journal(Set.of(), Map.of(), Set.of(), Set.of()), OK, OK,
                List.of(), List.of()))).isEmpty();
        Commission first = commission(Fixtures.fiveMembers(), false, true);
        Commission second = new Commission(SCHOOL.id(), new Order("60-к", LocalDate.of(2026, 9, 10)), Fixtures.fiveMembers(),
                Optional.of(new ResponsiblePerson(Fixtures.RESPONSIBLE, ORDER)), first.officers());
        Commission afterwards = new Commission(SCHOOL.id(), new Order("90-к", LocalDate.of(2026, 10, 20)), Fixtures.fiveMembers(),
                Optional.empty(), Optional.empty());
        assertThat(check(evidence(List.of(first, second, afterwards), journal(Set.of(), Map.of(), Set.of(), Set.of()), OK, OK,
                List.of(), List.of()))).as("the order of 10 September is in force on 30 September, the later one not yet").isEmpty();
    }

    @Test
    @DisplayName("R-4.3 an opening without a recorded deviation holds only its own day, not the Tuesday next to it")
    void onlyDeviationsMoveTheTuesday() {
        Commission c = commission(Fixtures.fiveMembers(), true, true);
        List<JournalEntry> j = new java.util.ArrayList<>(journal(Set.of(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 9, 22),
                LocalDate.of(2026, 9, 29)), Map.of(), Set.of(), Set.of()));
        JournalEntry last = j.get(j.size() - 1);
        Opening wednesday = new Opening(at(LocalDate.of(2026, 9, 16), 12), Fixtures.quorum(), last.newSeal(),
                Inspection.inOrder(last.newSeal()), Set.of(), Optional.empty(), 0, Optional.empty());
        j.add(JournalEntry.next(last.head(), SCHOOL.id(), wednesday, Seal.of("S-X"), at(LocalDate.of(2026, 9, 16), 13)));
        assertThat(check(evidence(List.of(c), j, OK, OK, List.of(), List.of()))).extracting(Finding::date)
                .containsExactly(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 9, 22), LocalDate.of(2026, 9, 29));
    }

    @Test
    @DisplayName("R-5.5 a report prepared late and never discussed, and a report missing, are found; none is owed before the commission")
    void reports() {
        Commission c = commission(Fixtures.fiveMembers(), true, true);
        QuarterlyReport late = new QuarterlyReport(SCHOOL.id(), new Quarter(2026, 3), Figures.empty(), Figures.empty(), "",
                Fixtures.RESPONSIBLE, LocalDate.of(2026, 10, 8), Optional.empty());
        ComplianceCheck.Evidence e = new ComplianceCheck.Evidence(List.of(c), Optional.of(box()), List.of(), OK, OK, List.of(),
                List.of(), List.of(late));
        List<Finding> f = CHECK.run(e, LocalDate.of(2026, 7, 1), LocalDate.of(2027, 1, 31), LATER).stream()
                .filter(x -> x.rule() == Rule.R_5_5).toList();
        assertThat(f).extracting(Finding::key, Finding::date, Finding::basis).containsExactly(
                org.assertj.core.groups.Tuple.tuple("compliance.reportLate", LocalDate.of(2026, 10, 8), new Basis.Report(new Quarter(2026, 3))),
                org.assertj.core.groups.Tuple.tuple("compliance.reportNotDiscussed", LocalDate.of(2026, 12, 31),
                        new Basis.Report(new Quarter(2026, 3))),
                org.assertj.core.groups.Tuple.tuple("compliance.reportMissing", LocalDate.of(2027, 1, 5), new Basis.Report(new Quarter(2026, 4))));
        QuarterlyReport onTimeDiscussed = new QuarterlyReport(SCHOOL.id(), new Quarter(2026, 3), Figures.empty(), Figures.empty(), "",
                Fixtures.RESPONSIBLE, LocalDate.of(2026, 10, 5), Optional.of(4));
        assertThat(CHECK.run(new ComplianceCheck.Evidence(List.of(c), Optional.of(box()), List.of(), OK, OK, List.of(), List.of(),
                List.of(onTimeDiscussed)), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), LATER))
                .filteredOn(x -> x.rule() == Rule.R_5_5).isEmpty();
    }

    @Test
    @DisplayName("R-4.5 a box left open is a finding from the next day on, with the incidents its opening found")
    void leftOpen() {
        Commission c = commission(Fixtures.fiveMembers(), true, true);
        Opening o = new Opening(at(LocalDate.of(2026, 9, 8), 12), Fixtures.quorum(), Seal.of("S-0"), new Inspection(true, true, "S-0"),
                Set.of(Incident.BOX_DAMAGED), Optional.empty(), 0, Optional.empty());
        TrustBox open = ((SealedBox) box()).open(o);
        ComplianceCheck.Evidence e = new ComplianceCheck.Evidence(List.of(c), Optional.of(open), List.of(), OK, OK, List.of(), List.of(),
                List.of());
        assertThat(CHECK.run(e, LocalDate.of(2026, 9, 8), LocalDate.of(2026, 9, 8), LocalDate.of(2026, 9, 8))
                .stream().map(Finding::key).toList()).containsExactly("compliance.incident.BOX_DAMAGED");
        List<Finding> f = CHECK.run(e, LocalDate.of(2026, 9, 8), LocalDate.of(2026, 9, 8), LocalDate.of(2026, 9, 9));
        assertThat(f).extracting(Finding::key).containsExactly("compliance.leftOpen", "compliance.incident.BOX_DAMAGED");
        assertThat(f).extracting(Finding::basis).containsOnly(new Basis.Box());
    }
}
