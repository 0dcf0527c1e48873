package kg.trustbox.benchmarks.documents;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import kg.trustbox.document.WithdrawalActView;
import kg.trustbox.pdf.PdfDocuments;

/**
 * Figure 2's measurements that are not a steady-state time, each run in a fresh JVM started by {@code Main}:
 * <ul>
 *   <li>{@code first SIDE FILE}: renders one act to FILE and prints {@code first-document}; the parent times it from
 *       the process's start (JVM start, class loading, font parsing, first render).</li>
 *   <li>{@code heap SIDE EARLY LATE}: renders LATE acts and prints the heap in use after a full GC at document EARLY and
 *       at document LATE, and the size of one act.</li>
 * </ul>
 * SIDE is {@code trustbox} or {@code baseline}.
 */
public final class DocumentProbe {
    private DocumentProbe() {
    }

    public static void main(String[] args) throws Exception {
        BiConsumer<WithdrawalActView, ByteArrayOutputStream> render = renderer(args[1]);
        WithdrawalActView act = Acts.act();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        switch (args[0]) {
            case "first" -> {
                render.accept(act, out);
                Files.write(Path.of(args[2]), out.toByteArray());
                System.out.println("first-document " + out.size());
            }
            case "heap" -> {
                int early = Integer.parseInt(args[2]);
                int late = Integer.parseInt(args[3]);
                long heapEarly = 0;
                long started = System.nanoTime();
                for (int i = 1; i <= late; i++) {
                    out.reset();
                    render.accept(act, out);
                    if (i == early) {
                        heapEarly = heapAfterGc();
                    }
                }
                long heapLate = heapAfterGc();
                System.out.println("heap " + heapEarly + " " + heapLate + " size " + out.size() + " ms-per-doc "
                        + String.format(java.util.Locale.ROOT, "%.3f", (System.nanoTime() - started) / 1e6 / late));
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static BiConsumer<WithdrawalActView, ByteArrayOutputStream> renderer(String side) {
        if (side.equals("trustbox")) {
            PdfDocuments pdf = PdfDocuments.create();
            return pdf::render;
        }
        BareAct bare = BareAct.create();
        return bare::render;
    }

    /** Heap in use after full collections, settled. */
    static long heapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
