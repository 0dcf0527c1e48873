package kg.trustbox.pdf.internal;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;
import java.util.Locale;
import java.util.Set;

/**
 * Where a line may break: where iText breaks by default, except where Kyrgyz and Russian
 * typesetting binds two words together, as a non-breaking space would:
 *
 * <ul>
 *   <li>a number and what it counts: after a hyphen that follows a digit ("2026-жылдын",
 *       "24-ноябры", "15-үй"), at a space between a digit and a letter ("2026 г.", "12 ч", "2 листа")
 *       or between two digits ("+996 555 123 456", "10 000");
 *   <li>a short word and the word after it: a word of one or two letters ("в", "с", "на", "по",
 *       "же"), a three-letter Russian preposition ("для", "без", "при" …), the Kyrgyz "саат" and
 *       "бет" before their number ("саат 12:06"), an abbreviation with
 *       its full stop ("кв. 12", "ул. Ленина", "п. 6.1", "Т. Абдымомунова") and "№" stay with what
 *       follows, so a line never ends in a dangling "в" or "кв." and "ч 05 мин" stays whole;
 *       an abbreviation that follows a number is a unit ("2026 г.") and binds backwards only;
 *   <li>a dash and the word before it ("секретарём — Токтогулову"), and a surname and the
 *       initials after it ("Өмүрбекову Ү. Т.").
 * </ul>
 *
 * <p>The text layer keeps plain spaces and hyphens, so a reader's search finds "12 ч 05 мин" as
 * typed. "Жаңы-Алыш" may still break at its hyphen in a narrow column, and a run of bound words
 * too long for its line is split by iText whatever this says, as is an over-long word.
 *
 * <p>Not API. Stateless and thread-safe.
 */
final class WordBreaks implements ISplitCharacters {
    static final WordBreaks INSTANCE = new WordBreaks();
    private static final DefaultSplitCharacters DEFAULT = new DefaultSplitCharacters();
    /** Russian prepositions of three letters, bound to the next word like the shorter ones. */
    private static final Set<String> SHORT_WORDS = Set.of("для", "без", "при", "под", "над", "про", "обо", "изо",
            "ото", "через");
    /** Kyrgyz words that name the number after them: "саат 12:06", "бет 3". */
    private static final Set<String> BEFORE_NUMBER = Set.of("саат", "бет");
    /** What may stand before a word: "(в", "«на". */
    private static final String OPENING = "(«\"„“'[";

    private WordBreaks() {
    }

    @Override
    public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
        int c = unicode(text, glyphPos);
        int before = unicode(text, glyphPos - 1);
        int after = unicode(text, glyphPos + 1);
        if (c == '-' && Character.isDigit(before)) {
            return false;
        }
        if (c == ' ' && binds(text, glyphPos, before, after)) {
            return false;
        }
        return DEFAULT.isSplitCharacter(text, glyphPos);
    }

    /** Whether the space at {@code space} binds the word before it to the word after it. */
    static boolean binds(GlyphLine text, int space, int before, int after) {
        if (after == -1 || after == ' ') {
            return false;
        }
        if (Character.isDigit(before) && (Character.isLetterOrDigit(after))) {
            return true;
        }
        if (after == '\u2014' || after == '\u2013') {
            return true;
        }
        if (isInitial(text, space + 1)) {
            return true;
        }
        int start = space;
        while (start > text.getStart() && !Character.isWhitespace(unicode(text, start - 1))) {
            start--;
        }
        boolean afterNumber = Character.isDigit(unicode(text, start - 2));
        while (start < space && OPENING.indexOf(unicode(text, start)) >= 0) {
            start++;
        }
        String word = word(text, start, space);
        if (word.equals("№") || word.equals("§")) {
            return true;
        }
        if (Character.isDigit(after) && BEFORE_NUMBER.contains(word.toLowerCase(Locale.ROOT))) {
            return true;
        }
        int letters = 0;
        while (letters < word.length() && Character.isLetter(word.charAt(letters))) {
            letters++;
        }
        if (letters == 0) {
            return false;
        }
        if (letters == word.length()) {
            return letters <= 2 || SHORT_WORDS.contains(word.toLowerCase(Locale.ROOT));
        }
        // an abbreviation: "кв.", "ул.", "тел.", "Т."; after a number it is a unit ("2026 г. В ...")
        return letters <= 3 && letters + 1 == word.length() && word.charAt(letters) == '.'
                && !afterNumber;
    }

    /** Whether an initial ("Т." followed by a space, a comma or the end) starts at {@code position}. */
    private static boolean isInitial(GlyphLine text, int position) {
        int first = unicode(text, position);
        if (!Character.isUpperCase(first) || unicode(text, position + 1) != '.') {
            return false;
        }
        int next = unicode(text, position + 2);
        return next == -1 || next == ' ' || next == ',' || next == ';' || Character.isUpperCase(next);
    }

    private static String word(GlyphLine text, int from, int to) {
        StringBuilder word = new StringBuilder();
        for (int i = from; i < to; i++) {
            int c = unicode(text, i);
            if (c == -1) {
                return "";
            }
            word.appendCodePoint(c);
        }
        return word.toString();
    }

    private static int unicode(GlyphLine text, int position) {
        if (position < text.getStart() || position >= text.getEnd()) {
            return -1;
        }
        Glyph glyph = text.get(position);
        return glyph.hasValidUnicode() ? glyph.getUnicode() : -1;
    }
}
