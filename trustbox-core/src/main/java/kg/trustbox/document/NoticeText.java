package kg.trustbox.document;

import java.util.List;
import kg.trustbox.document.PublicNoticeView;

/**
 * The public notice's text, composed once for both of its forms, the PDF and the
 * web page: where the box is, when it can be reached, when it is opened, how to appeal
 * anonymously, what happens next, and whom to ask. Text is raw; each form cleans and escapes it.
 *
 * <p>Immutable.
 *
 * @param language the language's tag ({@code ky}, {@code ru})
 * @param school the school's name
 * @param title the notice's title
 * @param intro the opening paragraph
 * @param sections the sections, in order
 */
public record NoticeText(String language, String school, String title, String intro, List<Section> sections) {
    public NoticeText {
        sections = List.copyOf(sections);
    }

    /**
     * One section.
     *
     * @param heading the heading
     * @param paragraphs its paragraphs
     */
    public record Section(String heading, List<String> paragraphs) {
        public Section {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** The notice's text for {@code view}, in the view's language. */
    public static NoticeText of(PublicNoticeView view) {
        Wording w = Wording.of(view.language());
        String days = w.counted(view.considerationWorkingDays() ? "notice.days.working" : "notice.days.calendar",
                view.considerationDays());
        String contact = view.contact().position() + " — " + view.contact().fullName();
        List<Section> sections = new java.util.ArrayList<>(List.of(
                new Section(w.text("notice.where"), List.of(capitalised(view.school().boxLocation()))),
                new Section(w.text("notice.hours"), List.of(w.text("notice.hours.text",
                        Wording.clock(view.accessFrom()), Wording.clock(view.accessTo())))),
                new Section(w.text("notice.schedule"), List.of(w.text("notice.schedule.text",
                        w.text("day." + view.openingDay().name()), Wording.clock(view.openingTime())))),
                new Section(w.text("notice.how"), List.of(w.text("notice.how.text"), w.text("notice.how.signed"))),
                new Section(w.text("notice.next"), List.of(w.text("notice.next.text", days),
                        w.text("notice.confidential")))));
        if (view.receiptForms()) {
            // how the holder of a stub learns what became of an anonymous appeal
            sections.add(new Section(w.text("notice.receipt"), List.of(w.text("notice.receipt.text"), w.text("notice.receipt.private"))));
        }
        sections.add(new Section(w.text("notice.contact"), List.of(contact)));
        return new NoticeText(w.tag(), view.school().name(), w.text("notice.title"), w.text("notice.intro"), sections);
    }

    /** The location stands alone as a sentence here: "фойе ..." becomes "Фойе ...". */
    private static String capitalised(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int first = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(text, Character.charCount(first), text.length()).toString();
    }
}
