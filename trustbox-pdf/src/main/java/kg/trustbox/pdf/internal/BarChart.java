package kg.trustbox.pdf.internal;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.element.Image;
import java.util.List;

/**
 * A horizontal grouped bar chart drawn with iText's canvas into a form XObject: one group per
 * label, this period's bar above the previous period's, values written at the bars' ends, a
 * legend and a value axis. Vector graphics and embedded text, so it stays sharp, searchable and
 * PDF/A-compliant.
 *
 * <p>Not API. Stateless.
 */
final class BarChart {
    static final Color CURRENT = new DeviceRgb(31, 78, 121);
    static final Color PREVIOUS = new DeviceRgb(176, 176, 176);
    private static final Color GRID = new DeviceRgb(215, 215, 215);

    private static final float FONT = 8f;
    private static final float LEGEND = 22f;
    private static final float GROUP = 24f;
    private static final float BAR = 9f;
    private static final float AXIS = 16f;
    private static final float LABELS = 130f;
    private static final float VALUE_ROOM = 26f;

    private BarChart() {
    }

    /**
     * Draws the chart.
     *
     * @param sheet the document (fonts, text cleaning)
     * @param labels one label per group
     * @param current this period's values, one per label
     * @param previous the previous period's values
     * @param currentName the legend's name for this period
     * @param previousName the legend's name for the previous period
     * @param width the chart's width in points
     */
    static Image draw(Sheet sheet, List<String> labels, int[] current, int[] previous, String currentName,
                      String previousName, float width) {
        int n = labels.size();
        float height = LEGEND + n * GROUP + AXIS + 4;
        PdfFormXObject form = new PdfFormXObject(new Rectangle(width, height));
        PdfCanvas canvas = new PdfCanvas(form, sheet.pdf());
        PdfFont font = sheet.regular();

        int max = 1;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, Math.max(current[i], previous[i]));
        }
        int step = step(max);
        int top = ((max + step - 1) / step) * step;
        float x0 = LABELS + 8;
        float x1 = width - VALUE_ROOM;
        float scale = (x1 - x0) / top;
        float plotTop = height - LEGEND;
        float plotBottom = AXIS;

        // grid and value axis
        canvas.saveState().setLineWidth(0.5f);
        for (int v = 0; v <= top; v += step) {
            float x = x0 + v * scale;
            canvas.setStrokeColor(v == 0 ? ColorConstants.BLACK : GRID).moveTo(x, plotBottom).lineTo(x, plotTop).stroke();
            String label = Integer.toString(v);
            text(canvas, font, label, x - font.getWidth(label, FONT) / 2, plotBottom - 11, ColorConstants.BLACK);
        }
        canvas.restoreState();

        // groups, top to bottom
        for (int i = 0; i < n; i++) {
            float groupTop = plotTop - i * GROUP - (GROUP - 2 * BAR) / 2;
            bar(canvas, font, x0, groupTop - BAR, current[i], scale, CURRENT);
            bar(canvas, font, x0, groupTop - 2 * BAR, previous[i], scale, PREVIOUS);
            String label = sheet.safe(labels.get(i));
            float labelWidth = font.getWidth(label, FONT);
            text(canvas, font, label, Math.max(0, LABELS - labelWidth), groupTop - BAR - 3, ColorConstants.BLACK);
        }

        // legend
        float y = height - 14;
        float x = x0;
        for (int k = 0; k < 2; k++) {
            String name = sheet.safe(k == 0 ? currentName : previousName);
            canvas.saveState().setFillColor(k == 0 ? CURRENT : PREVIOUS).rectangle(x, y, 10, 8).fill().restoreState();
            text(canvas, font, name, x + 14, y + 1, ColorConstants.BLACK);
            x += 14 + font.getWidth(name, FONT) + 18;
        }
        canvas.release();
        return new Image(form);
    }

    /**
     * What the chart shows, as its alternate text for a screen reader: the caption, then each
     * group's label with both periods' values ("Caption. Label: this period 3, previous period 1;
     * …"), in the document's language as the caller's words are.
     */
    static String describe(String caption, List<String> labels, int[] current, int[] previous, String currentName,
                           String previousName) {
        StringBuilder text = new StringBuilder(caption.strip());
        if (!caption.isBlank() && ".:!?".indexOf(text.charAt(text.length() - 1)) < 0) {
            text.append('.');
        }
        for (int i = 0; i < labels.size(); i++) {
            text.append(i == 0 ? " " : "; ").append(labels.get(i)).append(": ").append(currentName).append(' ')
                    .append(current[i]).append(", ").append(previousName).append(' ').append(previous[i]);
        }
        return text.append('.').toString();
    }

    private static void bar(PdfCanvas canvas, PdfFont font, float x0, float y, int value, float scale, Color colour) {
        float length = value * scale;
        if (length > 0) {
            canvas.saveState().setFillColor(colour).rectangle(x0, y + 1, length, BAR - 2).fill().restoreState();
        }
        text(canvas, font, Integer.toString(value), x0 + length + 3, y + 2, ColorConstants.BLACK);
    }

    private static void text(PdfCanvas canvas, PdfFont font, String text, float x, float y, Color colour) {
        canvas.saveState().beginText().setFontAndSize(font, FONT).setFillColor(colour).moveText(x, y).showText(text)
                .endText().restoreState();
    }

    /** A step of 1, 2 or 5 times a power of ten that gives at most about six ticks. */
    static int step(int max) {
        int magnitude = 1;
        while (true) {
            for (int f : new int[] {1, 2, 5}) {
                int s = f * magnitude;
                if (max / s <= 6) {
                    return s;
                }
            }
            magnitude *= 10;
        }
    }
}
