package kg.trustbox.benchmarks.documents;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import kg.trustbox.document.WithdrawalActView;

/**
 * Figure 2's growth curve (issue 17): a withdrawal act of 30 to 1,000 appeals, rendered by trustbox-pdf and by bare
 * iText ({@link BareAct}) in turn, in one JVM: the median time of the rounds and the size, each beside the baseline's.
 *
 * <pre>java -cp trustbox-benchmarks/target/benchmarks.jar kg.trustbox.benchmarks.documents.ActLengths [rounds]</pre>
 */
public final class ActLengths {
    /** The lengths measured. */
    public static final List<Integer> LENGTHS = List.of(30, 100, 300, 1000);

    private ActLengths() {
    }

    /** One length's figures: median milliseconds per act and bytes, for each side. */
    public record Row(int lines, double trustboxMs, int trustboxBytes, double baselineMs, int baselineBytes) {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        System.out.println("| appeals in the act | trustbox (median) | bare iText (median) | time ratio | trustbox size | bare size |");
        System.out.println("|---|---|---|---|---|---|");
        for (Row r : measure(LENGTHS, rounds)) {
            System.out.printf(Locale.ROOT, "| %,d | %.1f ms | %.1f ms | %.2f× | %.1f KB | %.1f KB |%n", r.lines(), r.trustboxMs(),
                    r.baselineMs(), r.trustboxMs() / r.baselineMs(), r.trustboxBytes() / 1024.0, r.baselineBytes() / 1024.0);
        }
    }

    /** Renders each length {@code rounds} times per side, alternating the sides and their order, after as many warm-up renders. */
    public static List<Row> measure(List<Integer> lengths, int rounds) {
        BiConsumer<WithdrawalActView, ByteArrayOutputStream> trustbox = DocumentProbe.renderer("trustbox");
        BiConsumer<WithdrawalActView, ByteArrayOutputStream> bare = DocumentProbe.renderer("baseline");
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        List<Row> rows = new ArrayList<>();
        for (int lines : lengths) {
            WithdrawalActView act = Acts.act(lines);
            double[] tb = new double[rounds];
            double[] bs = new double[rounds];
            int[] sizes = new int[2];
            for (int round = -rounds; round < rounds; round++) {
                boolean trustboxFirst = (round & 1) == 0;
                for (int side = 0; side < 2; side++) {
                    boolean isTrustbox = (side == 0) == trustboxFirst;
                    out.reset();
                    long t0 = System.nanoTime();
                    (isTrustbox ? trustbox : bare).accept(act, out);
                    double ms = (System.nanoTime() - t0) / 1e6;
                    if (round >= 0) {
                        (isTrustbox ? tb : bs)[round] = ms;
                    }
                    sizes[isTrustbox ? 0 : 1] = out.size();
                }
            }
            rows.add(new Row(lines, median(tb), sizes[0], median(bs), sizes[1]));
        }
        return rows;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
