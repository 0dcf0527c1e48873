package kg.trustbox.benchmarks;

import java.time.LocalDate;
import java.util.List;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.commission.Election;
import kg.trustbox.commission.Member;
import kg.trustbox.commission.Order;
import kg.trustbox.commission.PersonId;
import kg.trustbox.commission.Vote;
import kg.trustbox.school.School;
import kg.trustbox.school.SchoolId;

/** The schools the benchmarks play: a commission of five with a parent representative, constituted through the library. */
public final class BenchSchools {
    public static final PersonId CHAIR = PersonId.of("p1");
    public static final PersonId SECRETARY = PersonId.of("p2");
    public static final PersonId RESPONSIBLE = PersonId.of("p3");
    public static final PersonId PARENT = PersonId.of("p4");
    public static final PersonId TEACHER = PersonId.of("p5");
    public static final Order COMMISSION_ORDER = new Order("45-к", LocalDate.of(2026, 8, 25));
    public static final Order RESPONSIBLE_ORDER = new Order("46-к", LocalDate.of(2026, 8, 25));
    public static final LocalDate ELECTED_ON = LocalDate.of(2026, 8, 28);

    private BenchSchools() {
    }

    /** A school in Bishkek's zone, Monday to Friday. */
    public static School school(String id) {
        return School.of(SchoolId.of(id), "№ 1 жалпы билим берүүчү орто мектеби", "Средняя общеобразовательная школа № 1",
                "биринчи кабаттагы фойеде, кире бериште");
    }

    public static List<Member> members() {
        return List.of(
                new Member(CHAIR, "Асанова Айгүл Токтогуловна", "мугалим", false),
                new Member(SECRETARY, "Иванова Мария Петровна", "мугалим", false),
                new Member(RESPONSIBLE, "Бекмуратов Нурлан Үсөнович", "социалдык педагог", false),
                new Member(PARENT, "Жумабаева Гүлнара Өмүрбековна", "ата-энелер коомчулугунун өкүлү", true),
                new Member(TEACHER, "Садыков Эрлан Маратович", "мугалим", false));
    }

    /** Those present at an ordinary opening: three of five. */
    public static List<PersonId> quorum() {
        return List.of(CHAIR, SECRETARY, PARENT);
    }

    /** Appoints the commission and the responsible person and elects chair and secretary, as a school does once. */
    public static void constitute(TrustBoxOffice office) {
        office.appointCommission(COMMISSION_ORDER, members()).orElseThrow();
        office.appointResponsiblePerson(RESPONSIBLE, RESPONSIBLE_ORDER).orElseThrow();
        List<PersonId> all = members().stream().map(Member::id).toList();
        office.electOfficers(new Election(ELECTED_ON, all.stream().map(p -> new Vote(p, CHAIR)).toList(),
                all.stream().map(p -> new Vote(p, SECRETARY)).toList())).orElseThrow();
    }
}
