package kg.trustbox.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.rule.Rule;
import kg.trustbox.school.SchoolId;
import kg.trustbox.testing.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-5.4 chair and secretary are elected at the first meeting by open vote")
class ElectionTest {
    private static final LocalDate DAY = LocalDate.of(2026, 8, 28);
    private final Commission commission = Commission.appoint(SchoolId.of("s1"), new Order("45", LocalDate.of(2026, 8, 25)),
            Fixtures.fiveMembers()).orElseThrow();
    private final List<PersonId> ids = Fixtures.fiveMembers().stream().map(Member::id).toList();

    private static List<Vote> all(List<PersonId> voters, PersonId candidate) {
        return voters.stream().map(v -> new Vote(v, candidate)).toList();
    }

    @Test
    @DisplayName("R-5.4 a unanimous vote elects and constitutes the commission, keeping each vote")
    void unanimous() {
        Commission c = commission.elect(new Election(DAY, all(ids, Fixtures.CHAIR), all(ids, Fixtures.SECRETARY)),
                Quorum.majority()).orElseThrow();
        assertThat(c.isConstituted()).isTrue();
        assertThat(c.officers().orElseThrow().chair()).isEqualTo(Fixtures.CHAIR);
        assertThat(c.officers().orElseThrow().chairVotes()).hasSize(5);
        assertThat(commission.isConstituted()).as("the old value is unchanged").isFalse();
    }

    @Test
    @DisplayName("R-5.4 with four present a two-two tie elects nobody; three of four elect")
    void tieWithAnEvenNumberPresent() {
        List<PersonId> four = ids.subList(0, 4);
        List<Vote> tie = List.of(new Vote(four.get(0), Fixtures.CHAIR), new Vote(four.get(1), Fixtures.CHAIR),
                new Vote(four.get(2), Fixtures.TEACHER), new Vote(four.get(3), Fixtures.TEACHER));
        var refused = commission.elect(new Election(DAY, tie, all(four, Fixtures.SECRETARY)), Quorum.majority()).rejectionIfAny();
        assertThat(refused).hasValueSatisfying(r -> {
            assertThat(r.rule()).isEqualTo(kg.trustbox.rule.Rule.R_5_4);
            assertThat(r.key()).isEqualTo("election.noMajority");
        });
        List<Vote> three = List.of(new Vote(four.get(0), Fixtures.CHAIR), new Vote(four.get(1), Fixtures.CHAIR),
                new Vote(four.get(2), Fixtures.CHAIR), new Vote(four.get(3), Fixtures.TEACHER));
        assertThat(commission.elect(new Election(DAY, three, all(four, Fixtures.SECRETARY)), Quorum.majority()).orElseThrow()
                .officers().orElseThrow().chair()).isEqualTo(Fixtures.CHAIR);
    }

    @Test
    @DisplayName("R-5.4 a custom quorum of the regulation is the one applied: three of five is no two-thirds quorum, four is")
    void customQuorum() {
        Quorum twoThirds = new Quorum(2, 3);
        List<PersonId> three = ids.subList(0, 3);
        assertThat(commission.elect(new Election(DAY, all(three, Fixtures.CHAIR), all(three, Fixtures.SECRETARY)), twoThirds)
                .rejectionIfAny()).hasValueSatisfying(r -> assertThat(r.key()).isEqualTo("election.noQuorum"));
        List<PersonId> four = ids.subList(0, 4);
        assertThat(commission.elect(new Election(DAY, all(four, Fixtures.CHAIR), all(four, Fixtures.SECRETARY)), twoThirds)
                .isAccepted()).isTrue();
        kg.trustbox.testing.Harness h = new kg.trustbox.testing.Harness(kg.trustbox.store.memory.InMemoryStores.create(),
                Fixtures.school("q1"), kg.trustbox.Regulation.defaults().withQuorum(twoThirds));
        h.office.appointCommission(new Order("45", LocalDate.of(2026, 8, 25)), Fixtures.fiveMembers()).orElseThrow();
        assertThat(h.office.electOfficers(new Election(DAY, all(three, Fixtures.CHAIR), all(three, Fixtures.SECRETARY)))
                .rejectionIfAny()).as("the office applies the regulation's quorum").isPresent();
        assertThat(h.office.electOfficers(new Election(DAY, all(four, Fixtures.CHAIR), all(four, Fixtures.SECRETARY))).isAccepted())
                .isTrue();
    }

    @Test
    @DisplayName("R-5.4 officers are elected once: a second election is refused, naming the first one's date")
    void electedOnce() {
        Commission c = commission.elect(new Election(DAY, all(ids, Fixtures.CHAIR), all(ids, Fixtures.SECRETARY)), Quorum.majority())
                .orElseThrow();
        var again = c.elect(new Election(DAY.plusDays(1), all(ids, Fixtures.TEACHER), all(ids, Fixtures.PARENT)), Quorum.majority())
                .rejectionIfAny().orElseThrow();
        assertThat(again.rule()).isEqualTo(kg.trustbox.rule.Rule.R_5_4);
        assertThat(again.key()).isEqualTo("election.alreadyElected");
        assertThat(again.values()).containsExactly(DAY.toString());
    }

