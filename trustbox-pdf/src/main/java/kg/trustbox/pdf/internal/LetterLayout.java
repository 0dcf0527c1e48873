package kg.trustbox.pdf.internal;

import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import kg.trustbox.document.AnswerLetterView;
import kg.trustbox.document.ExtensionNoticeView;
import kg.trustbox.document.ForwardingNoticeView;
import kg.trustbox.document.SchoolHeader;
import kg.trustbox.document.Wording;

/**
 * The letters to a signed appellant, in the appeal's language (Law No. 67): the answer, the
 * notice of a forwarding and the notice of an extension. Each has the school's name, the
 * addressee after a label, the outgoing number and date with the appeal it answers, the title, a
 * greeting that names no one, the body, and the signature kept with the last paragraph.
 *
 * <p>Not API. Stateless.
 */
final class LetterLayout {
    private LetterLayout() {
    }

    static void render(AnswerLetterView view, Assets assets, OutputStream out) {
        Wording w = Wording.of(view.language());
        Sheet sheet = open(w, w.text("letter.title"), view.registrationNumber(), view.school(), assets, out);
        head(sheet, w, view.school(), view.addressee(), view.returnAddress(), view.outgoingNumber(), view.date(), view.registrationNumber(),
                view.registeredOn(), w.text("letter.title"));
        sheet.add(w.text("letter.body", view.registrationNumber(), w.date(view.registeredOn())));
        if (!view.forwardings().isEmpty()) {
            sheet.add(w.text("letter.forwarded", view.forwardings().stream()
                    .map(f -> w.text("letter.forwarded.item", f.body(), f.letterNumber(), w.date(f.date())))
                    .collect(Collectors.joining("; "))));
        }
        sheet.add(w.text("letter.verdict." + view.verdict().name()));
        if (view.measures() != null && !view.measures().isBlank()) {
            sheet.labelled(w.text("letter.measures"), view.measures());
        }
        sheet.signatures(List.of(sheet.paragraph(w.text("letter.appeal")).setMarginBottom(19)), null,
                List.of(view.signedBy()), null);
        sheet.finish();
    }

    static void render(ForwardingNoticeView view, Assets assets, OutputStream out) {
        Wording w = Wording.of(view.language());
        String title = w.text("forwarded.title");
        Sheet sheet = open(w, title, view.registrationNumber(), view.school(), assets, out);
        head(sheet, w, view.school(), view.addressee(), view.returnAddress(), view.outgoingNumber(), view.date(), view.registrationNumber(),
                view.registeredOn(), title);
        sheet.add(w.text("forwarded.body", view.registrationNumber(), w.date(view.registeredOn())));
        sheet.labelled(w.text("forwarded.to"), view.forwarding().body());
        sheet.labelled(w.text("forwarded.letter"),
                w.text("forwarded.letter.value", w.date(view.forwarding().date()), view.forwarding().letterNumber()));
        sheet.signatures(List.of(sheet.paragraph(w.text("forwarded.next")).setMarginBottom(19)), null,
                List.of(view.signedBy()), null);
        sheet.finish();
    }

    static void render(ExtensionNoticeView view, Assets assets, OutputStream out) {
        Wording w = Wording.of(view.language());
        String title = w.text("extended.title");
        Sheet sheet = open(w, title, view.registrationNumber(), view.school(), assets, out);
        head(sheet, w, view.school(), view.addressee(), view.returnAddress(), view.outgoingNumber(), view.date(), view.registrationNumber(),
                view.registeredOn(), title);
        sheet.add(w.text("extended.body", view.registrationNumber(), w.date(view.registeredOn())));
        sheet.labelled(w.text("extended.due"), w.date(view.newDue()));
        if (view.reason() != null && !view.reason().isBlank()) {
            sheet.labelled(w.text("extended.reason"), view.reason());
        }
        sheet.signatures(List.of(sheet.paragraph(w.text("extended.next")).setMarginBottom(19)), null,
                List.of(view.signedBy()), null);
        sheet.finish();
    }

    private static Sheet open(Wording w, String title, String registrationNumber, SchoolHeader school, Assets assets,
                              OutputStream out) {
        String reference = w.text("letter.short", registrationNumber);
        return Sheet.open(out, assets, w, title + " — " + reference, reference, school.name(), true);
    }

    /** The school, the addressee, the outgoing number and date with the appeal's, the title and the greeting. */
    private static void head(Sheet sheet, Wording w, SchoolHeader school, String addressee, String returnAddress, String outgoingNumber,
                             LocalDate date, String registrationNumber, LocalDate registeredOn, String title) {
        sheet.schoolHeader(school);
        Paragraph to = new Paragraph().setMarginLeft(260).setMarginTop(14).setMultipliedLeading(1.2f)
                .add(new Text(w.text("letter.to") + "\n").setFont(sheet.bold()))
                .add(sheet.safe(addressee));
        if (returnAddress != null && !returnAddress.isBlank()) {
            to.add("\n" + sheet.safeLines(returnAddress));
        }
        sheet.doc().add(to);
        sheet.doc().add(new Paragraph(sheet.safe(w.text("letter.outgoing", outgoingNumber, w.date(date))) + "\n"
                + sheet.safe(w.text("letter.reference", registrationNumber, w.date(registeredOn))))
                .setMarginTop(10).setMultipliedLeading(1.2f));
        sheet.title(title, null);
        sheet.doc().add(new Paragraph(sheet.safe(w.text("letter.greeting")))
                .setTextAlignment(TextAlignment.CENTER).setMarginBottom(8));
    }
}
