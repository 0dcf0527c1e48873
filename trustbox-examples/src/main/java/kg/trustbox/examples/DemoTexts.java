package kg.trustbox.examples;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Forwarding;
import kg.trustbox.document.DocumentView;
import kg.trustbox.document.JournalView;
import kg.trustbox.document.MinutesView;
import kg.trustbox.document.QuarterlyReportView;
import kg.trustbox.document.RegisterView;
import kg.trustbox.document.WithdrawalActView;
import kg.trustbox.document.Wording;
import kg.trustbox.school.Language;

/**
 * Every free text the demo writes into the school's records, in Kyrgyz and Russian.
 *
 * <p>The library keeps one text per record. The demo stores the school's own records (minutes,
 * report, deviations, act notes) in Kyrgyz, the state language, and an appeal's summary and measures
 * in the appeal's own language. A document in the other language is a translation: before it is
 * rendered, {@link #translate(DocumentView)} puts the demo's own translation of these texts into
 * the document's view. The stored records are never changed; a text the demo did not write is left
 * as it is.
 */
final class DemoTexts {
    /** One text in both languages. */
    record Text(String ky, String ru, String en) {
        Text(String ky, String ru) {
            this(ky, ru, ru);
        }

        String in(Language language) {
            return language == Language.RUSSIAN ? ru : ky;
        }

        String in(AppealLanguage language) {
            return language == AppealLanguage.RUSSIAN ? ru : ky;
        }
    }

    static final List<Text> SUMMARIES = List.of(
            new Text("Класс жетекчи баланы сабактан чыгарып жиберет, баланын билим алуу укугу бузулууда",
                    "Классный руководитель выгоняет ребёнка с уроков, нарушается право ребёнка на образование"),
            new Text("Ата-энелерден класстын ремонту үчүн акча чогултулат, эсеп берилбейт",
                    "С родителей собирают деньги на ремонт класса, отчёта не дают"),
            new Text("Мектептин ашканасында тамак муздак берилет, сапатын текшерүүнү суранабыз",
                    "В школьной столовой еду подают холодной, просим проверить её качество"),
            new Text("Мектептин короосуна кошумча жарык орнотууну сунуштайбыз",
                    "Предлагаем установить дополнительное освещение во дворе школы"),
            new Text("Дене тарбия сабагында бала жаракат алды, мугалим кароосуз калтырды",
                    "Ребёнок получил травму на уроке физкультуры, учитель оставил его без присмотра"),
            new Text("Мугалим балдарга үнүн көтөрөт, бала мектепке барганга коркот",
                    "Учитель повышает голос на детей, ребёнок боится ходить в школу"),
            new Text("Ата-энелерден мугалимдерге белек үчүн кысым менен акча чогултулат",
                    "С родителей собирают деньги на подарки учителям под давлением"),
            new Text("Сабактан кийин робототехника ийримин ачууну сунуштайбыз",
                    "Предлагаем открыть кружок робототехники после уроков"),
            new Text("Кийим илгичте буюмдар жоголот, камера орнотууну суранабыз",
                    "В раздевалке пропадают вещи, просим установить камеру"),
            new Text("Сабактардын жадыбалына даттануу: түшкү тамакка тыныгуусуз катары менен алты сабак",
                    "Жалоба на расписание: шесть уроков подряд без перемены на обед"));
    static final Text MEASURES = new Text("Мугалим менен түшүндүрүү иши жүргүзүлдү, маселе класс жетекчинин көзөмөлүнө алынды",
            "С учителем проведена разъяснительная беседа, вопрос взят на контроль классным руководителем");
    static final List<Text> BODIES = List.of(
            new Text("Бишкек шаарынын Билим берүү башкармалыгы", "Управление образования города Бишкек",
                    "the Education Department of Bishkek"),
            new Text("Первомай районунун прокуратурасы", "Прокуратура Первомайского района", "the Pervomaisky District Prosecutor"),
            new Text("Балдарды коргоо боюнча райондук бөлүм", "Районный отдел по защите детей", "the district child protection office"));
    static final Text REPORT_PROBLEMS = new Text("Ашкананын тамагы жана ата-энелерден акча чогултуу боюнча кайрылуулар кайталанууда.",
            "Повторяются обращения о питании в столовой и о сборе денег с родителей.");
    /** What the commission publishes for the holder of an anonymous appeal's receipt: no name, nothing that identifies. */
    static final Text PUBLISHED_OUTCOME = new Text("Кайрылуу каралды; мектептин администрациясы көрсөтүлгөн маселени оңдоо боюнча чара көрдү.",
            "Обращение рассмотрено; администрация школы приняла меры по указанной проблеме.");
    static final Text EXTENSION_REASON = new Text("Кошумча маалымат талап кылынат", "Требуется дополнительная информация");
    static final Text ONE_SHEET = new Text("бир барак", "один лист");
    static final Text TAG_MONEY = new Text("акча чогултуу", "сбор денег");
    static final Text TAG_CANTEEN = new Text("ашкана", "столовая");
    static final Text AGENDA_ORDER = new Text("«Ишеним кутусунун» иш тартиби", "О порядке работы «Ящика доверия»");
    static final Text AGENDA_APPEALS = new Text("«Ишеним кутусу» аркылуу келип түшкөн кайрылуулардын каралышы",
            "О рассмотрении обращений, поступивших через «Ящик доверия»");
    static final Text AGENDA_INCIDENT = new Text("Пломбанын бузулганы аныкталган ачуу боюнча иликтөө",
            "Расследование по вскрытию, при котором обнаружена нарушенная пломба");
    static final Text DECISION_OFFICERS = new Text("Комиссиянын төрагасы Ж. Т. Алымкулова, катчысы С. И. Петрова болуп шайлансын",
            "Избрать председателем комиссии Ж. Т. Алымкулову, секретарём С. И. Петрову");
    static final Text DECISION_SCHEDULE = new Text("Кутуну ар шейшемби саат 12:00дө ачуу тартиби бекитилсин",
            "Утвердить порядок вскрытия ящика каждый вторник в 12:00");
    static final Text DECISION_NOTED = new Text("Маалымат эске алынсын", "Информацию принять к сведению");
    static final Text DECISION_TERMS = new Text("Кайрылуулар мыйзамда белгиленген мөөнөттө каралсын",
            "Рассматривать обращения в установленные законом сроки");

