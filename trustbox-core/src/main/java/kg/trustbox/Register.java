package kg.trustbox;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import kg.trustbox.appeal.Answer;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealTracking;
import kg.trustbox.appeal.Channel;
import kg.trustbox.appeal.Deadlines;
import kg.trustbox.appeal.Decision;
import kg.trustbox.appeal.Forwarding;
import kg.trustbox.appeal.Registration;
import kg.trustbox.appeal.RegistrationNumber;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appeal.Status;
import kg.trustbox.commission.PersonId;
import kg.trustbox.input.Limits;
import kg.trustbox.outcome.NotFoundException;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.input.PlainText;
import kg.trustbox.rule.Rule;
import kg.trustbox.school.Language;
import kg.trustbox.school.SchoolId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The register of appeals: registration with a number per school and year, then
 * each step of consideration to an answer under the law's deadlines ({@link Deadlines}),
 * and the tracking lists. Not API; thread-safe.
 */
final class Register {
    private static final Logger LOG = LoggerFactory.getLogger(Register.class);
    private final Desk desk;

    Register(Desk desk) {
        this.desk = desk;
    }

    private SchoolId school() {
        return desk.school().id();
    }

    Deadlines deadlines() {
        return new Deadlines(desk.school(), desk.regulation().deadlines());
    }

    Outcome<AppealTracking> register(AppealId id, RegistrationRequest request) {
        Objects.requireNonNull(id, "id");
        desk.inputs().require("registration", request);
        Instant now = desk.now();
        return change(id, "registered", appeal -> {
            if (!appeal.status().canMoveTo(Status.REGISTERED)) {
                return Outcome.rejected(Rule.R_4_4, "appeal.illegalMove", id, appeal.status(), Status.REGISTERED);
            }
            RegistrationNumber number = desk.stores().appeals().nextRegistrationNumber(school(), desk.school().local(now).getYear());
            return appeal.register(registration(number, now, request));
        });
    }

    Outcome<List<AppealTracking>> registerAll(Map<AppealId, RegistrationRequest> requests) {
        requests.forEach((id, request) -> {
            Objects.requireNonNull(id, "id");
            desk.inputs().require("registration", request);
        });
        Instant now = desk.now();
        return desk.step(() -> {
            Map<AppealId, Appeal> found = desk.stores().appeals().findAll(school(), requests.keySet());
            List<Appeal> withdrawn = new ArrayList<>();
            for (AppealId id : requests.keySet()) {
                Appeal appeal = found.get(id);
                if (appeal == null) {
                    throw new NotFoundException("appeal", id.value());
                }
                if (!appeal.status().canMoveTo(Status.REGISTERED)) {
                    return Outcome.rejected(Rule.R_4_4, "appeal.illegalMove", id, appeal.status(), Status.REGISTERED);
                }
                withdrawn.add(appeal);
            }
            List<RegistrationNumber> numbers = desk.stores().appeals().nextRegistrationNumbers(school(),
                    desk.school().local(now).getYear(), withdrawn.size());
            List<Appeal> registered = new ArrayList<>();
            for (int i = 0; i < withdrawn.size(); i++) {
                Appeal appeal = withdrawn.get(i);
                registered.add(appeal.register(registration(numbers.get(i), now, requests.get(appeal.id()))).orElseThrow());
            }
            if (!desk.stores().appeals().replaceAll(registered)) {
                return Outcome.rejected(Rule.R_1_5_2, "appeal.concurrent", registered.isEmpty() ? "" : registered.get(0).id());
            }
            registered.forEach(a -> LOG.debug("school {}: appeal {} registered", school(), a.registration().orElseThrow().number()));
            return Outcome.accepted(registered.stream().map(this::track).toList());
        });
    }

    private static Registration registration(RegistrationNumber number, Instant now, RegistrationRequest r) {
        return new Registration(number, now, r.registrar(), r.category(), r.language(), r.summary(), r.scan());
    }

    Outcome<AppealTracking> assign(AppealId id, PersonId official) {
        desk.inputs().require("official", official);
        return change(id, "assigned", a -> a.assign(official));
    }

    Outcome<AppealTracking> forward(AppealId id, Forwarding forwarding) {
        desk.inputs().require("forwarding", forwarding);
        return change(id, "forwarded", a -> a.forward(forwarding));
    }

