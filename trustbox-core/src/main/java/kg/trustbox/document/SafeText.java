package kg.trustbox.document;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * Makes text from a view safe to print: composed (NFC), without control and format characters
 * (a bidi override or a zero-width joiner must not change what a reader sees), and with every
 * character the font cannot show replaced by a visible U+FFFD, so that nothing is dropped
 * silently and the PDF never refers to the font's {@code .notdef} glyph (PDF/A-2, 6.2.11.8).
 *
 * <p>For renderers: the PDF passes its font's coverage, a web page accepts every character.
 * Stateless and thread-safe.
 */
public final class SafeText {
    /** The replacement character shown for what the font cannot show. */
    public static final char REPLACEMENT = '\uFFFD';

    private SafeText() {
    }

    /**
     * One line of text: line breaks and tabs become spaces.
     *
     * @param text the text, {@code null} taken as empty
     * @param canShow whether the font has a glyph for a code point
     */
    public static String line(String text, IntPredicate canShow) {
        return clean(text, canShow, false);
    }

    /** Text that may have several lines: line breaks are kept as {@code \n}, tabs become spaces. */
    public static String lines(String text, IntPredicate canShow) {
        return clean(text, canShow, true);
    }

    private static String clean(String text, IntPredicate canShow, boolean multiline) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String composed = Normalizer.normalize(text.replace("\r\n", "\n"), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
        clusters.setText(composed);
        int start = clusters.first();
        boolean replaced = false;
        boolean joining = false;
        for (int end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
            // an emoji sequence (👨‍👩‍👧, 👍🏽, ❤️) is one character to a reader: one replacement; the JDK's
            // BreakIterator may leave joiners, skin tones and variation selectors as clusters of their own
            if (end - start == 1 && composed.charAt(start) == ZERO_WIDTH_JOINER) {
                joining = replaced;
                continue;
            }
            boolean continuation = replaced && (joining || extendsEmoji(composed.codePointAt(start)));
            replaced = appendCluster(composed, start, end, canShow, multiline, continuation, out) || continuation;
            joining = replaced && composed.charAt(end - 1) == ZERO_WIDTH_JOINER;
        }
        return out.toString();
    }

    private static final char ZERO_WIDTH_JOINER = '\u200D';

    /** Skin-tone modifiers, variation selectors, the keycap mark and tag characters extend the emoji before them. */
    private static boolean extendsEmoji(int c) {
        return (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xFE00 && c <= 0xFE0F) || c == 0x20E3
                || (c >= 0xE0020 && c <= 0xE007F);
    }

    /**
     * A user-perceived character: shown whole, or as one replacement if any part of it cannot be
     * shown (none if it continues a replaced sequence). Returns whether it was replaced.
     */
    private static boolean appendCluster(String text, int start, int end, IntPredicate canShow, boolean multiline,
                                         boolean continuesReplaced, StringBuilder out) {
        StringBuilder kept = new StringBuilder(end - start);
        boolean unshowable = false;
        for (int i = start; i < end; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (kind(c)) {
                case BREAK -> kept.append(multiline ? '\n' : ' ');
                case SPACE -> kept.append(' ');
                case DROP -> {
                }
                case SHOW -> {
                    if (canShow.test(c)) {
                        kept.appendCodePoint(c);
                    } else {
                        unshowable = true;
                    }
                }
                case REPLACE -> unshowable = true;
            }
        }
        if (unshowable) {
            if (!continuesReplaced) {
                out.append(REPLACEMENT);
            }
            return true;
        }
        out.append(kept);
        return false;
    }

    private enum Kind { SHOW, BREAK, SPACE, DROP, REPLACE }

    private static Kind kind(int c) {
        if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85) {
            return Kind.BREAK;
        }
        if (c == '\t') {
            return Kind.SPACE;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT -> Kind.DROP;
            case Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE -> Kind.REPLACE;
            case Character.SPACE_SEPARATOR -> c == ' ' || c == 0xA0 ? Kind.SHOW : Kind.SPACE;
            default -> Kind.SHOW;
        };
    }
}
