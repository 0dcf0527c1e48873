package kg.trustbox.pdf.internal;

import kg.trustbox.document.NoticeText;
import kg.trustbox.document.Wording;
import java.io.OutputStream;
import kg.trustbox.document.PublicNoticeView;

/**
 * The public notice as a printable page; {@link NoticeText} holds its text.
 *
 * <p>Not API. Stateless.
 */
final class PublicNoticeLayout {
    private PublicNoticeLayout() {
    }

    static void render(PublicNoticeView view, Assets assets, OutputStream out) {
        Wording w = Wording.of(view.language());
        NoticeText notice = NoticeText.of(view);
        Sheet sheet = Sheet.open(out, assets, w, notice.title(), notice.title(), view.school().name(), true);
        // a notice for the wall and the website: one page, with the receipts' section too
        sheet.doc().setFontSize(10);
        sheet.schoolHeader(view.school());
        sheet.title(notice.title(), null);
        sheet.add(notice.intro());
        for (NoticeText.Section section : notice.sections()) {
            if (view.receiptForms()) {
                // one section more on the same page: headings closer to their text
                sheet.doc().add(sheet.headingElement(section.heading()).setFontSize(10.5f).setMarginTop(4).setMarginBottom(2)
                        .setKeepWithNext(true));
            } else {
                sheet.heading(section.heading());
            }
            for (String paragraph : section.paragraphs()) {
                sheet.doc().add(view.receiptForms() ? sheet.paragraph(paragraph).setFontSize(9).setMultipliedLeading(0.95f).setMarginBottom(3) : sheet.paragraph(paragraph));
            }
        }
        sheet.finish();
    }
}
