package kg.trustbox.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kg.trustbox.access.Official;
import kg.trustbox.access.Role;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Decision;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.Paper;
import kg.trustbox.document.OutcomesBoardView;
import kg.trustbox.document.ReceiptFormsView;
import kg.trustbox.document.RegisterView;
import kg.trustbox.document.WithdrawalActView;
import kg.trustbox.report.ComplianceCheck;
import kg.trustbox.report.Quarter;
import kg.trustbox.school.Language;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.testing.Harness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * receipts in the documents: the forms sheet, the outcomes board, the marks on acts and in the
 * register, the public notice, and the counts of anonymous appeals whose authors learn the outcome.
 */
class ReceiptDocumentsTest {
    private static final RegistrationRequest REQUEST = RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.CORRUPTION,
            AppealLanguage.RUSSIAN, "Кыскача");
    private static final Official CHAIR = Official.of(Fixtures.CHAIR, Role.COMMISSION_MEMBER);
    private static final Quarter Q3 = new Quarter(2026, 3);
    private final Harness h = Harness.inMemory().ready();
    /** Three anonymous appeals and a signed one, withdrawn on 1 September 2026. */
    private final List<AppealId> ids = h.openAndSeal(List.of(Paper.from(Appellant.anonymous()), Paper.from(Appellant.anonymous()),
            Paper.from(Appellant.anonymous()), Paper.from(Fixtures.signed("Асанов Бакыт")))).appeals();

    private void decide(AppealId id, Verdict verdict) {
        h.office.register(id, REQUEST).orElseThrow();
        h.office.assign(id, Fixtures.RESPONSIBLE).orElseThrow();
        h.office.decide(id, Decision.of(verdict, "Чаралар")).orElseThrow();
    }

    @Test
    @DisplayName("R-3.2 the forms sheet carries the batch's codes in order, each with the board mark of its digest, and whom to ask")
    void forms() {
        IssuedReceipts issued = h.office.issueReceipts(4).orElseThrow();
        ReceiptKey key = h.stores.receipts().key(h.school.id());
        ReceiptFormsView v = h.office.documents().receiptForms(issued, Language.KYRGYZ);
        assertThat(v.batch()).isEqualTo(issued.batch());
        assertThat(v.forms()).extracting(ReceiptFormsView.Form::code).containsExactlyElementsOf(issued.codes());
        assertThat(v.forms()).allSatisfy(f -> assertThat(f.mark()).isEqualTo(key.boardMark(key.digest(f.code()))));
        assertThat(v.forms()).extracting(ReceiptFormsView.Form::mark).doesNotHaveDuplicates();
        assertThat(v.lookup().fullName()).isEqualTo("Бекмуратов Нурлан Үсөнович");
        assertThat(v.language()).isEqualTo(Language.KYRGYZ);
        assertThat(v.toString() + v.forms()).doesNotContain(issued.codes().get(0).value(), issued.codes().get(0).grouped());

        var other = new Harness(h.stores, Fixtures.school("s2"), kg.trustbox.Regulation.defaults());
        IssuedReceipts theirs = other.office.issueReceipts(1).orElseThrow();
        assertThatThrownBy(() -> h.office.documents().receiptForms(theirs, Language.RUSSIAN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("R-3.2 the board lists the quarter's decided appeals with a receipt by mark, with verdict and published outcome, and nothing else")
    void board() {
        List<ReceiptCode> codes = h.office.issueReceipts(4).orElseThrow().codes();
        ReceiptKey key = h.stores.receipts().key(h.school.id());
        for (int i = 0; i < 3; i++) {
            h.office.attachReceipt(ids.get(i), codes.get(i).value()).orElseThrow();
        }
        decide(ids.get(0), Verdict.JUSTIFIED);
        decide(ids.get(1), Verdict.NOT_JUSTIFIED);
        h.office.publishOutcome(ids.get(0), "Асканада жаңы график.").orElseThrow();
        // decided without a receipt: not on the board; with a receipt but undecided: not yet
        decide(ids.get(3), Verdict.JUSTIFIED);
        h.office.register(ids.get(2), REQUEST).orElseThrow();

        OutcomesBoardView board = h.office.documents().outcomesBoard(Q3, Language.RUSSIAN);
        BoardMark first = key.boardMark(key.digest(codes.get(0)));
        BoardMark second = key.boardMark(key.digest(codes.get(1)));
        assertThat(board.entries()).containsExactlyInAnyOrder(
                new OutcomesBoardView.Entry(first, Verdict.JUSTIFIED, Optional.of("Асканада жаңы график.")),
                new OutcomesBoardView.Entry(second, Verdict.NOT_JUSTIFIED, Optional.empty()));
        assertThat(board.entries()).extracting(OutcomesBoardView.Entry::mark).isSorted();
        assertThat(board.quarter()).isEqualTo(Q3);
        assertThat(board.postedOn()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(h.office.documents().outcomesBoard(new Quarter(2026, 4), Language.KYRGYZ).entries()).isEmpty();
        assertThat(h.office.documents().outcomesBoard(new Quarter(2026, 2), Language.KYRGYZ).entries()).isEmpty();
    }

    @Test
    @DisplayName("R-3.2 the act's lines and the register's rows say which appeal has a receipt, never its code")
    void marks() {
        List<ReceiptCode> codes = h.office.issueReceipts(2).orElseThrow().codes();
        h.office.attachReceipt(ids.get(1), codes.get(0).value()).orElseThrow();
        h.office.attachReceipt(ids.get(3), codes.get(1).value()).orElseThrow();
        WithdrawalActView act = h.office.documents().withdrawalAct(new ActNumber(2026, 1), Language.RUSSIAN, CHAIR).orElseThrow();
        assertThat(act.lines()).extracting(WithdrawalActView.Line::withReceipt).containsExactly(false, true, false, true);
        assertThat(act.lines().get(1).toString()).contains("receipt").doesNotContain(codes.get(0).value());
        for (AppealId id : ids) {
            h.office.register(id, REQUEST).orElseThrow();
        }
        RegisterView register = h.office.documents().register(2026, Language.KYRGYZ, CHAIR).orElseThrow();
        assertThat(register.rows()).extracting(RegisterView.Row::withReceipt).containsExactly(false, true, false, true);
        assertThat(register.rows().get(3).toString()).contains("receipt").doesNotContain(codes.get(1).value());
    }

    @Test
    @DisplayName("R-3.2 R-4.1 the public notice explains receipts once the school has issued forms")
    void notice() {
        assertThat(h.office.documents().publicNotice(Language.RUSSIAN).receiptForms()).isFalse();
        h.office.issueReceipts(1).orElseThrow();
        assertThat(h.office.documents().publicNotice(Language.RUSSIAN).receiptForms()).isTrue();
    }

    @Test
    @DisplayName("R-3.2 R-5.5 the compliance check and the quarterly report count the anonymous appeals decided, with a receipt, and with an outcome published")
    void counts() {
        List<ReceiptCode> codes = h.office.issueReceipts(3).orElseThrow().codes();
        h.office.attachReceipt(ids.get(0), codes.get(0).value()).orElseThrow();
        h.office.attachReceipt(ids.get(1), codes.get(1).value()).orElseThrow();
        h.office.attachReceipt(ids.get(3), codes.get(2).value()).orElseThrow();
        decide(ids.get(0), Verdict.JUSTIFIED);
        decide(ids.get(1), Verdict.JUSTIFIED);
        decide(ids.get(2), Verdict.NOT_JUSTIFIED);
        decide(ids.get(3), Verdict.JUSTIFIED);
        h.office.publishOutcome(ids.get(0), "Жарыяланды.").orElseThrow();
        // a signed appeal's published outcome is not counted: its author gets a letter
        h.office.publishOutcome(ids.get(3), "Жарыяланды.").orElseThrow();

        PublishedOutcomes expected = new PublishedOutcomes(3, 2, 1);
        assertThat(expected.unpublished()).isEqualTo(2);
        assertThat(h.office.complianceCheck(Q3.first(), Q3.last(), ComplianceCheck.Checkpoint.START).anonymousOutcomes()).isEqualTo(expected);
        assertThat(h.office.complianceCheck(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), ComplianceCheck.Checkpoint.START)
                .anonymousOutcomes()).isEqualTo(PublishedOutcomes.NONE);
        h.clock.set(LocalDate.of(2026, 10, 2).atTime(10, 0).atZone(h.school.zone()).toInstant());
        h.office.prepareQuarterlyReport(Q3, "", Fixtures.RESPONSIBLE).orElseThrow();
        assertThat(h.office.documents().quarterlyReport(Q3, Language.RUSSIAN).anonymousOutcomes()).contains(expected);
    }

    @Test
    @DisplayName("R-3.2 published <= with a receipt <= decided, none negative")
    void countsAreConsistent() {
        assertThatThrownBy(() -> new PublishedOutcomes(1, 1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublishedOutcomes(1, 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublishedOutcomes(0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PublishedOutcomes(5, 3, 3).unpublished()).isEqualTo(2);
        assertThat(new PublishedOutcomes(0, 0, 0)).isEqualTo(PublishedOutcomes.NONE);
    }

    @Test
    @DisplayName("R-3.2 a board mark is six characters of the code's alphabet, the same for the same digest and key, another under another key")
    void boardMarks() {
        SecureRandom random = new SecureRandom();
        Gen<ReceiptCode> codes = SourceDSL.integers().all().map(i -> ReceiptCode.generate(random));
        ReceiptKey one = ReceiptKey.random();
        ReceiptKey two = ReceiptKey.random();
        QuickTheory.qt().withExamples(300).forAll(codes).checkAssert(code -> {
            BoardMark mark = one.boardMark(one.digest(code));
            assertThat(mark.value()).hasSize(BoardMark.LENGTH).matches("[" + ReceiptCode.ALPHABET + "]{6}");
            assertThat(one.boardMark(one.digest(code))).isEqualTo(mark);
            assertThat(mark.grouped()).isEqualTo(mark.value().substring(0, 3) + "-" + mark.value().substring(3));
            assertThat(code.value()).as("the mark is no part of the code").doesNotContain(mark.value());
        });
        // under another key the same code has another mark (a collision of 30 bits in 50 draws is below 1e-7)
        long differ = java.util.stream.IntStream.range(0, 50).mapToObj(i -> ReceiptCode.generate(random))
                .filter(c -> !one.boardMark(one.digest(c)).equals(two.boardMark(two.digest(c)))).count();
        assertThat(differ).isEqualTo(50);
        assertThat(new BoardMark("K7Q4MX").compareTo(new BoardMark("K7Q4MY"))).isNegative();
        for (String bad : List.of("K7Q4M", "K7Q4MXX", "K7Q4M1", "k7q4mx")) {
            assertThatThrownBy(() -> new BoardMark(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
