package kg.trustbox.pdf;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.RegistrationNumber;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.box.Incident;
import kg.trustbox.document.AnswerLetterView;
import kg.trustbox.document.DocumentView;
import kg.trustbox.document.ExtensionNoticeView;
import kg.trustbox.document.ForwardingNoticeView;
import kg.trustbox.document.JournalView;
import kg.trustbox.document.MinutesView;
import kg.trustbox.document.PublicNoticeView;
import kg.trustbox.document.QuarterlyReportView;
import kg.trustbox.document.RegisterView;
import kg.trustbox.report.Figures;
import kg.trustbox.document.SchoolHeader;
import kg.trustbox.document.Signatory;
import kg.trustbox.document.WithdrawalActView;
import kg.trustbox.school.Language;

/**
 * Test data: one school, its commission of five, the appellants of one Tuesday opening (signed,
 * anonymous, and a signed corruption report), and a view of every document built from them, in
 * Kyrgyz and in Russian.
 */
final class SampleViews {
    /** Tuesday 24 November 2026, 12:05 in Bishkek. */
    static final LocalDateTime OPENED = LocalDateTime.of(2026, 11, 24, 12, 5);
    static final int ACT_NUMBER = 17;
    static final String SEAL_FOUND = "ЖА-0416";
    static final String NEW_SEAL = "ЖА-0417";
    /** The day the journal extract is issued: Tuesday 1 December 2026. */
    static final LocalDate ISSUED = LocalDate.of(2026, 12, 1);

    static final String CHAIR = "Өмүрбекова Үмүтай Төлөгөновна";
    static final String SECRETARY = "Токтогулова Айжан Маратовна";
    static final String RESPONSIBLE = "Асанов Мирлан Үсөнович";
    static final String PARENT = "Жумабаева Айпери Кеңешбековна";
    static final String PSYCHOLOGIST = "Иванова Наталья Сергеевна";
    static final List<String> MEMBERS = List.of(CHAIR, SECRETARY, RESPONSIBLE, PARENT, PSYCHOLOGIST);

    /** A signed appellant who gives a postal address. */
    static final String SIGNED_NAME = "Бакирова Чолпон Эсенгуловна";
    static final String SIGNED_ADDRESS_KY = "Жаңы-Алыш айылы, Ленин көчөсү, 15-үй";
    static final String SIGNED_ADDRESS_RU = "с. Жаңы-Алыш, ул. Ленина, д. 15";
    /** A signed appellant who gives a phone number. */
    static final String PHONE_NAME = "Үмөталиев Бакыт Абдыкадырович";
    static final String PHONE = "+996 555 123 456";
    /** A signed corruption reporter (Law No. 19: protected in every document for a wider audience). */
    static final String REPORTER_NAME = "Кеңешов Алмаз Төрөбекович";
    static final String REPORTER_EMAIL = "almaz.keneshov@example.kg";

    /** Every name and contact of an appellant that goes into a view. */
    static final List<String> APPELLANT_DATA = List.of(SIGNED_NAME, SIGNED_ADDRESS_KY, SIGNED_ADDRESS_RU, PHONE_NAME,
            PHONE, REPORTER_NAME, REPORTER_EMAIL, "Бакирова", "Үмөталиев", "Кеңешов", "555 123", "example.kg");

    private SampleViews() {
    }

    static String t(Language language, String kyrgyz, String russian) {
        return language == Language.KYRGYZ ? kyrgyz : russian;
    }

    static SchoolHeader school(Language l) {
        return new SchoolHeader(
                t(l, "Т. Абдымомунов атындагы Жаңы-Алыш орто мектеби",
                        "Средняя школа Жаңы-Алыш имени Т. Абдымомунова"),
                t(l, "биринчи кабаттагы кире бериштин жанындагы фойе", "фойе первого этажа у входа"));
    }

    static List<Signatory> commission(Language l) {
        return List.of(
                new Signatory(t(l, "Комиссиянын төрагасы, директордун орун басары",
                        "Председатель комиссии, заместитель директора"), CHAIR),
                new Signatory(t(l, "Комиссиянын катчысы, мугалим", "Секретарь комиссии, учитель"), SECRETARY),
                new Signatory(t(l, "Жооптуу адам, социалдык педагог", "Ответственное лицо, социальный педагог"),
                        RESPONSIBLE),
                new Signatory(t(l, "Ата-энелер коомчулугунун өкүлү", "Представитель родительской общественности"),
                        PARENT),
                new Signatory(t(l, "Комиссиянын мүчөсү, психолог", "Член комиссии, педагог-психолог"), PSYCHOLOGIST));
    }

