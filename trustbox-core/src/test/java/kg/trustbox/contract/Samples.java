package kg.trustbox.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import kg.trustbox.access.AccessRecord;
import kg.trustbox.access.Purpose;
import kg.trustbox.access.Subject;
import kg.trustbox.appeal.Answer;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Channel;
import kg.trustbox.appeal.Decision;
import kg.trustbox.appeal.Extension;
import kg.trustbox.appeal.Forwarding;
import kg.trustbox.appeal.Registration;
import kg.trustbox.appeal.RegistrationNumber;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.appeal.Withdrawal;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.ActLine;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.Deviation;
import kg.trustbox.box.Incident;
import kg.trustbox.box.Inspection;
import kg.trustbox.box.JournalEntry;
import kg.trustbox.box.Opening;
import kg.trustbox.box.Seal;
import kg.trustbox.box.WithdrawalAct;
import kg.trustbox.chain.Chain;
import kg.trustbox.commission.Commission;
import kg.trustbox.commission.Member;
import kg.trustbox.commission.Officers;
import kg.trustbox.commission.Order;
import kg.trustbox.commission.PersonId;
import kg.trustbox.commission.ResponsiblePerson;
import kg.trustbox.commission.Vote;
import kg.trustbox.school.Language;
import kg.trustbox.school.SchoolId;
import kg.trustbox.testing.Fixtures;

/**
 * Values the port contracts store and read back. Instants carry nanoseconds and texts carry
 * Kyrgyz letters, commas, quotes and line breaks, so a store must keep every field exactly.
 */
public final class Samples {
    public static final SchoolId SCHOOL = SchoolId.of("school-a");
    public static final SchoolId OTHER = SchoolId.of("school-b");
    /** Tuesday 1 September 2026, 12:10:00.123456789 in Bishkek. */
    public static final Instant T0 = Instant.parse("2026-09-01T06:10:00.123456789Z");

    private Samples() {
    }

