package kg.trustbox.testing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import kg.trustbox.access.Official;
import kg.trustbox.access.Purpose;
import kg.trustbox.access.Role;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Decision;
import kg.trustbox.appeal.Forwarding;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.Paper;
import kg.trustbox.meeting.AgendaItem;
import kg.trustbox.meeting.MeetingRecord;
import kg.trustbox.report.Quarter;

/**
 * A school's records of every kind the ledger covers, written through the office: a commission
 * with officers and votes, a declared director, two openings with acts and journal entries, appeals
 * registered (one a corruption report, one through registerAll, one left withdrawn), assigned,
 * forwarded, extended, decided and tagged, reads
 * of an identity, minutes with signatures, a quarterly report, and receipts issued, attached and published.
 */
public final class RecordedTerm {
    /** The appeals, in the order withdrawn: signed (corruption), signed (complaint), anonymous (suggestion), signed (other). */
    public final List<AppealId> appeals;

    private RecordedTerm(List<AppealId> appeals) {
        this.appeals = appeals;
    }

    /** Writes the term through {@code h}'s office, from a constituted commission on. */
    public static RecordedTerm write(Harness h) {
        h.ready();
        List<AppealId> first = h.openAndSeal(List.of(Paper.from(Fixtures.signed("Асанов Бакыт")), Paper.from(Fixtures.signed("Ким Елена")),
                Paper.from(Appellant.anonymous()))).appeals();
        Category[] categories = {Category.CORRUPTION, Category.COMPLAINT, Category.SUGGESTION};
        for (int i = 0; i < first.size(); i++) {
            h.office.register(first.get(i), RegistrationRequest.of(Fixtures.RESPONSIBLE, categories[i], AppealLanguage.KYRGYZ,
                    "Кыскача " + i)).orElseThrow();
        }
        AppealId corruption = first.get(0);
        AppealId complaint = first.get(1);
        h.office.assign(corruption, Fixtures.TEACHER).orElseThrow();
        h.office.assign(complaint, Fixtures.TEACHER).orElseThrow();
        LocalDate today = h.clock.instant().atZone(h.school.zone()).toLocalDate();
        h.office.forward(complaint, new Forwarding("Райондук билим берүү бөлүмү", today, "12/45")).orElseThrow();
        h.office.extend(corruption, "Кошумча текшерүү", today.plusDays(25)).orElseThrow();
        h.office.decide(corruption, Decision.of(Verdict.JUSTIFIED, "Чаралар көрүлдү")).orElseThrow();
        h.office.tag(complaint, List.of("ашкана")).orElseThrow();
        h.office.readIdentity(complaint, Official.of(Fixtures.RESPONSIBLE, Role.RESPONSIBLE_PERSON), Purpose.ANSWER).orElseThrow();
        h.office.readIdentity(corruption, Official.of(Fixtures.DIRECTOR, Role.DIRECTOR), Purpose.CONSIDERATION);
        h.clock.advance(Duration.ofDays(1));
        LocalDate meeting = h.clock.instant().atZone(h.school.zone()).toLocalDate();
        int number = h.office.holdMeeting(new MeetingRecord(meeting, Fixtures.quorum(), List.of(new AgendaItem.Other("Кутунун иши")),
                List.of("Маалымат кабыл алынсын"))).orElseThrow().number();
        h.office.signProtocol(number, Fixtures.CHAIR, meeting).orElseThrow();
        h.office.signProtocol(number, Fixtures.SECRETARY, meeting).orElseThrow();
        h.nextTuesday();
        List<AppealId> second = h.openAndSeal(List.of(Paper.from(Fixtures.signed("Садырова Айгүл")), Paper.from(Appellant.anonymous())))
                .appeals();
        // the whole opening's registrations as one step; the second paper stays withdrawn, never registered
        h.office.registerAll(java.util.Map.of(second.get(0), RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.OTHER,
                AppealLanguage.RUSSIAN, "Кратко"))).orElseThrow();
        Quarter quarter = Quarter.of(h.clock.instant().atZone(h.school.zone()).toLocalDate());
        h.clock.set(quarter.last().plusDays(1).atTime(10, 0).atZone(h.school.zone()).toInstant());
        h.office.prepareQuarterlyReport(quarter, "Ашкана", Fixtures.RESPONSIBLE).orElseThrow();
        // receipts: a batch issued, one attached to the decided appeal, its outcome published
        String code = h.office.issueReceipts(2).orElseThrow().codes().get(0).grouped();
        h.office.attachReceipt(corruption, code).orElseThrow();
        h.office.publishOutcome(corruption, "Арыз негиздүү деп табылды, чаралар көрүлдү.").orElseThrow();
        return new RecordedTerm(List.of(first.get(0), first.get(1), first.get(2), second.get(0)));
    }
}