    static Signatory responsible(Language l) {
        return commission(l).get(2);
    }

    // --- the withdrawal act

    static List<WithdrawalActView.Line> actLines(Language l) {
        return List.of(
                new WithdrawalActView.Line(1, Optional.of(SIGNED_NAME),
                        Optional.of(t(l, SIGNED_ADDRESS_KY, SIGNED_ADDRESS_RU)),
                        t(l, "баланын укуктары боюнча, 2 барак", "о правах ребёнка, 2 листа")),
                new WithdrawalActView.Line(2, Optional.empty(), Optional.empty(),
                        t(l, "анонимдүү, 1 барак", "анонимное, 1 лист")),
                new WithdrawalActView.Line(3, Optional.of(PHONE_NAME), Optional.of(PHONE),
                        t(l, "сунуш, тел. аркылуу жооп сурайт", "предложение, просит ответить по телефону")),
                new WithdrawalActView.Line(4, Optional.of(REPORTER_NAME), Optional.of(REPORTER_EMAIL),
                        t(l, "коррупция жөнүндө билдирүү", "сообщение о коррупции")),
                // written on a form with a receipt
                new WithdrawalActView.Line(5, Optional.empty(), Optional.empty(),
                        t(l, "анонимдүү, коррупция жөнүндө", "анонимное, о коррупции"), false, true));
    }

    static WithdrawalActView act(Language l) {
        return act(l, school(l), actLines(l));
    }

    static WithdrawalActView act(Language l, SchoolHeader school, List<WithdrawalActView.Line> lines) {
        return new WithdrawalActView(l, school, 2026, ACT_NUMBER, OPENED, false, true, SEAL_FOUND, SEAL_FOUND, lines,
                commission(l).subList(0, 4));
    }

