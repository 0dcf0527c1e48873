package kg.trustbox.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import kg.trustbox.access.Declaration;
import kg.trustbox.access.Official;
import kg.trustbox.access.Role;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.AppealTracking;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Channel;
import kg.trustbox.appeal.Decision;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.Paper;
import kg.trustbox.commission.Order;
import kg.trustbox.commission.PersonId;
import kg.trustbox.document.RegisterView;
import kg.trustbox.document.Wording;
import kg.trustbox.school.Language;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.testing.Harness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The register of appeals as a PDF/A document: the law's columns, every row once and in order, and only what the reader may see. */
@DisplayName("R-4.4 R-1.5.1 R-1.5.2 the register of appeals, in Kyrgyz and in Russian")
class RegisterTest {
    /** The signed authors of three weeks, and the corruption reporters. */
    private static final List<String> SIGNED = List.of("Асанов Бакыт", "Бакиев Нурлан", "Осмонов Эрлан");
    private static final List<String> REPORTERS = List.of("Кеңешов Алмаз", "Токтосунов Азамат", "Жээнбеков Руслан");
    private static final Pattern NUMBER = Pattern.compile("\\b(\\d{4})-(\\d{4})\\b");

    @ParameterizedTest(name = "R-1.5.2 the sample register, {0}, prints every column of every row and validates as PDF/A-2u")
    @EnumSource(Language.class)
    void sample(Language l) {
        RegisterView view = SampleViews.register(l);
        byte[] pdf = Pdfs.render(view, "Register-sample-" + l.locale().getLanguage());
        Wording w = Wording.of(l);
        String text = Pdfs.flat(pdf);

        assertThat(Pdfs.pdfaFailures(pdf)).isEmpty();
        assertThat(text).contains(w.text("register.title"), w.text("register.period", w.date(view.from()), w.date(view.to())),
                w.text("register.count", "5"), w.text("register.confidential"), w.text("register.certified"));
        assertThat(numbers(text)).containsExactly("2026-0017", "2026-0018", "2026-0019", "2026-0020", "2026-0021");
        // a cell's lines come apart in the text layer, between the other cells' lines: its words are there
        assertThat(words(text)).containsAll(words(SampleViews.SIGNED_NAME, SampleViews.PHONE_NAME, SampleViews.REPORTER_NAME,
                w.text("register.anonymous"), w.text("register.withheld"), w.text("register.summary.withheld"),
                w.text("register.verdict.PARTLY_JUSTIFIED"), w.text("register.verdict.NOT_JUSTIFIED"), w.text("register.channel.LETTER"),
                w.text("register.closed.ANONYMOUS"), w.text("register.extended", "24.12.2026"), "01-12/345", "30.11.2026",
                w.text("register.overdue"), w.text("register.pending"), w.text("category.CORRUPTION"), "25.11.2026", "09.12.2026"));
        for (String header : new String[] {"number", "registered", "from", "category", "summary", "executor", "due",
                "forwarded", "decision", "answer"}) {
            assertThat(words(text)).containsAll(words(w.text("register.col." + header)));
        }
    }

