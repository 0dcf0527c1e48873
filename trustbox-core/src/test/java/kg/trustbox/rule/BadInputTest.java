package kg.trustbox.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Optional;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.AppealTracking;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appeal.Status;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.Inspection;
import kg.trustbox.box.OpeningRequest;
import kg.trustbox.box.Paper;
import kg.trustbox.box.TrustBox;
import kg.trustbox.outcome.InvalidInputException;
import kg.trustbox.outcome.NotFoundException;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.testing.Harness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("bad input is refused with a clear, localised message and no change of state")
class BadInputTest {

    private static final int KINDS = 11;

    /**
     * Text that breaks a constraint: blank, oversized, with a control character, with an invisible
     * format character (a bidi override, a zero-width space), only fillers or no-break spaces that
     * look blank, or with a lone surrogate (which a database would store as "?").
     */
    private static String hostile(int kind, String base) {
        return switch (kind) {
            case 0 -> "";
            case 1 -> "   \t ";
            case 2 -> "Ө".repeat(2001);
            case 3 -> base + "\u0000" + base;
            case 4 -> base + "\u001b[31m";
            case 5 -> base + "\u202E" + base;
            case 6 -> "\u200B\u200B\u200B";
            case 7 -> "\u3164\u3164";
            case 8 -> "\u00A0\u3000\u00A0";
            case 9 -> base + "\uD800";
            default -> base + "\u0007";
        };
    }

