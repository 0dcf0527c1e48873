package kg.trustbox.pdf.internal;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;

/**
 * Where a line may break: where iText breaks by default, except after a hyphen that follows a
 * digit and at a space between a digit and a letter. So "2026-жылдын 24-ноябры", "2026 г.",
 * "12 ч 05 мин" and phone numbers keep their parts together, while "Жаңы-Алыш" may still break in
 * a narrow column, and the text layer keeps plain spaces and hyphens for search. A word too long
 * for its line is split between characters by iText whatever this says.
 *
 * <p>Not API. Stateless and thread-safe.
 */
final class WordBreaks implements ISplitCharacters {
    static final WordBreaks INSTANCE = new WordBreaks();
    private static final DefaultSplitCharacters DEFAULT = new DefaultSplitCharacters();

    private WordBreaks() {
    }

    @Override
    public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
        int c = unicode(text, glyphPos);
        if ((c == '-' || c == ' ') && Character.isDigit(unicode(text, glyphPos - 1))) {
            if (c == '-' || Character.isLetter(unicode(text, glyphPos + 1))) {
                return false;
            }
        }
        return DEFAULT.isSplitCharacter(text, glyphPos);
    }

    private static int unicode(GlyphLine text, int position) {
        if (position < text.getStart() || position >= text.getEnd()) {
            return -1;
        }
        Glyph glyph = text.get(position);
        return glyph.hasValidUnicode() ? glyph.getUnicode() : -1;
    }
}