    /** {@code T0} plus {@code minutes} and a few nanoseconds. */
    public static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes).plusNanos(minutes);
    }

    public static Commission appointed(SchoolId school, String orderNumber, LocalDate date) {
        return new Commission(school, new Order(orderNumber, date), Fixtures.fiveMembers(), Optional.empty(), Optional.empty());
    }

    /** A commission with its responsible person and officers, votes and all. */
    public static Commission constituted(SchoolId school, String orderNumber, LocalDate date) {
        List<PersonId> all = Fixtures.fiveMembers().stream().map(Member::id).toList();
        Officers officers = new Officers(Fixtures.CHAIR, Fixtures.SECRETARY, date.plusDays(3),
                all.stream().map(p -> new Vote(p, Fixtures.CHAIR)).toList(),
                all.stream().map(p -> new Vote(p, p.equals(Fixtures.CHAIR) ? Fixtures.PARENT : Fixtures.SECRETARY)).toList());
        return new Commission(school, new Order(orderNumber, date), Fixtures.fiveMembers(),
                Optional.of(new ResponsiblePerson(Fixtures.RESPONSIBLE, new Order(orderNumber + "/1", date.plusDays(1)))),
                Optional.of(officers));
    }

    public static Appellant.Signed signed() {
        return new Appellant.Signed("Асанов Бакыт \"Бака\", уулу", new Appellant.Contacts(
                Optional.of("Бишкек ш., Ленин көч., 1,\nкв. 5"), Optional.of("+996 (555) 12-34-56"), Optional.of("bakyt@example.kg")));
    }

    public static Appellant.Signed signedByPhone() {
        return new Appellant.Signed("Иванова Мария", Appellant.Contacts.phone("+996555000111"));
    }

    public static Opening opening(Optional<ActNumber> act, int papers) {
        return new Opening(at(0), List.of(Fixtures.CHAIR, Fixtures.SECRETARY, Fixtures.PARENT), Seal.of("A-0001"),
                new Inspection(true, false, "A-0002"), EnumSet.of(Incident.BOX_DAMAGED, Incident.SEAL_BROKEN, Incident.SEAL_MISMATCH),
                Optional.of(new Deviation("Шейшемби майрам болчу, \"кийинки\" күнү ачылды")), papers, act);
    }

    public static WithdrawalAct act(SchoolId school, ActNumber number, Appellant... from) {
        List<ActLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < from.length; i++) {
            lines.add(new ActLine(i + 1, from[i], i == 0 ? "" : "эскертүү, " + i));
        }
        return new WithdrawalAct(school, number, at(1), new Inspection(false, true, "A-0001"), EnumSet.noneOf(Incident.class),
                lines, List.of(Fixtures.CHAIR, Fixtures.SECRETARY, Fixtures.PARENT));
    }

    /**
     * Saves the acts of {@code appeal}'s year up to its act, as adapters may require (an appeal's act
     * is stored before the appeal), then adds {@code appeal}. A missing act gets at least two lines,
     * the appeal's own line carrying its appellant, the others anonymous.
     */
    public static void add(kg.trustbox.store.Stores stores, Appeal appeal) {
        ActNumber act = appeal.withdrawal().act();
        for (int n = 1; n <= act.sequence(); n++) {
            ActNumber number = new ActNumber(act.year(), n);
            if (stores.boxes().act(appeal.school(), number).isEmpty()) {
                int lines = n == act.sequence() ? Math.max(2, appeal.withdrawal().line()) : 2;
                Appellant[] from = new Appellant[lines];
                for (int i = 0; i < lines; i++) {
                    from[i] = n == act.sequence() && i + 1 == appeal.withdrawal().line() ? appeal.appellant() : Appellant.anonymous();
                }
                stores.boxes().saveAct(act(appeal.school(), number, from));
            }
        }
        stores.appeals().add(appeal);
    }

    public static Appeal withdrawn(SchoolId school, ActNumber act, int line, Appellant appellant) {
        return Appeal.withdrawn(school, new Withdrawal(act, line, at(1)), appellant);
    }

    /** {@code a} registered, assigned, forwarded twice, extended, decided, answered and tagged: every field set. */
    public static Appeal throughItsLifecycle(Appeal a, RegistrationNumber number) {
        Appeal r = a.register(new Registration(number, at(10), Fixtures.RESPONSIBLE, Category.CHILD_RIGHTS, AppealLanguage.KYRGYZ,
                "Кыскача мазмуну:\nбаланын укугу, \"бузулду\"", Optional.of("scan/2026/1.pdf"))).orElseThrow();
        r = r.assign(Fixtures.TEACHER).orElseThrow();
        r = r.forward(new Forwarding("Райондук билим берүү бөлүмү", LocalDate.of(2026, 9, 3), "12/45")).orElseThrow();
        r = r.forward(new Forwarding("Прокуратура, Бишкек", LocalDate.of(2026, 9, 4), "12/46")).orElseThrow();
        r = r.extend(new Extension(at(20), "кошумча текшерүү", LocalDate.of(2026, 9, 30))).orElseThrow();
        r = r.decide(new Decision(Verdict.PARTLY_JUSTIFIED, Optional.empty(), "Чаралар:\n1) сүйлөшүү; 2) эскертүү"), at(25)).orElseThrow();
        r = r.answer(new Answer(at(30), Language.RUSSIAN, Channel.EMAIL)).orElseThrow();
        return r.tag(List.of("тамак-аш", "коопсуздук, мектеп")).orElseThrow();
    }

    public static JournalEntry entry(Chain.Head previous, SchoolId school, String newSeal, Optional<ActNumber> act) {
        return JournalEntry.next(previous, school, opening(act, act.isPresent() ? 2 : 0), Seal.of(newSeal),
                at(5 + (int) previous.sequence()));
    }

    public static AccessRecord access(Chain.Head previous, SchoolId school, kg.trustbox.appeal.AppealId appeal, boolean allowed) {
        return AccessRecord.next(previous, school, at(40 + (int) previous.sequence()), Fixtures.RESPONSIBLE, appeal,
                Subject.IDENTITY, Purpose.CONSIDERATION, allowed);
    }

    public static Chain.Head genesis() {
        return new Chain.Head(0, Chain.GENESIS);
    }
}
