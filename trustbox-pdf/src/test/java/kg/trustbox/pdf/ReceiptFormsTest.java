package kg.trustbox.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.document.OutcomesBoardView;
import kg.trustbox.document.ReceiptFormsView;
import kg.trustbox.receipt.BoardMark;
import kg.trustbox.receipt.IssuedBatch;
import kg.trustbox.receipt.ReceiptCode;
import kg.trustbox.receipt.ReceiptKey;
import kg.trustbox.report.Quarter;
import kg.trustbox.school.Language;
import kg.trustbox.school.SchoolId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("R-3.2 receipts on paper: the forms sheet and the outcomes board")
class ReceiptFormsTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ReceiptKey KEY = ReceiptKey.random();

    static ReceiptFormsView forms(Language l, int count) {
        List<ReceiptFormsView.Form> forms = IntStream.range(0, count).mapToObj(i -> ReceiptCode.generate(RANDOM))
                .map(c -> new ReceiptFormsView.Form(c, KEY.boardMark(KEY.digest(c)))).toList();
        return new ReceiptFormsView(l, SampleViews.school(l), new IssuedBatch(SchoolId.of("school-1"), 2, LocalDate.of(2026, 11, 30), count),
                forms, SampleViews.responsible(l));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    @DisplayName("R-3.2 one page per form: the form and its stub carry the same code, in characters and as a QR code a camera decodes to exactly the printed code")
    void forms_sheet(Language l) {
        ReceiptFormsView view = forms(l, 3);
        byte[] pdf = Pdfs.render(view, "receipt-forms-" + l.name().toLowerCase());

        assertThat(Pdfs.pdfaFailures(pdf)).isEmpty();
        List<String> pages = Pdfs.pages(pdf);
        assertThat(pages).hasSize(3);
        List<List<String>> decoded = decodeQrCodes(pdf);
        for (int i = 0; i < 3; i++) {
            ReceiptFormsView.Form form = view.forms().get(i);
            String printed = form.code().grouped();
            String page = pages.get(i).replaceAll("\\s+", " ");
            assertThat(page.split(java.util.regex.Pattern.quote(printed), -1)).as("the code on the form and on the stub").hasSize(3);
            assertThat(page).contains(form.mark().grouped()).contains(SampleViews.RESPONSIBLE);
            assertThat(decoded.get(i)).as("page %d: the form's QR code and the stub's", i + 1).containsExactly(printed, printed);
            assertThat(ReceiptCode.parse(decoded.get(i).get(0))).isEqualTo(form.code());
            for (int other = 0; other < 3; other++) {
                if (other != i) {
                    assertThat(page).doesNotContain(view.forms().get(other).code().grouped());
                }
            }
        }
        assertThat(Pdfs.flat(pdf)).contains(l == Language.KYRGYZ ? "Квитанциянын айрылма бөлүгү" : "Корешок квитанции")
                .contains(l == Language.KYRGYZ ? "милдеттүү эмес" : "не обязательно");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    @DisplayName("R-3.2 the outcomes board lists marks, verdicts and published outcomes, and no code")
    void outcomes_board(Language l) {
        ReceiptCode one = ReceiptCode.generate(RANDOM);
        ReceiptCode two = ReceiptCode.generate(RANDOM);
        BoardMark first = KEY.boardMark(KEY.digest(one));
        BoardMark second = KEY.boardMark(KEY.digest(two));
        OutcomesBoardView view = new OutcomesBoardView(l, SampleViews.school(l), new Quarter(2026, 4), LocalDate.of(2026, 12, 28), List.of(
                new OutcomesBoardView.Entry(first, Verdict.JUSTIFIED, Optional.of("Асканага жаңы тамак-аш графиги киргизилди.")),
                new OutcomesBoardView.Entry(second, Verdict.NOT_JUSTIFIED, Optional.empty())));
        byte[] pdf = Pdfs.render(view, "outcomes-board-" + l.name().toLowerCase());

        assertThat(Pdfs.pdfaFailures(pdf)).isEmpty();
        String text = Pdfs.flat(pdf);
        assertThat(text).contains(first.grouped()).contains(second.grouped())
                .contains("Асканага жаңы тамак-аш графиги киргизилди.")
                .contains(l == Language.KYRGYZ ? "негиздүү" : "обоснованное")
                .contains(l == Language.KYRGYZ ? "жыйынтык жарыяланган жок" : "итог не опубликован")
                .contains(l == Language.KYRGYZ ? "2026-жылдын IV чейреги" : "IV квартал 2026")
                .doesNotContain(one.grouped()).doesNotContain(two.grouped());
        assertThat(decodeQrCodes(pdf).get(0)).as("no QR code on the board").isEmpty();

        OutcomesBoardView empty = new OutcomesBoardView(l, SampleViews.school(l), new Quarter(2026, 4), LocalDate.of(2026, 12, 28), List.of());
        assertThat(Pdfs.flat(Pdfs.render(empty))).contains(l == Language.KYRGYZ
                ? "Бул чейректе квитанциясы бар кайрылуулар боюнча чечим кабыл алынган жок."
                : "В этом квартале решений по обращениям с квитанцией не было.");
    }

    /**
     * Every QR code on each page, as a phone's camera would read it off paper: the page rendered
     * at 150 dpi in grey, and read by ZXing; top to bottom.
     */
    static List<List<String>> decodeQrCodes(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<List<String>> pages = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 150, ImageType.GRAY);
                int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
                BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
                List<String> found = new ArrayList<>();
                try {
                    Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
                    java.util.Arrays.sort(results, java.util.Comparator.comparing(r -> r.getResultPoints()[0].getY()));
                    for (Result r : results) {
                        found.add(r.getText());
                    }
                } catch (NotFoundException none) {
                    // a page without a QR code
                }
                pages.add(found);
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