    @Test
    @DisplayName("R-5.4 two of five present is no quorum")
    void noQuorum() {
        List<PersonId> two = ids.subList(0, 2);
        Outcome<Commission> o = commission.elect(new Election(DAY, all(two, Fixtures.CHAIR), all(two, Fixtures.SECRETARY)),
                Quorum.majority());
        assertThat(o.rejectionIfAny().orElseThrow()).satisfies(r -> {
            assertThat(r.rule()).isEqualTo(Rule.R_5_4);
            assertThat(r.values()).containsExactly("2", "5");
        });
    }

    @Test
    @DisplayName("R-5.4 chair and secretary must be different members")
    void sameOfficer() {
        Outcome<Commission> o = commission.elect(new Election(DAY, all(ids, Fixtures.CHAIR), all(ids, Fixtures.CHAIR)),
                Quorum.majority());
        assertThat(o.rejectionIfAny().orElseThrow().key()).isEqualTo("election.sameOfficer");
    }

    @Test
    @DisplayName("R-5.4 only members vote and only members are elected; each votes once")
    void membersOnly() {
        List<Vote> outsiderVotes = List.of(new Vote(PersonId.of("x"), Fixtures.CHAIR));
        assertThat(commission.elect(new Election(DAY, outsiderVotes, outsiderVotes), Quorum.majority())
                .rejectionIfAny().orElseThrow().key()).isEqualTo("election.voterNotMember");
        assertThat(commission.elect(new Election(DAY, all(ids, PersonId.of("x")), all(ids, Fixtures.SECRETARY)), Quorum.majority())
                .rejectionIfAny().orElseThrow().key()).isEqualTo("election.candidateNotMember");
        List<Vote> twice = List.of(new Vote(Fixtures.CHAIR, Fixtures.CHAIR), new Vote(Fixtures.CHAIR, Fixtures.CHAIR),
                new Vote(Fixtures.PARENT, Fixtures.CHAIR));
        assertThat(commission.elect(new Election(DAY, twice, twice), Quorum.majority())
                .rejectionIfAny().orElseThrow().key()).isEqualTo("election.oneVoteEach");
    }

    @Test
    @DisplayName("R-5.4 property: with all present, a candidate is elected exactly when more than half voted for them")
    void majorityOfThosePresent() {
        qt().forAll(lists().of(integers().between(0, 4)).ofSize(5), lists().of(integers().between(0, 4)).ofSize(5))
                .checkAssert((chairChoices, secretaryChoices) -> {
                    List<Vote> chairVotes = IntStream.range(0, 5).mapToObj(i -> new Vote(ids.get(i), ids.get(chairChoices.get(i)))).toList();
                    List<Vote> secVotes = IntStream.range(0, 5).mapToObj(i -> new Vote(ids.get(i), ids.get(secretaryChoices.get(i)))).toList();
                    Integer chair = majority(chairChoices);
                    Integer secretary = majority(secretaryChoices);
                    boolean expected = chair != null && secretary != null && !chair.equals(secretary);
                    Outcome<Commission> o = commission.elect(new Election(DAY, chairVotes, secVotes), Quorum.majority());
                    assertThat(o.isAccepted()).isEqualTo(expected);
                    if (expected) {
                        assertThat(o.orElseThrow().officers().orElseThrow().chair()).isEqualTo(ids.get(chair));
                    } else {
                        assertThat(o.rejectionIfAny().orElseThrow().rule()).isEqualTo(Rule.R_5_4);
                    }
                });
    }

    private static Integer majority(List<Integer> choices) {
        Map<Integer, Integer> tally = new HashMap<>();
        choices.forEach(c -> tally.merge(c, 1, Integer::sum));
        return tally.entrySet().stream().filter(e -> e.getValue() * 2 > choices.size()).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    @Test
    @DisplayName("R-5.4 an unconstituted commission cannot open the box")
    void unconstitutedCannotOpen() {
        kg.trustbox.testing.Harness h = kg.trustbox.testing.Harness.inMemory();
        h.office.appointCommission(new Order("45", LocalDate.of(2026, 8, 25)), Fixtures.fiveMembers()).orElseThrow();
        h.office.installBox(h.nextSeal()).orElseThrow();
        var o = h.office.open(kg.trustbox.box.OpeningRequest.of(Fixtures.quorum(),
                kg.trustbox.box.Inspection.inOrder(h.currentSeal()), List.of()));
        assertThat(o.rejectionIfAny().orElseThrow()).satisfies(r -> {
            assertThat(r.rule()).isEqualTo(Rule.R_5_4);
            assertThat(r.key()).isEqualTo("commission.notConstituted");
        });
    }
}
