package kg.trustbox.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.RegistrationNumber;
import kg.trustbox.box.ActNumber;
import kg.trustbox.commission.PersonId;
import kg.trustbox.input.Limits;
import kg.trustbox.outcome.InvalidInputException;
import kg.trustbox.report.HalfYear;
import kg.trustbox.report.Quarter;
import kg.trustbox.school.SchoolId;
import kg.trustbox.testing.Examples;
import kg.trustbox.testing.Harness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Identifiers and date ranges out of bounds are refused with the library's own exception, localised,
 * naming the field and the limits: never an IllegalArgumentException, a DateTimeException or a
 * loop that does not end.
 */
@DisplayName("bad identifiers and dates are refused with the library's own, localised exception")
class LimitsTest {

    private static void refused(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.violations()).extracting(InvalidInputException.Violation::field).containsExactly(field);
            assertThat(e.getLocalizedMessage(Messages.RUSSIAN)).startsWith("Неверные данные").doesNotContain("constraint.");
            assertThat(e.getLocalizedMessage(Messages.KYRGYZ)).startsWith("Туура эмес маалымат").doesNotContain("constraint.");
            assertThat(e.getMessage()).doesNotContain("constraint.");
        });
    }

    @Test
    @DisplayName("property: identifiers made from any text are accepted or refused with an InvalidInputException")
    void identifiersFromAnyText() {
        List<java.util.function.Function<String, Object>> factories = List.of(SchoolId::of, PersonId::of, AppealId::new);
        qt().withExamples(Examples.of(3_000)).forAll(strings().allPossible().ofLengthBetween(0, 80), integers().between(0, 2))
                .checkAssert((text, which) -> {
                    try {
                        Object id = factories.get(which).apply(text);
                        assertThat(id.toString()).isNotEmpty();
                    } catch (InvalidInputException e) {
                        assertThat(e.violations()).hasSize(1);
                        assertThat(e.getMessage()).doesNotContain(text.isEmpty() ? "\u0000" : text);
                    }
                });
    }

    @Test
    @DisplayName("R-4.3 R-1.5.1 R-5.5 numbers, quarters and half-years out of range are refused, naming the field")
    void numbersAndPeriods() {
        refused(() -> new ActNumber(2026, 0), "actNumber");
        refused(() -> new ActNumber(Integer.MAX_VALUE, 1), "actNumber.year");
        refused(() -> new RegistrationNumber(2026, -1), "registrationNumber");
        refused(() -> new RegistrationNumber(-5, 1), "registrationNumber.year");
        refused(() -> new Quarter(2026, 5), "quarter");
        refused(() -> new Quarter(Limits.LAST_YEAR + 2, 1), "quarter.year");
        refused(() -> new HalfYear(2026, 0), "halfYear");
        refused(() -> new HalfYear(Integer.MIN_VALUE, 1), "halfYear.year");
        assertThatCode(() -> new Quarter(Limits.LAST_YEAR, 4).last()).doesNotThrowAnyException();
        assertThatCode(() -> new Quarter(Limits.FIRST_YEAR, 1).first()).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("R-5.5 R-1.5.2 date-range queries at the far ends of the calendar are refused, not overflowed or looped over")
    void farEndsOfTheCalendar() {
        Harness h = Harness.inMemory().ready();
        refused(() -> h.office.complianceCheck(LocalDate.MIN, LocalDate.MAX), "from");
        refused(() -> h.office.complianceCheck(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 1)), "to");
        refused(() -> h.office.complianceCheck(LocalDate.of(2026, 9, 1), LocalDate.MAX), "to");
        refused(() -> h.office.dueSoon(LocalDate.of(2026, 9, 1), Integer.MAX_VALUE), "days");
        refused(() -> h.office.dueSoon(LocalDate.of(2026, 9, 1), -1), "days");
        refused(() -> h.office.dueSoon(LocalDate.MAX, 1), "date");
        refused(() -> h.office.overdue(LocalDate.MIN), "date");
        refused(() -> h.office.figures(new Quarter(2026, 3), LocalDate.MAX), "asOf");
        refused(() -> h.office.commissionOn(LocalDate.MIN), "date");
        refused(() -> h.office.documents().journal(LocalDate.MIN, LocalDate.of(2026, 9, 1), kg.trustbox.school.Language.KYRGYZ), "from");
        Supplier<Object> farButFine = () -> h.office.complianceCheck(LocalDate.of(Limits.FIRST_YEAR, 1, 1), LocalDate.of(2026, 12, 31));
        assertThatCode(farButFine::get).doesNotThrowAnyException();
        Supplier<Object> farAhead = () -> h.office.complianceCheck(LocalDate.of(2026, 9, 1), LocalDate.of(Limits.LAST_YEAR, 12, 31));
        assertThatCode(farAhead::get).doesNotThrowAnyException();
        assertThat(h.office.dueSoon(LocalDate.of(2026, 9, 1), Limits.MAX_DAYS_AHEAD)).isNotNull();
    }
}
