package kg.trustbox.pdf.internal;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled resources every document needs: Noto Sans Regular and Bold (SIL OFL 1.1, see
 * {@code fonts/OFL.txt}) and the sRGB ICC profile of the PDF/A output intent (zlib licence, see
 * {@code color/sRGB.LICENSE.txt}). Each file is read and each font parsed once, when the assets
 * are loaded; a document gets its own {@link PdfFont}s, embedded as subsets, from the parsed
 * programs.
 *
 * <p>Not API. Immutable and thread-safe: font programs are only read after loading (iText reads
 * a font's data through a fresh view for each subset), and a PdfFont is never shared between
 * documents.
 */
public final class Assets {
    private static final String BASE = "/kg/trustbox/pdf/";

    private final FontProgram regular;
    private final FontProgram bold;
    private final byte[] iccProfile;

    private Assets(FontProgram regular, FontProgram bold, byte[] iccProfile) {
        this.regular = regular;
        this.bold = bold;
        this.iccProfile = iccProfile;
    }

    /**
     * Reads the bundled fonts and colour profile.
     *
     * @throws UncheckedIOException if a resource is missing or unreadable (a broken build)
     */
    public static Assets load() {
        try {
            return new Assets(
                    FontProgramFactory.createFont(read("fonts/NotoSans-Regular.ttf"), false),
                    FontProgramFactory.createFont(read("fonts/NotoSans-Bold.ttf"), false),
                    read("color/sRGB.icc"));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled fonts or colour profile cannot be read", e);
        }
    }

    /** A new regular font for one document, embedded as a subset, Unicode-mapped (Identity-H). */
    public PdfFont regular() {
        return PdfFontFactory.createFont(regular, PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
    }

    /** A new bold font for one document. */
    public PdfFont bold() {
        return PdfFontFactory.createFont(bold, PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
    }

    /** Whether both fonts have a glyph for {@code codePoint}. */
    public boolean canShow(int codePoint) {
        return regular.getGlyph(codePoint) != null && bold.getGlyph(codePoint) != null;
    }

    /** A new sRGB output intent for one document. */
    public PdfOutputIntent outputIntent() {
        return new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(iccProfile));
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = Assets.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IOException("missing resource " + BASE + name);
            }
            return in.readAllBytes();
        }
    }
}
