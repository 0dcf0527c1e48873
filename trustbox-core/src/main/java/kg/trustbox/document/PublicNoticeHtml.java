package kg.trustbox.document;

import java.util.Objects;
import kg.trustbox.document.PublicNoticeView;

/**
 * The public notice as a small, self-contained HTML page that a school can put on
 * its website: where the box is, when it can be reached, when it is opened, how to appeal
 * anonymously and what happens next. Same text as the printed notice of
 * PDF renderer; all text from the view is HTML-escaped and cleaned of control
 * characters.
 *
 * <p>Stateless and thread-safe.
 */
public final class PublicNoticeHtml {
    private PublicNoticeHtml() {
    }

    /**
     * A complete HTML5 page (UTF-8, {@code lang} set to {@code ky} or {@code ru}).
     *
     * @throws NullPointerException if {@code view} is null
     */
    public static String render(PublicNoticeView view) {
        NoticeText notice = NoticeText.of(Objects.requireNonNull(view, "view"));
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(escape(notice.language())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(notice.title())).append(" — ").append(escape(notice.school()))
                .append("</title>\n<style>\n")
                .append("body{font-family:\"Noto Sans\",Arial,sans-serif;line-height:1.5;margin:0;padding:1rem;color:#111}\n")
                .append("main{max-width:42rem;margin:0 auto}\n")
                .append(".school{font-weight:bold;text-align:center;border-bottom:1px solid #555;padding-bottom:.3rem}\n")
                .append("h1{font-size:1.4rem;text-align:center}\nh2{font-size:1.1rem;margin-bottom:.2rem}\n")
                .append("</style>\n</head>\n<body>\n");
        html.append(fragment(notice));
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /**
     * The notice as one {@code <main>} element, for a page the website already has.
     *
     * @throws NullPointerException if {@code view} is null
     */
    public static String fragment(PublicNoticeView view) {
        return fragment(NoticeText.of(Objects.requireNonNull(view, "view")));
    }

    private static String fragment(NoticeText notice) {
        StringBuilder html = new StringBuilder(3072);
        html.append("<main class=\"trust-box-notice\" lang=\"").append(escape(notice.language())).append("\">\n");
        html.append("<p class=\"school\">").append(escape(notice.school())).append("</p>\n");
        html.append("<h1>").append(escape(notice.title())).append("</h1>\n");
        html.append("<p>").append(escape(notice.intro())).append("</p>\n");
        for (NoticeText.Section section : notice.sections()) {
            html.append("<section>\n<h2>").append(escape(section.heading())).append("</h2>\n");
            for (String paragraph : section.paragraphs()) {
                html.append("<p>").append(escape(paragraph)).append("</p>\n");
            }
            html.append("</section>\n");
        }
        html.append("</main>\n");
        return html.toString();
    }

    /** Cleans {@code text} (one line, no control or format characters) and escapes it for HTML text and attributes. */
    static String escape(String text) {
        String clean = SafeText.line(text, c -> true);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