    @Test
    @DisplayName("R-1.4 property: hostile names of signed appellants are refused before anything is withdrawn")
    void hostileNames() {
        Harness h = Harness.inMemory().ready();
        TrustBox before = h.office.box().orElseThrow();
        qt().forAll(integers().between(0, KINDS - 1), strings().basicLatinAlphabet().ofLengthBetween(1, 20)).checkAssert((kind, base) -> {
            Paper p = Paper.from(new Appellant.Signed(hostile(kind, base), Appellant.Contacts.phone("+996555000111")));
            assertThatThrownBy(() -> h.office.open(OpeningRequest.of(Fixtures.quorum(), Inspection.inOrder(h.currentSeal()), List.of(p))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.violations()).extracting(InvalidInputException.Violation::field).contains("papers[0].from.fullName");
                        assertThat(e.getMessage()).doesNotContain("\u0000", "Ө".repeat(50), "\u202E", "\uD800");
                        assertThat(e.getLocalizedMessage(Messages.RUSSIAN)).startsWith("Неверные данные");
                        assertThat(e.getLocalizedMessage(Messages.KYRGYZ)).startsWith("Туура эмес маалымат");
                    });
            assertThat(h.office.box().orElseThrow()).isEqualTo(before);
            assertThat(h.office.appeals()).isEmpty();
        });
    }

    @Test
    @DisplayName("R-1.4 a signed appellant's name has a letter and each contact is something one can reach: refused before anything is withdrawn")
    void unreachableContacts() {
        Harness h = Harness.inMemory().ready();
        TrustBox before = h.office.box().orElseThrow();
        List<Appellant.Signed> unreachable = List.of(
                new Appellant.Signed("12345", Appellant.Contacts.phone("+996555000111")),
                new Appellant.Signed("- . -", Appellant.Contacts.phone("+996555000111")),
                new Appellant.Signed("Асанов Бакыт", Appellant.Contacts.phone("     ")),
                new Appellant.Signed("Асанов Бакыт", Appellant.Contacts.phone("(((((")),
                new Appellant.Signed("Асанов Бакыт", Appellant.Contacts.phone("+() 1-2-3")),
                new Appellant.Signed("Асанов Бакыт", Appellant.Contacts.email("a\u202E@school.kg")),
                new Appellant.Signed("Асанов Бакыт", Appellant.Contacts.email("a\u0007b@school.kg")),
                new Appellant.Signed("Асанов Бакыт", Appellant.Contacts.email("a\uD800@school.kg")),
                new Appellant.Signed("Асанов Бакыт", Appellant.Contacts.address("\u3164\u200B")),
                new Appellant.Signed("Асанов Бакыт", Appellant.Contacts.address("\u00A0\u3000")));
        for (Appellant.Signed a : unreachable) {
            Paper p = Paper.from(a);
            assertThatThrownBy(() -> h.office.open(OpeningRequest.of(Fixtures.quorum(), Inspection.inOrder(h.currentSeal()), List.of(p))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.violations()).extracting(InvalidInputException.Violation::field)
                                .anySatisfy(f -> assertThat(f).startsWith("papers[0].from."));
                        assertThat(e.getMessage()).doesNotContain("Асанов", "12345", "school.kg");
                    });
        }
        assertThat(h.office.box().orElseThrow()).isEqualTo(before);
        assertThat(h.office.appeals()).isEmpty();
        Paper reachable = Paper.from(new Appellant.Signed("Асанов Бакыт", Appellant.Contacts.phone("+996 (555) 00-01-11")));
        assertThat(h.office.open(OpeningRequest.of(Fixtures.quorum(), Inspection.inOrder(h.currentSeal()), List.of(reachable)))
                .isAccepted()).isTrue();
    }

    @Test
    @DisplayName("R-4.4 property: hostile summaries are refused and the appeal stays unregistered, taking no number")
    void hostileSummaries() {
        Harness h = Harness.inMemory().ready();
        AppealId id = h.openAndSeal(List.of(Paper.from(Appellant.anonymous()))).appeals().get(0);
        qt().forAll(integers().between(0, KINDS - 1), strings().basicLatinAlphabet().ofLengthBetween(1, 20)).checkAssert((kind, base) -> {
            RegistrationRequest r = RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.OTHER, AppealLanguage.KYRGYZ, hostile(kind, base));
            assertThatThrownBy(() -> h.office.register(id, r)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.getMessage()).contains("summary"));
            assertThat(h.office.tracking(id).status()).isEqualTo(Status.WITHDRAWN);
        });
        AppealTracking t = h.office.register(id, RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.OTHER, AppealLanguage.KYRGYZ,
                "ok\nwith a line break")).orElseThrow();
        assertThat(t.number().orElseThrow().sequence()).as("no number was used up by the refusals").isEqualTo(1);
    }

    @Test
    @DisplayName("an oversized summary's message gives the limits and the length, not the text")
    void oversizedMessage() {
        Harness h = Harness.inMemory().ready();
        AppealId id = h.openAndSeal(List.of(Paper.from(Appellant.anonymous()))).appeals().get(0);
        assertThatThrownBy(() -> h.office.register(id, RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.OTHER,
                AppealLanguage.KYRGYZ, "ы".repeat(2500))))
                .hasMessage("Invalid registration: summary: length must be between 0 and 2000 (was 2500)");
    }

    @Test
    @DisplayName("R-1.5.1 null and unknown values (category, language) are refused with a message, not a NullPointerException deep inside")
    void nulls() {
        Harness h = Harness.inMemory().ready();
        AppealId id = h.openAndSeal(List.of(Paper.from(Appellant.anonymous()))).appeals().get(0);
        assertThatThrownBy(() -> h.office.register(id, new RegistrationRequest(Fixtures.RESPONSIBLE, null, AppealLanguage.KYRGYZ, "x",
                Optional.empty()))).isInstanceOf(InvalidInputException.class).hasMessageContaining("category: must be given");
        assertThatThrownBy(() -> h.office.register(id, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Category.parse("GOSSIP")).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("Invalid category: category: «GOSSIP» is not one of: child_rights, corruption, "
                    + "suggestion, complaint, other");
            assertThat(e.getLocalizedMessage(Messages.RUSSIAN)).contains("недопустимое значение");
        });
        assertThatThrownBy(() -> AppealLanguage.parse("klingon")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("kyrgyz, russian, other");
        assertThat(Category.parse(" corruption ")).isEqualTo(Category.CORRUPTION);
        assertThat(AppealLanguage.parse("RUSSIAN")).isEqualTo(AppealLanguage.RUSSIAN);
        assertThatThrownBy(() -> h.office.tracking(new AppealId("2026-99-1"))).isInstanceOf(NotFoundException.class)
                .hasMessage("No appeal 2026-99-1 in this school");
    }
}