    @ParameterizedTest(name = "R-4.4 R-6.1 a register built by the core from its store, {0}: each registered appeal once, in order, names as the reader may see them")
    @EnumSource(Language.class)
    void rowsMatchTheStore(Language l) {
        Harness h = Harness.inMemory().ready();
        List<AppealId> ids = new ArrayList<>();
        for (int week = 0; week < 3; week++) {
            ids.addAll(h.openAndSeal(List.of(Paper.from(Fixtures.signed(SIGNED.get(week))), Paper.from(Appellant.anonymous()),
                    Paper.from(Fixtures.signed(REPORTERS.get(week))))).appeals());
            h.nextTuesday();
        }
        for (int i = 0; i < ids.size(); i++) {
            Category category = i % 3 == 2 ? Category.CORRUPTION : Category.COMPLAINT;
            h.office.register(ids.get(i), RegistrationRequest.of(Fixtures.RESPONSIBLE, category, AppealLanguage.RUSSIAN,
                    "секрет" + i)).orElseThrow();
        }
        h.office.assign(ids.get(0), Fixtures.RESPONSIBLE).orElseThrow();
        h.office.decide(ids.get(0), Decision.of(Verdict.JUSTIFIED, "чаралар")).orElseThrow();
        h.office.answer(ids.get(0), Channel.LETTER).orElseThrow();
        h.office.declare(new Declaration(PersonId.of("aud"), Role.AUDITOR, new Order("50-к", LocalDate.of(2026, 8, 30)))).orElseThrow();
        Wording w = Wording.of(l);
        List<String> stored = h.office.appeals().stream().flatMap(t -> t.number().stream()).sorted().map(Object::toString).toList();
        assertThat(stored).hasSize(9);

        Official chair = Official.of(Fixtures.CHAIR, Role.COMMISSION_MEMBER);
        byte[] full = Pdfs.render(h.office.documents().register(2026, l, chair).orElseThrow(), "Register-store-" + l.locale().getLanguage());
        String text = Pdfs.flat(full);
        assertThat(numbers(text)).containsExactlyElementsOf(stored);
        for (int week = 0; week < 3; week++) {
            assertThat(words(text)).containsOnlyOnce(surname(SIGNED.get(week)), surname(REPORTERS.get(week)));
            assertThat(words(text)).containsAll(words(SIGNED.get(week), REPORTERS.get(week)));
        }
        assertThat(Pdfs.pdfaFailures(full)).isEmpty();

        Official director = Official.of(Fixtures.DIRECTOR, Role.DIRECTOR);
        String forDirector = Pdfs.flat(Pdfs.render(h.office.documents().register(2026, l, director).orElseThrow()));
        assertThat(numbers(forDirector)).containsExactlyElementsOf(stored);
        assertThat(forDirector).as("Law No. 19: no corruption reporter for the director").doesNotContain("Кеңешов", "Токтосунов",
                "Жээнбеков").contains(surname(SIGNED.get(0)), surname(SIGNED.get(1)), surname(SIGNED.get(2)));

        Official auditor = Official.of(PersonId.of("aud"), Role.AUDITOR);
        String forAuditor = Pdfs.flat(Pdfs.render(h.office.documents().register(2026, l, auditor).orElseThrow()));
        assertThat(numbers(forAuditor)).containsExactlyElementsOf(stored);
        assertThat(forAuditor).doesNotContain("Асанов", "Бакиев", "Осмонов", "Кеңешов", "Токтосунов", "Жээнбеков", "секрет", "Ленин");
        assertThat(words(forAuditor)).containsAll(words(w.text("register.withheld"), w.text("register.summary.withheld")));
        assertThat(count(forAuditor, w.text("register.anonymous"))).isEqualTo(3);
        AppealTracking answered = h.office.tracking(ids.get(0));
        assertThat(forAuditor).contains(answered.number().orElseThrow().toString() + " ");
    }

    @ParameterizedTest(name = "R-4.4 a register of 60 appeals, {0}, lists each once, in order, and says \"continued\" at the foot of every page but the last")
    @EnumSource(Language.class)
    void longRegister(Language l) {
        RegisterView view = SampleViews.bigRegister(l, 60);
        byte[] pdf = Pdfs.render(view, "Register-60-" + l.locale().getLanguage());
        List<String> pages = Pdfs.pages(pdf);
        String under = l == Language.KYRGYZ ? "Уландысы кийинки бетте" : "Продолжение на следующей странице";
        Wording w = Wording.of(l);

        assertThat(pages.size()).isGreaterThan(3);
        for (int i = 0; i < pages.size() - 1; i++) {
            assertThat(pages.get(i)).as("page %d", i + 1).contains(under).contains(w.text("register.col.executor"));
        }
        assertThat(pages.get(pages.size() - 1)).doesNotContain(under).contains(w.text("register.certified"), w.text("signature"));
        assertThat(numbers(Pdfs.flat(pdf))).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 60).mapToObj(i -> String.format("2026-%04d", i)).toList());
        assertThat(Pdfs.pdfaFailures(pdf)).isEmpty();
    }

    /** The registration numbers in {@code text}, in order. */
    static List<String> numbers(String text) {
        Matcher m = NUMBER.matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            if (m.group(1).startsWith("20")) {
                found.add(m.group());
            }
        }
        return found;
    }

    /** The words of {@code texts}, split at spaces, line breaks and hyphens (where a narrow cell may break a word), without a trailing comma. */
    static List<String> words(String... texts) {
        List<String> words = new ArrayList<>();
        for (String text : texts) {
            for (String word : text.strip().split("[\\s-]+")) {
                words.add(word.replaceAll("[,;]$", ""));
            }
        }
        return words;
    }

    private static String surname(String name) {
        return name.substring(0, name.indexOf(' '));
    }

    private static int count(String text, String part) {
        return WithdrawalActTest.count(text, part);
    }
}
