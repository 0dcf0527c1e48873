package kg.trustbox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.trustbox.access.Official;
import kg.trustbox.access.Purpose;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.Deadlines;
import kg.trustbox.appeal.Registration;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.commission.Commission;
import kg.trustbox.commission.Member;
import kg.trustbox.commission.PersonId;
import kg.trustbox.document.RegisterView;
import kg.trustbox.document.SchoolHeader;
import kg.trustbox.document.Signatory;
import kg.trustbox.document.Wording;
import kg.trustbox.input.Limits;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.school.Language;

/**
 * Builds the register of appeals for a period (Law No. 67, R-4.4, R-1.5.1, R-1.5.2) through the
 * access policy: the authors of the signed appeals are one read and the summaries
 * another, each with one access record; what the policy refuses is withheld. Not API; thread-safe.
 */
final class RegisterViews {
    private final Desk desk;
    private final Appointments appointments;
    private final Confidentiality confidentiality;

    RegisterViews(Desk desk, Appointments appointments, Confidentiality confidentiality) {
        this.desk = desk;
        this.appointments = appointments;
        this.confidentiality = confidentiality;
    }

    Outcome<RegisterView> register(LocalDate from, LocalDate to, Language language, Official official, SchoolHeader header) {
        Limits.period(from, to);
        desk.inputs().require("official", official);
        List<Appeal> appeals = new ArrayList<>();
        for (Appeal a : desk.stores().appeals().list(desk.school().id())) {
            Optional<Registration> r = a.registration();
            if (r.isPresent() && !desk.day(r.get().at()).isBefore(from) && !desk.day(r.get().at()).isAfter(to)) {
                appeals.add(a);
            }
        }
        appeals.sort(Comparator.comparing(a -> a.registration().orElseThrow().number()));
        List<AppealId> signed = appeals.stream().filter(a -> a.appellant() instanceof Appellant.Signed).map(Appeal::id).toList();
        Outcome<Map<AppealId, Optional<Appellant>>> authors = confidentiality.readIdentities(signed, official, Purpose.DOCUMENT);
        if (!(authors instanceof Outcome.Accepted<Map<AppealId, Optional<Appellant>>> shownAuthors)) {
            return Outcome.rejected(authors.rejectionIfAny().orElseThrow());
        }
        Outcome<Map<AppealId, Optional<String>>> summaries = confidentiality.readSummaries(appeals.stream().map(Appeal::id).toList(),
                official, Purpose.DOCUMENT);
        if (!(summaries instanceof Outcome.Accepted<Map<AppealId, Optional<String>>> shownSummaries)) {
            return Outcome.rejected(summaries.rejectionIfAny().orElseThrow());
        }
        Deadlines terms = new Deadlines(desk.school(), desk.regulation().deadlines());
        java.util.Set<AppealId> withReceipt = desk.stores().receipts().attachedTo(desk.school().id(), appeals.stream().map(Appeal::id).toList())
                .keySet();
        List<RegisterView.Row> rows = new ArrayList<>();
        for (Appeal a : appeals) {
            Registration r = a.registration().orElseThrow();
            rows.add(new RegisterView.Row(r.number(), desk.day(r.at()), author(a, shownAuthors.value()), r.category(),
                    shownSummaries.value().getOrDefault(a.id(), Optional.empty()),
                    a.assignee().map(p -> nameOf(membersOn(desk.day(r.at())), p)), terms.termDue(a).orElseThrow(),
                    a.extension().map(e -> e.newDue()), a.forwardings(), decided(a), withReceipt.contains(a.id())));
        }
        LocalDate today = desk.today();
        return Outcome.accepted(new RegisterView(language, header, from, to, rows, keeper(today, language), today));
    }

    private static RegisterView.Author author(Appeal appeal, Map<AppealId, Optional<Appellant>> shown) {
        if (!(appeal.appellant() instanceof Appellant.Signed)) {
            return new RegisterView.Anonymous();
        }
        Optional<Appellant> author = shown.getOrDefault(appeal.id(), Optional.empty());
        return author.filter(Appellant.Signed.class::isInstance).map(s -> (RegisterView.Author) new RegisterView.Named(
                ((Appellant.Signed) s).fullName())).orElse(new RegisterView.Withheld());
    }

    private Optional<RegisterView.Decided> decided(Appeal a) {
        Optional<RegisterView.Reply> reply = a.answer().map(x -> (RegisterView.Reply) new RegisterView.Answered(desk.day(x.at()), x.channel()))
                .or(() -> a.closure().map(c -> new RegisterView.NotAnswered(desk.day(c.at()), c.reason())));
        return a.decision().map(d -> new RegisterView.Decided(d.verdict(), desk.day(a.decidedAt().orElseThrow()), reply));
    }

    private Map<PersonId, Member> membersOn(LocalDate date) {
        return appointments.on(date).or(appointments::current).map(Commission::membersById).orElse(Map.of());
    }

    private static String nameOf(Map<PersonId, Member> members, PersonId id) {
        return Optional.ofNullable(members.get(id)).map(Member::fullName).orElse(id.value());
    }

    /**
     * Who keeps the register and certifies the extract on {@code day}: the responsible person,
     * as "responsible person, position"; before one is appointed, a blank line to fill in by hand.
     */
    private Signatory keeper(LocalDate day, Language language) {
        String role = Wording.of(language).text("register.keeper");
        return appointments.on(day).or(appointments::current)
                .flatMap(c -> c.responsiblePerson().flatMap(rp -> Optional.ofNullable(c.membersById().get(rp.person()))))
                .map(m -> new Signatory(role + ", " + m.position(language), m.fullName()))
                .orElse(new Signatory("", ""));
    }
}