    /** An act with {@code count} lines, every third anonymous. */
    static WithdrawalActView bigAct(Language l, int count) {
        List<WithdrawalActView.Line> lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            boolean anonymous = i % 3 == 0;
            lines.add(new WithdrawalActView.Line(i,
                    anonymous ? Optional.empty() : Optional.of("Ата-эне " + i),
                    anonymous ? Optional.empty() : Optional.of(t(l, "Жаңы-Алыш айылы, " + i + "-үй", "с. Жаңы-Алыш, д. " + i)),
                    t(l, "кайрылуу № " + i, "обращение № " + i)));
        }
        return act(l, school(l), lines);
    }

    /**
     * An act of {@code count} lines as long as the core admits (up to 10,000): signed appellants with
     * long names and postal addresses, every fifth line anonymous, every line with a note. Line
     * {@code n}'s name ends in "№ n", so the first and the last line can be found in the text.
     */
    static WithdrawalActView longAct(Language l, int count) {
        List<WithdrawalActView.Line> lines = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            boolean anonymous = i % 5 == 0;
            lines.add(new WithdrawalActView.Line(i,
                    anonymous ? Optional.empty() : Optional.of("Абдыкадырова-Төлөгөнова Гүлнарагүл Кеңешбековна № " + i),
                    anonymous ? Optional.empty() : Optional.of(t(l,
                            "Чүй облусу, Ысык-Ата району, Жаңы-Алыш айылы, Ленин көчөсү, " + i + "-үй, 12-батир, тел. +996 555 123 456",
                            "Чуйская область, Ысык-Атинский район, с. Жаңы-Алыш, ул. Ленина, д. " + i + ", кв. 12, тел. +996 555 123 456")),
                    t(l, anonymous ? "анонимдүү, 1 барак" : "баланын укуктары боюнча, 2 барак",
                            anonymous ? "анонимное, 1 лист" : "о правах ребёнка, 2 листа")));
        }
        return act(l, school(l), lines);
    }

    // --- the opening journal

    static JournalView journal(Language l) {
        return journal(l, school(l));
    }

    static JournalView journal(Language l, SchoolHeader school) {
        List<String> present = List.of(CHAIR, SECRETARY, RESPONSIBLE, PARENT);
        List<JournalView.Row> rows = List.of(
                new JournalView.Row(41, LocalDateTime.of(2026, 11, 3, 12, 0), "ЖА-0413", Set.of(), 0, Optional.empty(),
                        "ЖА-0414", present, Optional.empty()),
                new JournalView.Row(42, LocalDateTime.of(2026, 11, 11, 12, 10), "ЖА-0414", Set.of(), 2, Optional.of(16),
                        "ЖА-0415", present, Optional.of(t(l,
                        "шейшемби күнү комиссиянын мүчөлөрү райондук семинарда болушкан, ачуу шаршембиге жылдырылды",
                        "во вторник члены комиссии были на районном семинаре, вскрытие перенесено на среду"))),
                new JournalView.Row(43, LocalDateTime.of(2026, 11, 17, 12, 0), "ЖА-0415", Set.of(Incident.SEAL_BROKEN),
                        1, Optional.empty(), "ЖА-0416", List.of(CHAIR, RESPONSIBLE, PARENT), Optional.empty()),
                new JournalView.Row(44, OPENED, SEAL_FOUND, Set.of(), 5, Optional.of(ACT_NUMBER), NEW_SEAL, present,
                        Optional.empty()));
        return new JournalView(l, school, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), rows, true,
                Optional.empty(), commission(l).get(1), ISSUED);
    }

    static JournalView brokenJournal(Language l) {
        JournalView ok = journal(l);
        return new JournalView(l, ok.school(), ok.from(), ok.to(), ok.rows(), false, Optional.of(43L), ok.certifiedBy(),
                ok.issuedOn());
    }

    // --- the minutes

    static MinutesView minutes(Language l) {
        return minutes(l, school(l));
    }

    static MinutesView minutes(Language l, SchoolHeader school) {
        LocalDate date = LocalDate.of(2026, 9, 3);
        List<MinutesView.Signature> signatures = commission(l).stream()
                .map(s -> new MinutesView.Signature(s, s.fullName().equals(PSYCHOLOGIST)
                        ? Optional.<LocalDate>empty() : Optional.of(date)))
                .toList();
        return new MinutesView(l, school, 1, date,
                List.of(CHAIR, SECRETARY, RESPONSIBLE, PARENT), List.of(PSYCHOLOGIST),
                List.of(t(l, "Комиссиянын төрагасын жана катчысын шайлоо.", "Выборы председателя и секретаря комиссии."),
                        t(l, "«Ишеним кутусун» ачуунун графигин бекитүү.", "Утверждение графика вскрытия «Ящика доверия»."),
                        t(l, "Ата-энелерге маалымат берүү тартиби.", "Порядок информирования родителей.")),
                List.of(t(l, "Комиссиянын төрагасы болуп Өмүрбекова Ү. Т., катчысы болуп Токтогулова А. М. шайлансын.",
                                "Избрать председателем комиссии Өмүрбекову Ү. Т., секретарём — Токтогулову А. М."),
                        t(l, "Кутуча ар бир шейшембиде саат 12:00дө ачылсын.", "Вскрывать ящик каждый вторник в 12:00."),
                        t(l, "Маалымат мектептин сайтына жана биринчи кабаттагы тактага илинсин.",
                                "Разместить информацию на сайте школы и на стенде первого этажа.")),
                Optional.of(new MinutesView.ElectionResult(CHAIR, 4, SECRETARY, 3, 4)),
                signatures);
    }

    // --- the quarterly report

    static QuarterlyReportView report(Language l) {
        return report(l, school(l));
    }

    static QuarterlyReportView report(Language l, SchoolHeader school) {
        // days to decision: median 6.5, longest 19
        Figures current = figures(new int[] {4, 2, 3, 5, 1}, 9, 6, 11, 4, 0,
                new int[] {5, 2, 4, 1}, Map.of(t(l, "Райондук билим берүү бөлүмү", "Районный отдел образования"), 2),
                10, 2, 2, Map.of(2, 5, 6, 1, 7, 1, 10, 4, 19, 1), 13, 1, 0, 1,
                Map.of(t(l, "ашкана", "столовая"), 4, t(l, "мектеп формасы", "школьная форма"), 2));
        // days to decision: median 7, longest 15
        Figures previous = figures(new int[] {2, 0, 4, 3, 2}, 7, 4, 8, 3, 0,
                new int[] {3, 1, 5, 0}, Map.of(), 8, 1, 0, Map.of(3, 4, 7, 1, 8, 3, 15, 1), 12, 0, 1, 0,
                Map.of(t(l, "ашкана", "столовая"), 3));
        return new QuarterlyReportView(l, school, 2026, 3, current, previous,
                t(l, "Ашкананын иши боюнча кайрылуулар үчүнчү чейрек катары менен кайталанууда; мектептин администрациясына "
                                + "тамак-аштын сапатын текшерүү сунушталат.",
                        "Обращения о работе столовой повторяются третий квартал подряд; администрации школы рекомендовано "
                                + "проверить качество питания."),
                responsible(l), LocalDate.of(2026, 10, 5), OVERDUE, Optional.of(new kg.trustbox.receipt.PublishedOutcomes(6, 4, 3)));
    }

    /** The two appeals the sample report counts as overdue at the end of the third quarter of 2026. */
    static final List<QuarterlyReportView.Overdue> OVERDUE = List.of(
            new QuarterlyReportView.Overdue(new RegistrationNumber(2026, 31), LocalDate.of(2026, 8, 27), Category.COMPLAINT,
                    LocalDate.of(2026, 9, 16)),
            new QuarterlyReportView.Overdue(new RegistrationNumber(2026, 38), LocalDate.of(2026, 9, 3), Category.CHILD_RIGHTS,
                    LocalDate.of(2026, 9, 23)));

    private static Figures figures(int[] categories, int signed, int anonymous, int kyrgyz,
                                                       int russian, int other, int[] verdicts,
                                                       Map<String, Integer> forwarded, int onTime, int late,
                                                       int overdue, Map<Integer, Integer> daysToDecision, int openings,
                                                       int deviations, int missed, int incidents,
                                                       Map<String, Integer> tags) {
        Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            byCategory.put(c, categories[c.ordinal()]);
        }
        Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            byVerdict.put(v, verdicts[v.ordinal()]);
        }
        return new Figures(signed + anonymous, byCategory, signed, anonymous, kyrgyz, russian, other, byVerdict,
                forwarded, onTime, late, overdue, new java.util.TreeMap<>(daysToDecision), openings, deviations, missed, incidents, tags);
    }

    // --- the public notice

    static PublicNoticeView notice(Language l) {
        return notice(l, school(l));
    }

    static PublicNoticeView notice(Language l, SchoolHeader school) {
        return new PublicNoticeView(l, school, LocalTime.of(8, 0), LocalTime.of(17, 0), DayOfWeek.TUESDAY,
                LocalTime.of(12, 0), 14, false, responsible(l), true);
    }

    // --- the answer letter (Law No. 67)

    static AnswerLetterView letter(Language l) {
        return letter(l, school(l));
    }

    static AnswerLetterView letter(Language l, SchoolHeader school) {
        return new AnswerLetterView(l, school, "2026-0017", LocalDate.of(2026, 11, 25), "2026-0017/1", LocalDate.of(2026, 12, 4),
                SIGNED_NAME, t(l, SIGNED_ADDRESS_KY, SIGNED_ADDRESS_RU), List.of(), Verdict.PARTLY_JUSTIFIED,
                t(l, "Мектептин ашканасында тамак-аштын сапаты текшерилди, ашпозчуга эскертүү берилди. "
                                + "Эмки текшерүү 2026-жылдын 15-декабрына пландалды.",
                        "Проверено качество питания в школьной столовой, повару сделано замечание. "
                                + "Следующая проверка назначена на 15 декабря 2026 г."),
                director(l));
    }

    /** The school's configured letter signatory: the director. */
    static final String DIRECTOR = "Сыдыков Талант Бекбоевич";

    static Signatory director(Language l) {
        return new Signatory(t(l, "Мектептин директору", "Директор школы"), DIRECTOR);
    }

    /** The forwarding of appeal 2026-0019 to the district education department. */
    static kg.trustbox.appeal.Forwarding forwarding(Language l) {
        return new kg.trustbox.appeal.Forwarding(t(l, "Ысык-Ата райондук билим берүү бөлүмү", "Ысык-Атинский районный отдел образования"),
                LocalDate.of(2026, 11, 30), "01-12/345");
    }

    /** The answer to appeal 2026-0019, which was forwarded before it was decided. */
    static AnswerLetterView forwardedLetter(Language l) {
        return forwardedLetter(l, school(l));
    }

    static AnswerLetterView forwardedLetter(Language l, SchoolHeader school) {
        return new AnswerLetterView(l, school, "2026-0019", LocalDate.of(2026, 11, 25), "2026-0019/1", LocalDate.of(2026, 12, 22),
                SIGNED_NAME, t(l, SIGNED_ADDRESS_KY, SIGNED_ADDRESS_RU), List.of(forwarding(l)), Verdict.JUSTIFIED,
                t(l, "Райондук билим берүү бөлүмү мектептин короосуна жарык орнотууну 2027-жылдын бюджетине киргизди.",
                        "Районный отдел образования включил освещение школьного двора в бюджет на 2027 год."),
                director(l));
    }

    /** The notice that appeal 2026-0019 was forwarded. */
    static ForwardingNoticeView forwardingNotice(Language l) {
        return forwardingNotice(l, school(l));
    }

    static ForwardingNoticeView forwardingNotice(Language l, SchoolHeader school) {
        return new ForwardingNoticeView(l, school, "2026-0019", LocalDate.of(2026, 11, 25), "2026-0019/3", LocalDate.of(2026, 11, 30),
                SIGNED_NAME, t(l, SIGNED_ADDRESS_KY, SIGNED_ADDRESS_RU), forwarding(l), director(l));
    }

    /** The notice that the term of appeal 2026-0019 was extended. */
    static ExtensionNoticeView extensionNotice(Language l) {
        return extensionNotice(l, school(l));
    }

    static ExtensionNoticeView extensionNotice(Language l, SchoolHeader school) {
        return new ExtensionNoticeView(l, school, "2026-0019", LocalDate.of(2026, 11, 25), "2026-0019/2", LocalDate.of(2026, 12, 7),
                SIGNED_NAME, t(l, SIGNED_ADDRESS_KY, SIGNED_ADDRESS_RU), LocalDate.of(2026, 12, 24),
                t(l, "райондук билим берүү бөлүмүнүн жообу күтүлүүдө", "ожидается ответ районного отдела образования"),
                director(l));
    }

    // --- the register of appeals (Law No. 67, R-4.4, R-1.5.1, R-1.5.2)

    /** The day the sample register's extract is drawn up. */
    static final LocalDate REGISTER_ISSUED = LocalDate.of(2026, 12, 10);

    static RegisterView register(Language l) {
        return register(l, school(l));
    }

    /**
     * Five appeals of 25 November 2026: a signed one answered by letter, an anonymous one found not
     * justified and closed, a signed one forwarded and extended, a corruption report whose author is withheld
     * and whose term has run out, and a signed one still within its term.
     */
    static RegisterView register(Language l, SchoolHeader school) {
        LocalDate registered = LocalDate.of(2026, 11, 25);
        LocalDate due = registered.plusDays(14);
        List<RegisterView.Row> rows = List.of(
                new RegisterView.Row(new RegistrationNumber(2026, 17), registered, new RegisterView.Named(SIGNED_NAME),
                        Category.CHILD_RIGHTS, Optional.of(t(l, "Ашканадагы тамак-аштын сапаты начар", "Низкое качество питания в столовой")),
                        Optional.of(RESPONSIBLE), due, Optional.empty(), List.of(),
                        Optional.of(new RegisterView.Decided(Verdict.PARTLY_JUSTIFIED, LocalDate.of(2026, 12, 3),
                                Optional.of(new RegisterView.Answered(LocalDate.of(2026, 12, 4), kg.trustbox.appeal.Channel.LETTER))))),
                new RegisterView.Row(new RegistrationNumber(2026, 18), registered, new RegisterView.Anonymous(),
                        Category.COMPLAINT, Optional.of(t(l, "Дене тарбия сабагында балдарга кыйкырышат", "На уроках физкультуры кричат на детей")),
                        Optional.of(CHAIR), due, Optional.empty(), List.of(),
                        Optional.of(new RegisterView.Decided(Verdict.NOT_JUSTIFIED, LocalDate.of(2026, 12, 2),
                                Optional.of(new RegisterView.NotAnswered(LocalDate.of(2026, 12, 2),
                                        kg.trustbox.appeal.Closure.Reason.ANONYMOUS)))), true),
                new RegisterView.Row(new RegistrationNumber(2026, 19), registered, new RegisterView.Named(PHONE_NAME),
                        Category.SUGGESTION, Optional.of(t(l, "Мектептин короосуна жарык орнотуу", "Установить освещение во дворе школы")),
                        Optional.of(RESPONSIBLE), due, Optional.of(LocalDate.of(2026, 12, 24)),
                        List.of(new kg.trustbox.appeal.Forwarding(t(l, "Райондук билим берүү бөлүмү", "Районный отдел образования"),
                                LocalDate.of(2026, 11, 30), "01-12/345")),
                        Optional.empty()),
                new RegisterView.Row(new RegistrationNumber(2026, 20), registered, new RegisterView.Withheld(),
                        Category.CORRUPTION, Optional.empty(), Optional.of(CHAIR), LocalDate.of(2026, 12, 9), Optional.empty(), List.of(),
                        Optional.empty()),
                new RegisterView.Row(new RegistrationNumber(2026, 21), LocalDate.of(2026, 12, 2), new RegisterView.Named(REPORTER_NAME),
                        Category.OTHER, Optional.of(t(l, "Китепканага жаңы китептер", "Новые книги для библиотеки")), Optional.empty(),
                        LocalDate.of(2026, 12, 16), Optional.empty(), List.of(), Optional.empty()));
        return new RegisterView(l, school, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31), rows,
                new Signatory(t(l, "Жооптуу адам, социалдык педагог", "Ответственное лицо, социальный педагог"), RESPONSIBLE),
                REGISTER_ISSUED);
    }

    /** A register of {@code count} appeals, the sample's rows over and over, numbered 1 to {@code count}. */
    static RegisterView bigRegister(Language l, int count) {
        RegisterView sample = register(l);
        List<RegisterView.Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RegisterView.Row row = sample.rows().get(i % sample.rows().size());
            rows.add(new RegisterView.Row(new RegistrationNumber(2026, i + 1), row.registeredOn(), row.from(), row.category(),
                    row.summary(), row.executor(), row.due(), row.extendedTo(), row.forwardings(), row.decision()));
        }
        return new RegisterView(l, sample.school(), sample.from(), sample.to(), rows, sample.keptBy(), sample.issuedOn());
    }

    // --- receipts: the forms sheet and the outcomes board

    /** The same codes on every run: drawn from a seeded generator, as no school's codes are. */
    static List<kg.trustbox.receipt.ReceiptCode> codes(int count) {
        try {
            java.security.SecureRandom seeded = java.security.SecureRandom.getInstance("SHA1PRNG");
            seeded.setSeed(2026L);
            List<kg.trustbox.receipt.ReceiptCode> codes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                codes.add(kg.trustbox.receipt.ReceiptCode.generate(seeded));
            }
            return codes;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static kg.trustbox.receipt.BoardMark mark(kg.trustbox.receipt.ReceiptCode code) {
        return RECEIPT_KEY.boardMark(RECEIPT_KEY.digest(code));
    }

    private static final kg.trustbox.receipt.ReceiptKey RECEIPT_KEY = kg.trustbox.receipt.ReceiptKey.random();

    static kg.trustbox.document.ReceiptFormsView forms(Language l, SchoolHeader school, int count) {
        return new kg.trustbox.document.ReceiptFormsView(l, school, new kg.trustbox.receipt.IssuedBatch(
                kg.trustbox.school.SchoolId.of("school-1"), 2, LocalDate.of(2026, 11, 30), count),
                codes(count).stream().map(c -> new kg.trustbox.document.ReceiptFormsView.Form(c, mark(c))).toList(), responsible(l));
    }

    static kg.trustbox.document.OutcomesBoardView board(Language l, SchoolHeader school) {
        List<kg.trustbox.receipt.ReceiptCode> codes = codes(3);
        return new kg.trustbox.document.OutcomesBoardView(l, school, new kg.trustbox.report.Quarter(2026, 4), LocalDate.of(2026, 12, 28),
                List.of(new kg.trustbox.document.OutcomesBoardView.Entry(mark(codes.get(0)), Verdict.JUSTIFIED,
                                Optional.of(t(l, "Ашканада тамак-аштын сапаты текшерилип, жаңы меню бекитилди.",
                                        "Проверено качество питания в столовой, утверждено новое меню."))),
                        new kg.trustbox.document.OutcomesBoardView.Entry(mark(codes.get(1)), Verdict.NOT_JUSTIFIED, Optional.empty()),
                        new kg.trustbox.document.OutcomesBoardView.Entry(mark(codes.get(2)), Verdict.PARTLY_JUSTIFIED,
                                Optional.of(t(l, "Мугалим менен маек өткөрүлдү.", "С учителем проведена беседа.")))));
    }

    /** One view of every document type in {@code language}, each with {@code school}. */
    static List<DocumentView> all(Language language, SchoolHeader school) {
        return List.of(act(language, school, actLines(language)), journal(language, school),
                minutes(language, school), report(language, school), notice(language, school),
                letter(language, school), forwardedLetter(language, school), forwardingNotice(language, school),
                extensionNotice(language, school), register(language, school), forms(language, school, 2), board(language, school));
    }

    /** One view of every document type in both languages. */
    static Stream<DocumentView> all() {
        return Stream.of(Language.values()).flatMap(l -> all(l, school(l)).stream());
    }
}
