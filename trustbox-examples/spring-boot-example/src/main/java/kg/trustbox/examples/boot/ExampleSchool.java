package kg.trustbox.examples.boot;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.Paper;
import kg.trustbox.box.Seal;
import kg.trustbox.commission.Election;
import kg.trustbox.commission.Member;
import kg.trustbox.commission.Order;
import kg.trustbox.commission.PersonId;
import kg.trustbox.commission.Vote;
import kg.trustbox.school.AccessHours;
import kg.trustbox.school.School;
import kg.trustbox.school.SchoolId;
import kg.trustbox.school.WorkingCalendar;

/**
 * The example's fictional school, its commission of five and the papers in its box. In a school
 * system these come from its own records; nothing here is printed but ids and counts.
 */
public final class ExampleSchool {
    /** The chair of the commission. */
    public static final PersonId CHAIR = PersonId.of("t-1");
    /** The secretary. */
    public static final PersonId SECRETARY = PersonId.of("t-2");
    /** The person responsible for the box. */
    public static final PersonId RESPONSIBLE = PersonId.of("t-3");
    /** The parents' representative. */
    public static final PersonId PARENT = PersonId.of("p-1");
    /** Another teacher. */
    public static final PersonId TEACHER = PersonId.of("t-4");
    /** The seal the box is installed under. */
    public static final Seal SEAL = Seal.of("BOOT-0001");
    /**
     * Tuesday 1 September 2026, 12:10 in Bishkek: inside the opening slot. The example's clock
     * stands there; a real system leaves the starter's {@code Clock.systemUTC()}.
     */
    public static final ZonedDateTime TUESDAY_NOON = LocalDateTime.of(2026, 9, 1, 12, 10).atZone(School.BISHKEK);

    private ExampleSchool() {
    }

    /** The school {@code id}, in Bishkek, working Monday to Friday. */
    public static School school(String id) {
        return new School(SchoolId.of(id), "№ 7 мектеби", "Школа № 7", "фойеде", "в фойе",
                School.BISHKEK, WorkingCalendar.mondayToFriday(), AccessHours.regulation());
    }

    /**
     * Once per school, each step a transaction of its own: the commission, the responsible
     * person, the officers, and the box under {@link #SEAL}. Does nothing when the commission exists.
     */
    public static void prepare(TrustBoxOffice office) {
        if (office.commission().isPresent()) {
            return;
        }
        LocalDate ordered = TUESDAY_NOON.toLocalDate().minusDays(7);
        office.appointCommission(new Order("12-к", ordered), List.of(
                new Member(CHAIR, "Мугалим Бир", "Директордун орун басары", "Заместитель директора", false),
                new Member(SECRETARY, "Мугалим Эки", "Мугалим", "Учитель", false),
                new Member(RESPONSIBLE, "Мугалим Үч", "Социалдык педагог", "Социальный педагог", false),
                new Member(PARENT, "Ата-эне Бир", "Ата-энелер комитети", "Родительский комитет", true),
                new Member(TEACHER, "Мугалим Төрт", "Мугалим", "Учитель", false))).orElseThrow();
        office.appointResponsiblePerson(RESPONSIBLE, new Order("13-к", ordered)).orElseThrow();
        List<PersonId> all = List.of(CHAIR, SECRETARY, RESPONSIBLE, PARENT, TEACHER);
        office.electOfficers(new Election(ordered.plusDays(1),
                all.stream().map(m -> new Vote(m, CHAIR)).toList(),
                all.stream().map(m -> new Vote(m, SECRETARY)).toList())).orElseThrow();
        office.installBox(SEAL).orElseThrow();
    }

    /** Two papers: one signed by a fictional parent, one anonymous. */
    public static List<Paper> papers() {
        return List.of(
                Paper.from(new Appellant.Signed("Ойдон Чыгарылган Ата-эне", Appellant.Contacts.address("Бишкек ш."))),
                Paper.from(Appellant.anonymous()));
    }
}
