package kg.trustbox.examples;

import java.time.LocalDate;
import java.util.List;
import kg.trustbox.commission.Member;
import kg.trustbox.commission.Order;
import kg.trustbox.commission.PersonId;
import kg.trustbox.school.AccessHours;
import kg.trustbox.school.School;
import kg.trustbox.school.SchoolId;
import kg.trustbox.school.WorkingCalendar;

/** The demo's fictional school, its commission and the public holidays of its calendar. */
final class DemoSchool {
    static final SchoolId ID = SchoolId.of("demo-61");
    static final PersonId CHAIR = PersonId.of("t-0101");
    static final PersonId SECRETARY = PersonId.of("t-0102");
    static final PersonId RESPONSIBLE = PersonId.of("t-0103");
    static final PersonId PARENT = PersonId.of("p-0201");
    static final PersonId TEACHER = PersonId.of("t-0104");
    static final PersonId DIRECTOR = PersonId.of("d-0001");
    /** The district's inspector, who receives the register as a spreadsheet for the ministry: declared an auditor, reads no personal data. */
    static final PersonId INSPECTOR = PersonId.of("m-0001");
    static final Order INSPECTOR_ORDER = new Order("114-к", LocalDate.of(2026, 8, 24));

    static final Order COMMISSION_ORDER = new Order("112-к", LocalDate.of(2026, 8, 24));
    static final Order RESPONSIBLE_ORDER = new Order("113-к", LocalDate.of(2026, 8, 24));

    private DemoSchool() {
    }

    /** Kyrgyz public holidays of the demo's years, plus a day off moved by decree onto a Tuesday. */
    static final List<LocalDate> HOLIDAYS = List.of(
            LocalDate.of(2026, 8, 31), LocalDate.of(2026, 11, 7), LocalDate.of(2026, 11, 8),
            LocalDate.of(2026, 11, 10), // a day off moved onto a Tuesday: the opening moves with a recorded deviation
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 7), LocalDate.of(2027, 2, 23), LocalDate.of(2027, 3, 8),
            LocalDate.of(2027, 3, 9), LocalDate.of(2027, 3, 21), LocalDate.of(2027, 3, 22), LocalDate.of(2027, 4, 7),
            LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 5), LocalDate.of(2027, 5, 9),
            LocalDate.of(2027, 8, 31), LocalDate.of(2027, 11, 7), LocalDate.of(2027, 11, 8));

    static School school() {
        return new School(ID, "Бишкек шаарындагы № 61 жалпы билим берүүчү орто мектеби",
                "Средняя общеобразовательная школа № 61 г. Бишкек",
                "мектептин биринчи кабатындагы фойеде, кире бериште", "в фойе первого этажа школы, у входа",
                School.BISHKEK, WorkingCalendar.mondayToFriday().withHolidays(HOLIDAYS), AccessHours.regulation());
    }

    static List<Member> members() {
        return List.of(
                new Member(CHAIR, "Алымкулова Жазгүл Түмөнбаевна", "Директордун тарбия иштери боюнча орун басары",
                        "Заместитель директора по воспитательной работе", false),
                new Member(SECRETARY, "Петрова Светлана Игоревна", "Орус тили мугалими", "Учитель русского языка", false),
                new Member(RESPONSIBLE, "Өмүрбеков Нурсултан Үсөнович", "Социалдык педагог", "Социальный педагог", false),
                new Member(PARENT, "Ибраимова Гүлнара Маратовна", "Ата-энелер комитетинин төрагасы", "Председатель родительского комитета", true),
                new Member(TEACHER, "Сатыбалдиев Эркин Бекболотович", "Тарых мугалими", "Учитель истории", false));
    }
}
