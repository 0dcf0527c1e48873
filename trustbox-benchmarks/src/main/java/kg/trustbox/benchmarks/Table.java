package kg.trustbox.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * The table users read: one row per figure, trustbox's value beside the baseline's from the same run, their ratio,
 * the target and whether it is met. Rendered as Markdown with aligned columns, so it reads the same in a terminal and
 * in {@code BENCHMARKS.md}.
 */
public final class Table {
    /** One figure. {@code verdict} is "met", "missed ..." or "—" when there is no target. */
    public record Row(String figure, String trustbox, String baseline, String ratio, String target, String verdict) {
    }

    private static final String[] HEADER = {"figure", "trustbox", "baseline", "ratio", "target", "verdict"};
    private final List<Row> rows = new ArrayList<>();

    public Table add(Row row) {
        rows.add(row);
        return this;
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The table as aligned Markdown. */
    public String render() {
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADER);
        for (Row r : rows) {
            cells.add(new String[] {r.figure(), r.trustbox(), r.baseline(), r.ratio(), r.target(), r.verdict()});
        }
        int[] width = new int[HEADER.length];
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) {
                width[i] = Math.max(width[i], line[i].codePointCount(0, line[i].length()));
            }
        }
        StringBuilder b = new StringBuilder();
        for (int n = 0; n < cells.size(); n++) {
            line(b, cells.get(n), width);
            if (n == 0) {
                String[] rule = new String[HEADER.length];
                for (int i = 0; i < rule.length; i++) {
                    rule[i] = "-".repeat(Math.max(3, width[i]));
                }
                line(b, rule, width);
            }
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String[] cells, int[] width) {
        b.append('|');
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i];
            b.append(' ').append(c).append(" ".repeat(Math.max(0, width[i] - c.codePointCount(0, c.length())))).append(" |");
        }
        b.append('\n');
    }

    // ---------------------------------------------------------------- formatting helpers

    /** A time in the best unit: µs, ms or s, three significant digits. */
    public static String time(double ms) {
        if (ms < 1) {
            return sig(ms * 1000) + " µs";
        }
        if (ms < 1000) {
            return sig(ms) + " ms";
        }
        return sig(ms / 1000) + " s";
    }

    /** Three significant digits, thousands grouped. */
    public static String sig(double v) {
        double a = Math.abs(v);
        String s;
        if (a >= 100) {
            s = String.format(java.util.Locale.ROOT, "%,.0f", v);
        } else if (a >= 10) {
            s = String.format(java.util.Locale.ROOT, "%.1f", v);
        } else if (a >= 1) {
            s = String.format(java.util.Locale.ROOT, "%.2f", v);
        } else {
            s = String.format(java.util.Locale.ROOT, "%.3f", v);
        }
        return s;
    }

    /** A ratio: {@code 1.23×}. */
    public static String ratio(double r) {
        return sig(r) + "×";
    }

    /** ± the error as a percentage of the score, when JMH gives one. */
    public static String error(double score, double error) {
        if (Double.isNaN(error) || score == 0) {
            return "";
        }
        return " ±" + Math.round(100 * error / score) + "%";
    }

    /** Bytes as KB (1 KB = 1,024 bytes). */
    public static String kb(long bytes) {
        return sig(bytes / 1024.0) + " KB";
    }
}
