package kg.trustbox.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kg.trustbox.commission.PersonId;
import kg.trustbox.document.MinutesView;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.rule.Rule;
import kg.trustbox.school.Language;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.testing.Harness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-5.3 meetings: minutes drawn up by the secretary, signed by every member")
class MeetingTest {
    private final Harness h = Harness.inMemory().ready();
    private final LocalDate day = LocalDate.of(2026, 9, 10);

    private Protocol hold(List<AgendaItem> agenda) {
        return h.office.holdMeeting(new MeetingRecord(day, Fixtures.quorum(), agenda, List.of("Чечим кабыл алынды"))).orElseThrow();
    }

    @Test
    @DisplayName("R-5.3 a protocol is complete only when every member of the commission on that date has signed")
    void completeOnlyWhenAllSigned() {
        Protocol p = hold(List.of(new AgendaItem.Other("Кутунун иши")));
        assertThat(p.secretary()).isEqualTo(Fixtures.SECRETARY);
        assertThat(p.signatories()).hasSize(5);
        List<PersonId> all = p.signatories();
        for (int i = 0; i < all.size(); i++) {
            assertThat(h.office.protocols().get(0).isComplete()).isFalse();
            p = h.office.signProtocol(p.number(), all.get(i), day.plusDays(i)).orElseThrow();
        }
        assertThat(p.isComplete()).isTrue();
        assertThat(p.completedOn()).contains(day.plusDays(4));
    }

    @Test
    @DisplayName("R-5.3 signing: only members, once each, not before the meeting")
    void signingRules() {
        Protocol p = hold(List.of(new AgendaItem.Other("x")));
        assertThat(h.office.signProtocol(p.number(), PersonId.of("director"), day).rejectionIfAny().orElseThrow().rule()).isEqualTo(Rule.R_5_3);
        h.office.signProtocol(p.number(), Fixtures.CHAIR, day).orElseThrow();
        assertThat(h.office.signProtocol(p.number(), Fixtures.CHAIR, day).rejectionIfAny().orElseThrow().key()).isEqualTo("protocol.signedTwice");
        assertThat(h.office.signProtocol(p.number(), Fixtures.PARENT, day.minusDays(1)).rejectionIfAny().orElseThrow().key())
                .isEqualTo("protocol.signedBeforeMeeting");
    }

    @Test
    @DisplayName("R-5.3 the members still to sign are exactly those who have not signed, in the commission's order")
    void unsignedAreThoseWhoHaveNot() {
        Protocol p = hold(List.of(new AgendaItem.Other("x")));
        assertThat(p.unsigned()).containsExactlyElementsOf(p.signatories());
        p = h.office.signProtocol(p.number(), Fixtures.SECRETARY, day).orElseThrow();
        assertThat(p.unsigned()).containsExactly(Fixtures.CHAIR, Fixtures.RESPONSIBLE, Fixtures.PARENT, Fixtures.TEACHER);
    }

    @Test
    @DisplayName("R-5.3 a meeting with a non-member present, or someone present twice, is refused naming the person")
    void presentMustBeMembersOnce() {
        var stranger = h.office.holdMeeting(new MeetingRecord(day, List.of(Fixtures.CHAIR, Fixtures.SECRETARY, PersonId.of("x9")),
                List.of(new AgendaItem.Other("x")), List.of())).rejectionIfAny().orElseThrow();
        assertThat(stranger.rule()).isEqualTo(Rule.R_5_3);
        assertThat(stranger.key()).isEqualTo("meeting.notMember");
        assertThat(stranger.values()).containsExactly("x9");
        var twice = h.office.holdMeeting(new MeetingRecord(day, List.of(Fixtures.CHAIR, Fixtures.SECRETARY, Fixtures.CHAIR),
                List.of(new AgendaItem.Other("x")), List.of())).rejectionIfAny().orElseThrow();
        assertThat(twice.key()).isEqualTo("meeting.presentTwice");
        assertThat(h.office.protocols()).isEmpty();
    }

    @Test
    @DisplayName("R-5.1 R-5.4 no meeting without a commission, nor of a commission that has not elected its officers")
    void noCommissionNoMeeting() {
        Harness none = Harness.inMemory();
        MeetingRecord m = new MeetingRecord(day, Fixtures.quorum(), List.of(new AgendaItem.Other("x")), List.of());
        assertThat(none.office.holdMeeting(m).rejectionIfAny().orElseThrow().key()).isEqualTo("commission.none");
        none.office.appointCommission(new kg.trustbox.commission.Order("1", LocalDate.of(2026, 8, 20)), Fixtures.fiveMembers())
                .orElseThrow();
        var notConstituted = none.office.holdMeeting(m).rejectionIfAny().orElseThrow();
        assertThat(notConstituted.rule()).isEqualTo(Rule.R_5_4);
        assertThat(notConstituted.key()).isEqualTo("commission.notConstituted");
    }

    @Test
    @DisplayName("R-5.3 two of five present are no quorum; protocols are numbered in order")
    void presenceAndNumbers() {
        Outcome<Protocol> two = h.office.holdMeeting(new MeetingRecord(day, List.of(Fixtures.CHAIR, Fixtures.SECRETARY),
                List.of(new AgendaItem.Other("x")), List.of()));
        assertThat(two.rejectionIfAny().orElseThrow().key()).isEqualTo("meeting.noQuorum");
        assertThat(hold(List.of(new AgendaItem.Other("a"))).number()).isEqualTo(1);
        assertThat(hold(List.of(new AgendaItem.Other("b"))).number()).isEqualTo(2);
    }

    @Test
    @DisplayName("R-5.4 the first meeting's minutes record the open vote for chair and secretary")
    void electionInMinutes() {
        Protocol p = hold(List.of(new AgendaItem.OfficersElection(), new AgendaItem.Other("Иш планы")));
        MinutesView v = h.office.documents().minutes(p.number(), Language.KYRGYZ);
        assertThat(v.election()).hasValueSatisfying(e -> {
            assertThat(e.chair()).isEqualTo("Асанова Айгүл Токтогуловна");
            assertThat(e.chairVotes()).isEqualTo(5);
            assertThat(e.votersPresent()).isEqualTo(5);
        });
        assertThat(v.agenda().get(0)).isEqualTo("Комиссиянын төрагасын жана катчысын шайлоо");
        assertThat(v.signatures()).hasSize(5).allSatisfy(s -> assertThat(s.signedOn()).isEmpty());
        assertThat(v.absent()).containsExactlyInAnyOrder("Бекмуратов Нурлан Үсөнович", "Садыков Эрлан Маратович");
    }

    @Test
    @DisplayName("R-5.5 a report on the agenda must exist, and the meeting marks it discussed")
    void reportDiscussion() {
        Outcome<Protocol> none = h.office.holdMeeting(new MeetingRecord(day, Fixtures.quorum(),
                List.of(new AgendaItem.ReportDiscussion(2026, 2)), List.of()));
        assertThat(none.rejectionIfAny().orElseThrow().rule()).isEqualTo(Rule.R_5_5);
        assertThat(h.office.protocols()).isEmpty();
    }
}