    Outcome<AppealTracking> extend(AppealId id, String reason, LocalDate newDue) {
        Limits.day("newDue", newDue);
        desk.inputs().require("extension", new ExtensionReason(reason));
        Objects.requireNonNull(newDue, "newDue");
        Instant now = desk.now();
        return change(id, "extended", a -> deadlines().extension(a, now, reason, newDue).then(a::extend));
    }

    /** Why a term is extended: recorded, plain text. */
    private record ExtensionReason(@NotBlank @Size(max = 500) @PlainText String reason) {
    }

    Outcome<AppealTracking> decide(AppealId id, Decision decision) {
        desk.inputs().require("decision", decision);
        Instant now = desk.now();
        return change(id, "decided", a -> a.decide(decision, now));
    }

    Outcome<AppealTracking> answer(AppealId id, Channel channel) {
        Objects.requireNonNull(channel, "channel");
        Instant now = desk.now();
        return change(id, "answered", a -> a.answer(new Answer(now, answerLanguage(a), channel)));
    }

    Outcome<AppealTracking> closeWithoutAnswer(AppealId id) {
        Instant now = desk.now();
        return change(id, "closed without answer", a -> a.closeWithoutAnswer(now));
    }

    Outcome<AppealTracking> tag(AppealId id, List<String> tags) {
        desk.inputs().require("tags", new Tags(tags));
        return change(id, "tagged", a -> a.tag(tags));
    }

    /** Tags as input: short plain words. */
    private record Tags(@Size(max = 20) List<@NotBlank @Size(max = 60) @PlainText String> tags) {
    }

    private Language answerLanguage(Appeal a) {
        Language fallback = desk.regulation().answerFallback();
        return a.registration().map(r -> r.language().answerLanguage(fallback)).orElse(fallback);
    }

    private Outcome<AppealTracking> change(AppealId id, String what, Function<Appeal, Outcome<Appeal>> move) {
        Objects.requireNonNull(id, "id");
        return desk.step(() -> {
            Appeal appeal = find(id);
            Outcome<Appeal> next = move.apply(appeal);
            if (next instanceof Outcome.Accepted<Appeal> a) {
                if (!desk.stores().appeals().replace(a.value())) {
                    return Outcome.rejected(Rule.R_1_5_2, "appeal.concurrent", id);
                }
                LOG.debug("school {}: appeal {} {}", school(), a.value().registration().map(r -> r.number().toString())
                        .orElse(id.value()), what);
                return Outcome.accepted(track(a.value()));
            }
            return next.map(this::track);
        });
    }

    /** The appeal {@code id} of this school. */
    Appeal find(AppealId id) {
        return desk.stores().appeals().find(school(), id).orElseThrow(() -> new NotFoundException("appeal", id.value()));
    }

    AppealTracking tracking(AppealId id) {
        return track(find(id));
    }

    List<AppealTracking> appeals() {
        return desk.stores().appeals().list(school()).stream().map(this::track).toList();
    }

    List<AppealTracking> page(java.util.Optional<AppealId> after, int size) {
        Limits.count("size", size, 1, Limits.MAX_PAGE);
        return desk.stores().appeals().page(school(), after, size).stream().map(this::track).toList();
    }

    /** The undecided appeals as tracking data: only they owe a next step. */
    private List<AppealTracking> undecided() {
        return desk.stores().appeals().undecided(school()).stream().map(this::track).toList();
    }

    List<AppealTracking> overdue(LocalDate date) {
        Limits.day("date", date);
        return undecided().stream().filter(t -> t.isOverdueOn(date)).toList();
    }

    List<AppealTracking> dueSoon(LocalDate date, int days) {
        Limits.day("date", date);
        Limits.count("days", days, 0, Limits.MAX_DAYS_AHEAD);
        LocalDate until = date.plusDays(days);
        return undecided().stream().filter(t -> t.due().filter(d -> !d.isBefore(date) && !d.isAfter(until)).isPresent()).toList();
    }

    private AppealTracking track(Appeal a) {
        return new AppealTracking(a.id(), a.registration().map(Registration::number), a.status(), a.category(), a.isAnonymous(),
                desk.day(a.withdrawal().at()), deadlines().nextDue(a), a.assignee());
    }
}
