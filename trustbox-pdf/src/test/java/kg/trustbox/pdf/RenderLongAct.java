package kg.trustbox.pdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import kg.trustbox.document.WithdrawalActView;
import kg.trustbox.school.Language;

/**
 * Renders a withdrawal act of {@code args[0]} lines ({@link SampleViews#longAct}) in Kyrgyz to the file
 * {@code args[1]}, streamed, and prints the heap used, for {@link LongActTest} to run in a JVM with a
 * small heap. Exits with 0 when the act was written; an {@link OutOfMemoryError} ends it with another
 * code.
 */
final class RenderLongAct {
    private RenderLongAct() {
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        long start = System.nanoTime();
        PdfDocuments documents = PdfDocuments.create();
        WithdrawalActView view = SampleViews.longAct(Language.KYRGYZ, count);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            documents.render(view, out);
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%d lines, %d bytes, %d ms, heap max %d MB%n", count, Files.size(file),
                (System.nanoTime() - start) / 1_000_000, rt.maxMemory() >> 20);
    }
}
