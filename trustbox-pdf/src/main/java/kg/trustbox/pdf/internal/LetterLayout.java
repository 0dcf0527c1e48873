package kg.trustbox.pdf.internal;

import kg.trustbox.document.Wording;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import java.io.OutputStream;
import java.util.List;
import kg.trustbox.document.AnswerLetterView;

/**
 * The answer letter to a signed appellant, in the appeal's language (Law No. 67): addressee,
 * date and reference, the verdict, the measures taken, the right to appeal, the signature.
 *
 * <p>Not API. Stateless.
 */
final class AnswerLetterLayout {
    private AnswerLetterLayout() {
    }

    static void render(AnswerLetterView view, Assets assets, OutputStream out) {
        Wording w = Wording.of(view.language());
        String title = w.text("letter.title");
        String reference = w.text("letter.reference", view.registrationNumber());
        Sheet sheet = Sheet.open(out, assets, w, title + " — " + reference, reference, view.school().name(), true);

        sheet.schoolHeader(view.school());
        Paragraph to = new Paragraph().setMarginLeft(260).setMarginTop(14).setMultipliedLeading(1.2f)
                .add(new Text(w.text("letter.to") + "\n").setFont(sheet.bold()))
                .add(sheet.safe(view.addressee()));
        if (view.returnAddress() != null && !view.returnAddress().isBlank()) {
            to.add("\n" + sheet.safeLines(view.returnAddress()));
        }
        sheet.doc().add(to);
        sheet.doc().add(new Paragraph(sheet.safe(w.date(view.date())) + "\n" + sheet.safe(reference))
                .setMarginTop(10).setMultipliedLeading(1.2f));

        sheet.title(title, null);
        sheet.doc().add(new Paragraph(sheet.safe(w.text("letter.greeting", view.addressee())))
                .setTextAlignment(TextAlignment.CENTER).setMarginBottom(8));
        sheet.add(w.text("letter.body", view.registrationNumber(), w.date(view.registeredOn())));
        sheet.add(w.text("letter.verdict." + view.verdict().name()));
        if (view.measures() != null && !view.measures().isBlank()) {
            sheet.labelled(w.text("letter.measures"), view.measures());
        }
        // the last paragraph goes with the signature
        sheet.signatures(List.of(sheet.paragraph(w.text("letter.appeal")).setMarginBottom(19)), null,
                List.of(view.signedBy()), null);
        sheet.finish();
    }
}
