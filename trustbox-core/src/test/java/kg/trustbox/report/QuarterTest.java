package kg.trustbox.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-5.5 quarters, half-years and the report's due date")
class QuarterTest {
    private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

    @Test
    @DisplayName("R-5.5 property: any date falls in exactly one quarter and one half-year")
    void exactlyOne() {
        qt().forAll(integers().between(0, 40_000)).checkAssert(n -> {
            LocalDate d = EPOCH.plusDays(n);
            Quarter q = Quarter.of(d);
            assertThat(q.contains(d)).isTrue();
            assertThat(Stream.of(q.previous(), q.next()).noneMatch(o -> o.contains(d))).isTrue();
            assertThat(Stream.iterate(new Quarter(d.getYear(), 1), Quarter::next).limit(4).filter(x -> x.contains(d)).count()).isEqualTo(1);
            HalfYear h = HalfYear.of(d);
            assertThat(h.contains(d)).isTrue();
            assertThat(h.next().contains(d)).isFalse();
            assertThat(new HalfYear(d.getYear(), 3 - h.half()).contains(d)).isFalse();
            assertThat(h.contains(q.first()) && h.contains(q.last())).as("a quarter lies within one half-year").isTrue();
        });
    }

    @Test
    @DisplayName("R-5.5 property: the report is due on the 5th of the month after each quarter, across years")
    void dueDate() {
        qt().forAll(integers().between(1990, 2100), integers().between(1, 4)).checkAssert((year, quarter) -> {
            Quarter q = new Quarter(year, quarter);
            LocalDate due = q.reportDue();
            assertThat(due.getDayOfMonth()).isEqualTo(5);
            assertThat(due.minusDays(5)).isEqualTo(q.last());
            assertThat(Quarter.of(due)).isEqualTo(q.next());
            assertThat(due).isEqualTo(switch (quarter) {
                case 1 -> LocalDate.of(year, 4, 5);
                case 2 -> LocalDate.of(year, 7, 5);
                case 3 -> LocalDate.of(year, 10, 5);
                default -> LocalDate.of(year + 1, 1, 5);
            });
        });
    }

    @Test
    @DisplayName("R-5.5 quarters are written in Roman numerals, as the documents do")
    void roman() {
        assertThat(new Quarter(2026, 3).roman()).isEqualTo("III");
        assertThat(new Quarter(2026, 1).previous()).isEqualTo(new Quarter(2025, 4));
    }
}
