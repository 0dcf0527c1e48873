package kg.trustbox.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import kg.trustbox.document.DocumentView;
import kg.trustbox.document.JournalView;
import kg.trustbox.document.MinutesView;
import kg.trustbox.document.QuarterlyReportView;
import kg.trustbox.document.Signatory;
import kg.trustbox.document.WithdrawalActView;
import kg.trustbox.document.Wording;
import kg.trustbox.school.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A page of signatures shows what is signed (#18): no page holds only the signature block, or only
 * the signature block and the closing sentence or heading that goes with it; and a table that
 * breaks across pages says so.
 */
@DisplayName("R-6.2 no page of a signed document holds only its signatures")
class SignaturePageTest {

    static Stream<Arguments> signedDocuments() {
        List<Arguments> documents = new ArrayList<>();
        for (Language l : Language.values()) {
            String tag = l.locale().getLanguage();
            Wording w = Wording.of(l);
            documents.add(Arguments.of("R-5.3 minutes-" + tag, SampleViews.minutes(l),
                    signatories(SampleViews.minutes(l)), List.of(w.text("minutes.signatures"))));
            MinutesView first = SampleViews.minutes(l);
            MinutesView oneDecision = new MinutesView(l, first.school(), 2, first.date(), first.present(), first.absent(),
                    first.agenda(), first.decisions().subList(0, 1), first.election(), first.signatures());
            documents.add(Arguments.of("R-5.3 minutes with one decision-" + tag, oneDecision, signatories(oneDecision),
                    List.of(w.text("minutes.signatures"))));
            MinutesView noDecision = new MinutesView(l, first.school(), 3, first.date(), first.present(), first.absent(),
                    first.agenda(), List.of(), first.election(), first.signatures());
            documents.add(Arguments.of("R-5.3 minutes without decisions-" + tag, noDecision, signatories(noDecision),
                    List.of(w.text("minutes.signatures"))));
            QuarterlyReportView report = SampleViews.report(l);
            documents.add(Arguments.of("R-5.5 quarterly report-" + tag, report, List.of(report.preparedBy()),
                    List.of(w.text("report.noPersonalData"))));
            QuarterlyReportView bare = new QuarterlyReportView(l, report.school(), report.year(), report.quarter(),
                    report.current(), report.previous(), "", report.preparedBy(), report.preparedOn());
            documents.add(Arguments.of("R-5.5 quarterly report without recurring problems-" + tag, bare,
                    List.of(bare.preparedBy()), List.of(w.text("report.noPersonalData"))));
            for (int overdue : new int[] {1, 12, 40}) {
                QuarterlyReportView late = reportWithOverdue(l, overdue);
                documents.add(Arguments.of("R-5.5 quarterly report with " + overdue + " overdue appeals-" + tag, late,
                        List.of(late.preparedBy()), List.of(w.text("report.noPersonalData"))));
            }
            for (int lines = 0; lines <= 12; lines++) {
                WithdrawalActView act = SampleViews.bigAct(l, lines);
                documents.add(Arguments.of("R-4.3 act of " + lines + " appeals-" + tag, act, act.present(),
                        List.of(w.text("act.present"))));
            }
            JournalView journal = SampleViews.journal(l);
            List<String> certified = List.of(w.text("journal.certified"), w.date(journal.issuedOn()));
            documents.add(Arguments.of("R-4.5 journal extract-" + tag, journal, List.of(journal.certifiedBy()), certified));
            documents.add(Arguments.of("R-4.5 broken journal extract-" + tag, SampleViews.brokenJournal(l),
                    List.of(journal.certifiedBy()), certified));
            for (int openings = 0; openings <= 8; openings++) {
                JournalView extract = journal(l, openings);
                documents.add(Arguments.of("R-4.5 journal extract of " + openings + " openings-" + tag, extract,
                        List.of(extract.certifiedBy()), certified));
            }
            kg.trustbox.document.RegisterView register = SampleViews.register(l);
            List<String> registerClosing = List.of(w.text("register.certified"), w.date(register.issuedOn()));
            documents.add(Arguments.of("R-4.4 register-" + tag, register, List.of(register.keptBy()), registerClosing));
            for (int appeals = 0; appeals <= 8; appeals++) {
                documents.add(Arguments.of("R-4.4 register of " + appeals + " appeals-" + tag, SampleViews.bigRegister(l, appeals),
                        List.of(register.keptBy()), registerClosing));
            }
            WithdrawalActView act = SampleViews.act(l);
            documents.add(Arguments.of("R-4.3 act-" + tag, act, act.present(), List.of(w.text("act.present"))));
            documents.add(Arguments.of("answer letter-" + tag, SampleViews.letter(l),
                    List.of(SampleViews.letter(l).signedBy()), List.of(w.text("letter.appeal"))));
            documents.add(Arguments.of("answer letter after a forwarding-" + tag, SampleViews.forwardedLetter(l),
                    List.of(SampleViews.director(l)), List.of(w.text("letter.appeal"))));
            documents.add(Arguments.of("forwarding notice-" + tag, SampleViews.forwardingNotice(l),
                    List.of(SampleViews.director(l)), List.of(w.text("forwarded.next"))));
            documents.add(Arguments.of("extension notice-" + tag, SampleViews.extensionNotice(l),
                    List.of(SampleViews.director(l)), List.of(w.text("extended.next"))));
        }
        return documents.stream();
    }

    @ParameterizedTest(name = "{0}: the page with the signatures shows what is signed")
    @MethodSource("signedDocuments")
    void signaturesNeverStandAlone(String name, DocumentView view, List<Signatory> signatories, List<String> closing) {
        byte[] pdf = Pdfs.render(view, "signatures-" + name.replaceAll("[^\\p{L}\\d-]+", "_"));
        List<String> pages = Pdfs.pages(pdf);
        Wording w = Wording.of(view.language());
        // every word the signature block, its heading or the closing sentence can print
        Set<String> block = new HashSet<>(words(w.text("signature")));
        for (Signatory s : signatories) {
            block.addAll(words(s.position()));
            block.addAll(words(s.fullName()));
        }
        block.addAll(words(w.text("signed.on", "")));
        block.addAll(words(w.date(java.time.LocalDate.of(2026, 9, 3))));
        closing.forEach(text -> block.addAll(words(text)));

        for (int i = 0; i < pages.size(); i++) {
            List<String> content = content(pages.get(i), i + 1, pages.size(), w);
            assertThat(content).as("page %d of %s has content", i + 1, name).isNotEmpty();
            if (pages.get(i).contains(w.text("signature"))) {
                List<String> other = content.stream().filter(line -> !block.containsAll(words(line))).toList();
                assertThat(other).as("page %d of %s, with the signatures, shows something signed:\n%s", i + 1, name,
                        pages.get(i)).isNotEmpty();
            }
        }
        assertThat(pages.get(pages.size() - 1)).as("the signatures end the document").contains(w.text("signature"));
        assertThat(WithdrawalActTest.count(Pdfs.text(pdf), w.text("signature"))).isEqualTo(signatories.size());
    }

    @ParameterizedTest(name = "R-4.3 an act of 1 to 12 appeals, {0}, lists each appeal once, in order, and says where its table goes on")
    @EnumSource(Language.class)
    void actTablesKeepEveryRowOnce(Language l) {
        Wording w = Wording.of(l);
        String over = l == Language.KYRGYZ ? "Таблицанын уландысы" : "Продолжение таблицы";
        String under = l == Language.KYRGYZ ? "Уландысы кийинки бетте" : "Продолжение на следующей странице";
        boolean movedOnce = false;
        for (int lines = 1; lines <= 12; lines++) {
            byte[] pdf = Pdfs.render(SampleViews.bigAct(l, lines));
            String text = Pdfs.flat(pdf);
            String note = l == Language.KYRGYZ ? "кайрылуу № " : "обращение № ";
            Matcher m = Pattern.compile(Pattern.quote(note) + "(\\d+)").matcher(text);
            List<Integer> numbers = new ArrayList<>();
            while (m.find()) {
                numbers.add(Integer.parseInt(m.group(1)));
            }
            assertThat(numbers).as("the rows of an act of %d appeals", lines)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, lines).boxed().toList());
            List<String> pages = Pdfs.pages(pdf);
            String last = pages.get(pages.size() - 1);
            if (pages.size() > 1 && last.contains(over)) {
                movedOnce = true;
                // the rows on the last page come under the header again, below "table continued"
                assertThat(last.indexOf(over)).isLessThan(last.indexOf(w.text("act.col.address")));
                assertThat(last.indexOf(w.text("act.col.address"))).isLessThan(last.indexOf(note));
                // and the page before says the table goes on
                assertThat(pages.get(pages.size() - 2)).as("the page before the last rows of an act of %d appeals", lines)
                        .contains(under);
            }
            assertThat(last).doesNotContain(under);
            assertThat(pages.get(0)).as("the first page never starts with a continued table").doesNotContain(over);
        }
        assertThat(movedOnce).as("some act of 1 to 12 appeals takes its last rows to the signatures' page").isTrue();
    }

    /** The sample report with {@code count} overdue appeals, registered a week apart. */
    static QuarterlyReportView reportWithOverdue(Language l, int count) {
        QuarterlyReportView r = SampleViews.report(l);
        List<QuarterlyReportView.Overdue> overdue = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            java.time.LocalDate registered = java.time.LocalDate.of(2026, 7, 1).plusDays(i % 70);
            overdue.add(new QuarterlyReportView.Overdue(new kg.trustbox.appeal.RegistrationNumber(2026, 100 + i), registered,
                    kg.trustbox.appeal.Category.values()[i % kg.trustbox.appeal.Category.values().length], registered.plusDays(20)));
        }
        return new QuarterlyReportView(l, r.school(), r.year(), r.quarter(), r.current(), r.previous(), r.recurringProblems(),
                r.preparedBy(), r.preparedOn(), overdue);
    }

    /** An extract of {@code openings} weekly openings, the sample's rows over and over. */
    static JournalView journal(Language l, int openings) {
        JournalView sample = SampleViews.journal(l);
        List<JournalView.Row> rows = new ArrayList<>();
        for (int week = 0; week < openings; week++) {
            JournalView.Row row = sample.rows().get(week % sample.rows().size());
            rows.add(new JournalView.Row(week + 1, row.openedAt().plusWeeks(week), row.sealFound(), row.incidents(),
                    row.appealCount(), row.actNumber(), row.newSeal(), row.present(), row.deviation()));
        }
        return new JournalView(l, sample.school(), sample.from(), sample.to().plusWeeks(openings), rows, true,
                java.util.Optional.empty(), sample.certifiedBy(), sample.issuedOn());
    }

    @ParameterizedTest(name = "R-4.5 a journal extract of 1 to 8 openings, {0}, lists each opening once and says where its table goes on")
    @EnumSource(Language.class)
    void journalTablesKeepEveryRowOnce(Language l) {
        String over = l == Language.KYRGYZ ? "Таблицанын уландысы" : "Продолжение таблицы";
        String under = l == Language.KYRGYZ ? "Уландысы кийинки бетте" : "Продолжение на следующей странице";
        boolean movedOnce = false;
        for (int openings = 1; openings <= 8; openings++) {
            JournalView view = journal(l, openings);
            List<String> pages = Pdfs.pages(Pdfs.render(view));
            String text = String.join("\n", pages);
            for (JournalView.Row row : view.rows()) {
                assertThat(WithdrawalActTest.count(text, "\n" + row.sequence() + " ")).as("row %d of %d", row.sequence(), openings)
                        .isEqualTo(1);
            }
            String last = pages.get(pages.size() - 1);
            if (last.contains(over)) {
                assertThat(last.indexOf(over)).isLessThan(last.indexOf("\n" + openings + " "));
                // the page before says so too, unless its table's part filled it to the last line
                movedOnce |= pages.get(pages.size() - 2).contains(under);
            }
            assertThat(last).doesNotContain(under).contains(Wording.of(l).text("journal.certified"));
            assertThat(pages.get(0)).doesNotContain(over);
        }
        assertThat(movedOnce).as("some extract of 1 to 8 openings takes its last row to the signature's page, and says so")
                .isTrue();
    }

    @ParameterizedTest(name = "R-4.5 the journal of a year, {0}, says \"continued\" at the foot of every page but the last")
    @EnumSource(Language.class)
    void journalSaysContinued(Language l) {
        JournalView view = journal(l, 30);
        List<String> pages = Pdfs.pages(Pdfs.render(view, "Journal-30-" + l.locale().getLanguage()));
        String under = l == Language.KYRGYZ ? "Уландысы кийинки бетте" : "Продолжение на следующей странице";

        assertThat(pages.size()).isGreaterThan(2);
        for (int i = 0; i < pages.size() - 1; i++) {
            assertThat(pages.get(i)).as("page %d", i + 1).contains(under);
        }
        assertThat(pages.get(pages.size() - 1)).doesNotContain(under).contains(SampleViews.CHAIR);
    }

    @Test
    @DisplayName("R-5.3 the minutes keep their last decision with the signatures, numbered on")
    void minutesKeepTheLastDecision() {
        MinutesView view = SampleViews.minutes(Language.RUSSIAN);
        List<String> pages = Pdfs.pages(Pdfs.render(view));
        String signaturesPage = pages.stream().filter(p -> p.contains("(подпись)")).findFirst().orElseThrow();

        assertThat(signaturesPage).contains("3. " + view.decisions().get(2).substring(0, 20));
        assertThat(Pdfs.text(Pdfs.render(view))).contains("1. Избрать", "2. Вскрывать").doesNotContain("1. Разместить");
    }

    /** The lines of a page without its page line ("Протокол № 1 ... Стр. 2 из 2"). */
    private static List<String> content(String page, int number, int count, Wording w) {
        String pageLine = w.text("page", Integer.toString(number), Integer.toString(count));
        return Arrays.stream(page.split("\n")).map(String::strip).filter(line -> !line.isEmpty())
                .filter(line -> !line.endsWith(pageLine)).toList();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[\\s,.:;()«»]+")).filter(s -> !s.isEmpty()).toList();
    }

    private static List<Signatory> signatories(MinutesView view) {
        return view.signatures().stream().map(MinutesView.Signature::signatory).toList();
    }
}