    private static final List<Text> ALL;

    static {
        List<Text> all = new ArrayList<>(SUMMARIES);
        all.addAll(BODIES);
        all.addAll(List.of(MEASURES, REPORT_PROBLEMS, EXTENSION_REASON, TAG_MONEY, TAG_CANTEEN, AGENDA_ORDER, AGENDA_APPEALS,
                AGENDA_INCIDENT, DECISION_OFFICERS, DECISION_SCHEDULE, DECISION_NOTED, DECISION_TERMS));
        // longest first, so that no text is replaced inside a longer one
        all.sort(java.util.Comparator.comparingInt((Text t) -> -t.ky().length()));
        ALL = List.copyOf(all);
    }

    private DemoTexts() {
    }

    /** Why the box of the holiday Tuesday {@code tuesday} opened on the next working day, as a secretary writes it. */
    static Text deviation(LocalDate tuesday) {
        return new Text(Wording.of(Language.KYRGYZ).date(tuesday) + " шейшемби майрам күнү болгондуктан, куту кийинки жумуш күнү ачылды",
                "Вторник " + Wording.of(Language.RUSSIAN).date(tuesday) + " — праздничный день, ящик вскрыт в следующий рабочий день");
    }

    /** {@code text} with every demo text in it put into {@code language}; {@code extra} are texts of this document only. */
    static String translate(String text, Language language, List<Text> extra) {
        String result = text;
        for (List<Text> texts : List.of(extra, ALL)) {
            for (Text t : texts) {
                String other = language == Language.RUSSIAN ? t.ky() : t.ru();
                result = result.replace(other, t.in(language));
            }
        }
        return result;
    }

    static String translate(String text, Language language) {
        return translate(text, language, List.of());
    }

    /** The view with the demo's texts in the view's own language; documents without such texts are returned as they are. */
    static DocumentView translate(DocumentView view) {
        Language l = view.language();
        if (view instanceof MinutesView m) {
            return new MinutesView(l, m.school(), m.number(), m.date(), m.present(), m.absent(),
                    m.agenda().stream().map(s -> translate(s, l)).toList(), m.decisions().stream().map(s -> translate(s, l)).toList(),
                    m.election(), m.signatures());
        }
        if (view instanceof QuarterlyReportView r) {
            return new QuarterlyReportView(l, r.school(), r.year(), r.quarter(), r.current(), r.previous(),
                    translate(r.recurringProblems(), l), r.preparedBy(), r.preparedOn(), r.overdue());
        }
        if (view instanceof JournalView j) {
            List<JournalView.Row> rows = j.rows().stream().map(x -> new JournalView.Row(x.sequence(), x.openedAt(), x.sealFound(),
                    x.incidents(), x.appealCount(), x.actNumber(), x.newSeal(), x.present(),
                    x.deviation().map(d -> translate(d, l, holiday(x.openedAt().toLocalDate()))))).toList();
            return new JournalView(l, j.school(), j.from(), j.to(), rows, j.chainIntact(), j.brokenAt(), j.certifiedBy(), j.issuedOn());
        }
        if (view instanceof WithdrawalActView a) {
            List<WithdrawalActView.Line> lines = a.lines().stream().map(x -> new WithdrawalActView.Line(x.number(), x.fromWhom(),
                    x.returnAddress(), translate(x.note(), l), x.withheld())).toList();
            return new WithdrawalActView(l, a.school(), a.year(), a.number(), a.openedAt(), a.boxDamaged(), a.sealIntact(), a.sealFound(),
                    a.sealExpected(), lines, a.present(), a.deviation().map(d -> translate(d, l, holiday(a.openedAt().toLocalDate()))));
        }
        if (view instanceof RegisterView r) {
            List<RegisterView.Row> rows = r.rows().stream().map(x -> new RegisterView.Row(x.number(), x.registeredOn(), x.from(),
                    x.category(), x.summary().map(s -> translate(s, l)), x.executor(), x.due(), x.extendedTo(),
                    x.forwardings().stream().map(f -> new Forwarding(translate(f.body(), l), f.date(), f.letterNumber())).toList(),
                    x.decision())).toList();
            return new RegisterView(l, r.school(), r.from(), r.to(), rows, r.keptBy(), r.issuedOn());
        }
        return view;
    }

    /** The deviation texts an opening on {@code day} may carry: that of the Tuesday it was moved from. */
    private static List<Text> holiday(LocalDate day) {
        return List.of(deviation(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY))));
    }
}
