package kg.trustbox.contract;

import static kg.trustbox.contract.Samples.OTHER;
import static kg.trustbox.contract.Samples.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kg.trustbox.commission.Member;
import kg.trustbox.commission.PersonId;
import kg.trustbox.meeting.AgendaItem;
import kg.trustbox.meeting.Meetings;
import kg.trustbox.meeting.Protocol;
import kg.trustbox.school.SchoolId;
import kg.trustbox.store.Stores;
import kg.trustbox.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The contract of {@link Meetings}, for every store. */
public abstract class MeetingsContract {
    private Meetings meetings;

    /** Fresh, empty stores. */
    protected abstract Stores newStores();

    @BeforeEach
    void fresh() {
        meetings = newStores().meetings();
    }

    static Protocol protocol(SchoolId school, int number, int signed) {
        List<PersonId> all = Fixtures.fiveMembers().stream().map(Member::id).toList();
        Map<PersonId, LocalDate> signatures = new LinkedHashMap<>();
        for (int i = signed - 1; i >= 0; i--) {
            signatures.put(all.get(i), LocalDate.of(2026, 9, 10 + i));
        }
        return new Protocol(school, number, LocalDate.of(2026, 9, 8), Fixtures.SECRETARY, Fixtures.quorum(),
                List.of(new AgendaItem.OfficersElection(), new AgendaItem.ReportDiscussion(2026, 3),
                        new AgendaItem.Incidents("Пломба бузулган,\nкутуча бүтүн"), new AgendaItem.AppealDiscussion("2026-0017"),
                        new AgendaItem.Other("Башка маселе; \"тырмакча\"")),
                List.of("Чечим 1:\nкабыл алынды", "Чечим 2, кийинкиге калтырылды"), all, signatures);
    }

    @Test
    void no_minutes_yet() {
        assertThat(meetings.list(SCHOOL)).isEmpty();
        assertThat(meetings.find(SCHOOL, 1)).isEmpty();
        assertThat(meetings.nextNumber(SCHOOL)).isEqualTo(1);
    }

    @Test
    @DisplayName("R-5.3, R-6.2 minutes read back with agenda, decisions, signatories and signatures")
    void round_trip() {
        Protocol p = protocol(SCHOOL, 1, 3);
        meetings.save(p);
        assertThat(meetings.find(SCHOOL, 1)).contains(p);
        assertThat(meetings.list(SCHOOL)).containsExactly(p);
        assertThat(meetings.nextNumber(SCHOOL)).isEqualTo(2);
    }

    @Test
    @DisplayName("R-5.3 saving by the same number replaces the minutes, for example with more signatures")
    void save_replaces_by_number() {
        meetings.save(protocol(SCHOOL, 1, 0));
        Protocol complete = protocol(SCHOOL, 1, 5);
        meetings.save(complete);
        assertThat(meetings.list(SCHOOL)).containsExactly(complete);
        assertThat(meetings.find(SCHOOL, 1).orElseThrow().isComplete()).isTrue();
    }

    @Test
    void minutes_are_listed_by_number_and_kept_per_school() {
        Protocol second = protocol(SCHOOL, 2, 1);
        Protocol first = protocol(SCHOOL, 1, 5);
        Protocol theirs = protocol(OTHER, 1, 2);
        meetings.save(second);
        meetings.save(first);
        meetings.save(theirs);
        assertThat(meetings.list(SCHOOL)).containsExactly(first, second);
        assertThat(meetings.list(OTHER)).containsExactly(theirs);
        assertThat(meetings.find(OTHER, 2)).isEmpty();
    }
}
