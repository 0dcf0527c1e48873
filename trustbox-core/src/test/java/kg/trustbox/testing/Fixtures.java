package kg.trustbox.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import kg.trustbox.OpeningResult;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.Inspection;
import kg.trustbox.box.OpeningRequest;
import kg.trustbox.box.Paper;
import kg.trustbox.box.Seal;
import kg.trustbox.box.SealedBox;
import kg.trustbox.commission.Election;
import kg.trustbox.commission.Member;
import kg.trustbox.commission.Order;
import kg.trustbox.commission.PersonId;
import kg.trustbox.commission.Vote;
import kg.trustbox.school.School;
import kg.trustbox.school.SchoolId;

/** Test data: a school, a commission of five, papers, and the steps that constitute a commission. */
public final class Fixtures {
    public static final PersonId CHAIR = PersonId.of("p1");
    public static final PersonId SECRETARY = PersonId.of("p2");
    public static final PersonId RESPONSIBLE = PersonId.of("p3");
    public static final PersonId PARENT = PersonId.of("p4");
    public static final PersonId TEACHER = PersonId.of("p5");
    /** The director, declared by the host in {@link #constitute}. */
    public static final PersonId DIRECTOR = PersonId.of("d");

    /** Tuesday 1 September 2026, 12:10 in Bishkek (UTC+6). */
    public static final Instant FIRST_TUESDAY_NOON = LocalDateTime.of(2026, 9, 1, 12, 10).atZone(School.BISHKEK).toInstant();

    private Fixtures() {
    }

    /** School No. 1 with id {@code id}. */
    public static School school(String id) {
        return School.of(SchoolId.of(id), "№ 1 жалпы билим берүүчү орто мектеби", "Средняя общеобразовательная школа № 1",
                "биринчи кабаттагы фойеде, кире бериште", "в фойе первого этажа, у входа");
    }

    /** Five members, one of them a parent representative. */
    public static List<Member> fiveMembers() {
        return List.of(
                new Member(CHAIR, "Асанова Айгүл Токтогуловна", "мугалим", false),
                new Member(SECRETARY, "Иванова Мария Петровна", "мугалим", false),
                new Member(RESPONSIBLE, "Бекмуратов Нурлан Үсөнович", "социалдык педагог", "социальный педагог", false),
                new Member(PARENT, "Жумабаева Гүлнара Өмүрбековна", "ата-энелер коомчулугунун өкүлү", true),
                new Member(TEACHER, "Садыков Эрлан Маратович", "мугалим", false));
    }

    /** Declares the director, appoints five members and the responsible person, and elects chair and secretary. */
    public static void constitute(TrustBoxOffice office) {
        office.declare(new kg.trustbox.access.Declaration(DIRECTOR, kg.trustbox.access.Role.DIRECTOR,
                new Order("12-к", LocalDate.of(2026, 8, 3)))).orElseThrow();
        Order order = new Order("45-к", LocalDate.of(2026, 8, 25));
        office.appointCommission(order, fiveMembers()).orElseThrow();
        office.appointResponsiblePerson(RESPONSIBLE, new Order("46-к", LocalDate.of(2026, 8, 25))).orElseThrow();
        List<PersonId> all = List.of(CHAIR, SECRETARY, RESPONSIBLE, PARENT, TEACHER);
        office.electOfficers(new Election(LocalDate.of(2026, 8, 28),
                all.stream().map(p -> new Vote(p, CHAIR)).toList(),
                all.stream().map(p -> new Vote(p, SECRETARY)).toList())).orElseThrow();
    }

    /** Those present at an ordinary opening: three of five. */
    public static List<PersonId> quorum() {
        return List.of(CHAIR, SECRETARY, PARENT);
    }

    /** A signed appellant with a return address. */
    public static Appellant signed(String name) {
        return new Appellant.Signed(name, Appellant.Contacts.address("Бишкек ш., Ленин көч., 1"));
    }

    /** Installs the box under seal {@code first} and opens it now with {@code papers}; the box is left open. */
    public static OpeningResult installAndOpen(TrustBoxOffice office, Seal first, List<Paper> papers) {
        SealedBox box = office.installBox(first).orElseThrow();
        return office.open(OpeningRequest.of(quorum(), Inspection.inOrder(box.seal()), papers)).orElseThrow();
    }
}
