package kg.trustbox.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.Paper;
import kg.trustbox.rule.Rule;
import kg.trustbox.school.School;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.testing.Harness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-4.4, R-1.5.1 withdrawn appeals are registered with a number per school and year and a category")
class RegistrationTest {

    static RegistrationRequest request(Category c) {
        return RegistrationRequest.of(Fixtures.RESPONSIBLE, c, AppealLanguage.KYRGYZ, "Мугалим баланы сабактан чыгарып жиберди");
    }

    @Test
    @DisplayName("R-4.4 a withdrawn appeal waits for registration; registration gives number, category and the deadline")
    void registration() {
        Harness h = Harness.inMemory().ready();
        AppealId id = h.openAndSeal(List.of(Paper.from(Appellant.anonymous()))).appeals().get(0);
        AppealTracking before = h.office.tracking(id);
        assertThat(before.status()).isEqualTo(Status.WITHDRAWN);
        assertThat(before.due()).as("by the end of the next working day").contains(java.time.LocalDate.of(2026, 9, 2));

        AppealTracking after = h.office.register(id, request(Category.CHILD_RIGHTS)).orElseThrow();
        assertThat(after.number()).contains(new RegistrationNumber(2026, 1));
        assertThat(after.number().orElseThrow()).hasToString("2026-0001");
        assertThat(after.category()).contains(Category.CHILD_RIGHTS);
        assertThat(after.due()).as("14 calendar days").contains(java.time.LocalDate.of(2026, 9, 15));
    }

    @Test
    @DisplayName("R-1.5.1 registering twice is refused and takes no number")
    void twice() {
        Harness h = Harness.inMemory().ready();
        List<AppealId> ids = h.openAndSeal(List.of(Paper.from(Appellant.anonymous()), Paper.from(Appellant.anonymous()))).appeals();
        h.office.register(ids.get(0), request(Category.OTHER)).orElseThrow();
        var again = h.office.register(ids.get(0), request(Category.OTHER));
        assertThat(again.rejectionIfAny().orElseThrow().rule()).isEqualTo(Rule.R_4_4);
        assertThat(h.office.register(ids.get(1), request(Category.OTHER)).orElseThrow().number())
                .contains(new RegistrationNumber(2026, 2));
    }

    @Test
    @DisplayName("R-1.5.1 property: numbers stay consecutive and gapless per year, for any openings across a year boundary")
    void consecutiveAcrossYears() {
        qt().withExamples(kg.trustbox.testing.Examples.of(40)).forAll(lists().of(integers().between(0, 4)).ofSizeBetween(1, 8), integers().between(0, 100))
                .checkAssert((papersPerOpening, shuffleSeed) -> {
                    Harness h = Harness.inMemory().ready();
                    h.clock.set(LocalDateTime.of(2026, 12, 15, 12, 5).atZone(School.BISHKEK).toInstant());
                    List<AppealId> all = new ArrayList<>();
                    for (int n : papersPerOpening) {
                        List<Paper> papers = IntStream.range(0, n).mapToObj(i -> Paper.from(Appellant.anonymous())).toList();
                        all.addAll(h.openAndSeal(papers).appeals());
                        h.nextTuesday();
                        // register this week's appeals in a random order, a day later
                        List<AppealId> week = new ArrayList<>(all.subList(all.size() - n, all.size()));
                        Collections.shuffle(week, new java.util.Random(shuffleSeed));
                        for (AppealId id : week) {
                            h.office.register(id, request(Category.SUGGESTION)).orElseThrow();
                        }
                    }
                    Map<Integer, List<Integer>> byYear = h.office.appeals().stream().map(t -> t.number().orElseThrow())
                            .collect(Collectors.groupingBy(RegistrationNumber::year,
                                    Collectors.mapping(RegistrationNumber::sequence, Collectors.toList())));
                    byYear.values().forEach(seqs -> assertThat(seqs).containsExactlyInAnyOrderElementsOf(
                            IntStream.rangeClosed(1, seqs.size()).boxed().toList()));
                    assertThat(byYear.values().stream().mapToInt(List::size).sum()).isEqualTo(all.size());
                });
    }

    @Test
    @DisplayName("R-4.4 an unregistered appeal past the next working day is overdue")
    void registrationOverdue() {
        Harness h = Harness.inMemory().ready();
        AppealId id = h.openAndSeal(List.of(Paper.from(Appellant.anonymous()))).appeals().get(0);
        assertThat(h.office.overdue(java.time.LocalDate.of(2026, 9, 2))).isEmpty();
        assertThat(h.office.overdue(java.time.LocalDate.of(2026, 9, 3))).extracting(AppealTracking::id).containsExactly(id);
    }

    @Test
    @DisplayName("R-4.4 an opening's appeals are registered as one step: all in order, or none and no number taken")
    void batch() {
        Harness h = Harness.inMemory().ready();
        List<AppealId> ids = h.openAndSeal(List.of(Paper.from(Appellant.anonymous()), Paper.from(Fixtures.signed("Асанов Бакыт")),
                Paper.from(Appellant.anonymous()))).appeals();
        assertThat(ids.get(1).act()).isEqualTo(new kg.trustbox.box.ActNumber(2026, 1));
        assertThat(ids.get(1).line()).isEqualTo(2);
        h.office.register(ids.get(2), request(Category.OTHER)).orElseThrow();
        java.util.Map<AppealId, RegistrationRequest> batch = new java.util.LinkedHashMap<>();
        batch.put(ids.get(1), request(Category.CORRUPTION));
        batch.put(ids.get(0), request(Category.SUGGESTION));
        batch.put(ids.get(2), request(Category.OTHER));
        var refused = h.office.registerAll(batch);
        assertThat(refused.rejectionIfAny().orElseThrow().rule()).isEqualTo(Rule.R_4_4);
        assertThat(h.office.tracking(ids.get(0)).status()).isEqualTo(Status.WITHDRAWN);
        assertThat(h.office.tracking(ids.get(1)).status()).isEqualTo(Status.WITHDRAWN);

        batch.remove(ids.get(2));
        List<AppealTracking> done = h.office.registerAll(batch).orElseThrow();
        assertThat(done).extracting(t -> t.number().orElseThrow().sequence()).containsExactly(2, 3);
        assertThat(done.get(0).id()).isEqualTo(ids.get(1));
        assertThat(h.office.registerAll(java.util.Map.of()).orElseThrow()).isEmpty();
    }
}
