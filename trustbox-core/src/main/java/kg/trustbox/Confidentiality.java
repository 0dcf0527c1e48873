package kg.trustbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import kg.trustbox.access.AccessRecord;
import kg.trustbox.access.Official;
import kg.trustbox.access.Purpose;
import kg.trustbox.access.Role;
import kg.trustbox.access.Subject;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.AppealContent;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.Category;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.chain.Chain;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads of an appeal's content and of its author: each through the access policy,
 * each recorded in the hash-chained access log, allowed or refused. Not API; thread-safe.
 */
final class Confidentiality {
    private static final Logger LOG = LoggerFactory.getLogger(Confidentiality.class);
    private final Desk desk;
    private final Register register;
    private final Appointments appointments;

    Confidentiality(Desk desk, Register register, Appointments appointments) {
        this.desk = desk;
        this.register = register;
        this.appointments = appointments;
    }

    Outcome<AppealContent> readContent(AppealId id, Official official, Purpose purpose) {
        return read(id, official, purpose, Subject.CONTENT,
                a -> new AppealContent(a.id(), a.registration(), a.status(), a.forwardings(), a.decision(), a.tags()));
    }

    Outcome<Appellant> readIdentity(AppealId id, Official official, Purpose purpose) {
        return read(id, official, purpose, Subject.IDENTITY, Appeal::appellant);
    }

    private <T> Outcome<T> read(AppealId id, Official official, Purpose purpose, Subject subject, Function<Appeal, T> what) {
        Objects.requireNonNull(id, "id");
        return recorded(List.of(id), official, purpose, subject, what).then(shown -> shown.get(id)
                .map(Outcome::accepted)
                .orElseGet(() -> Outcome.rejected(Rule.R_6_1, "access.refused", official.id(), subject, id, purpose)));
    }

    /**
     * One read of the authors of {@code ids} for a document that lists them: one
     * access record naming them all and those withheld; each appeal the policy refuses the
     * official is withheld (empty), the others shown. A role the records contradict refuses the
     * whole read, recorded with every appeal withheld.
     */
    Outcome<Map<AppealId, Optional<Appellant>>> readIdentities(List<AppealId> ids, Official official, Purpose purpose) {
        return ids.isEmpty() ? Outcome.accepted(Map.of()) : recorded(ids, official, purpose, Subject.IDENTITY, Appeal::appellant);
    }

    /**
     * One read of the registrar's summaries of {@code ids} for a document that lists them:
     * one access record naming them all and those withheld, as {@link #readIdentities} does for
     * authors; an appeal not yet registered has no summary (empty).
     */
    Outcome<Map<AppealId, Optional<String>>> readSummaries(List<AppealId> ids, Official official, Purpose purpose) {
        if (ids.isEmpty()) {
            return Outcome.accepted(Map.of());
        }
        return recorded(ids, official, purpose, Subject.CONTENT, a -> a.registration().map(r -> r.summary()))
                .map(read -> {
                    Map<AppealId, Optional<String>> summaries = new LinkedHashMap<>();
                    read.forEach((id, summary) -> summaries.put(id, summary.flatMap(s -> s)));
                    return summaries;
                });
    }

    /**
     * Reads {@code subject} of {@code ids} as one read with one access record, allowed or refused
     * per appeal by the access policy; a role the records contradict on the day refuses it all.
     */
    private <T> Outcome<Map<AppealId, Optional<T>>> recorded(List<AppealId> ids, Official official, Purpose purpose, Subject subject,
                                                             Function<Appeal, T> what) {
        desk.inputs().require("official", official);
        Objects.requireNonNull(purpose, "purpose");
        Instant now = desk.now();
        Outcome<Optional<Outcome<Map<AppealId, Optional<T>>>>> logged = desk.step(() -> {
            // a role the library keeps records of, or the host declared, is checked on the day of the read
            LocalDate day = desk.day(now);
            Optional<Role> contradicted = official.contradictedBy(appointments.on(day), appointments.declaredOn(day));
            Map<AppealId, Optional<T>> shown = new LinkedHashMap<>();
            List<AppealId> withheld = new ArrayList<>();
            for (AppealId id : ids) {
                Appeal appeal = register.find(id);
                // until registered with a category, an appeal is as protected as a corruption report (Law No. 19)
                Category category = appeal.category().orElse(Category.CORRUPTION);
                boolean allowed = contradicted.isEmpty() && desk.regulation().access().allows(official, subject, category, purpose);
                shown.put(id, allowed ? Optional.of(what.apply(appeal)) : Optional.empty());
                if (!allowed) {
                    withheld.add(id);
                }
            }
            Chain.Head head = desk.stores().accessLog().head(desk.school().id()).orElse(new Chain.Head(0, Chain.GENESIS));
            AccessRecord record = AccessRecord.next(head, desk.school().id(), now, official.id(), ids, subject, purpose, withheld);
            if (!desk.stores().accessLog().append(record)) {
                return Outcome.rejected(Rule.R_6_1, "access.concurrent", ids.get(0));
            }
            LOG.debug("school {}: {} read of {} appeal(s) by {} for {}, {} withheld", desk.school().id(), subject, ids.size(),
                    official.id(), purpose, withheld.size());
            if (contradicted.isPresent()) {
                return Outcome.accepted(Optional.<Outcome<Map<AppealId, Optional<T>>>>of(Outcome.rejected(Rule.R_6_1,
                        "access.roleNotHeld", official.id(), contradicted.get(), ids.get(0))));
            }
            return Outcome.accepted(Optional.of(Outcome.accepted(shown)));
        });
        return logged.then(o -> o.orElseThrow());
    }

    /** Destroys the identity of appeal {@code id}'s signed appellant; false if there was none. */
    boolean purge(AppealId id) {
        Objects.requireNonNull(id, "id");
        return desk.step(() -> {
            Appeal appeal = register.find(id);
            return Outcome.accepted(appeal.appellant() instanceof Appellant.Signed
                    && desk.stores().boxes().purgeIdentity(desk.school().id(), appeal.withdrawal().act(), appeal.withdrawal().line()));
        }).orElseThrow();
    }

    /** Destroys the identities of the signed appellants of appeals withdrawn before {@code before}; how many. */
    int purgeWithdrawnBefore(Instant before) {
        Objects.requireNonNull(before, "before");
        int purged = desk.step(() -> {
            int n = 0;
            for (Appeal a : desk.stores().appeals().withdrawn(desk.school().id(), Instant.EPOCH, before)) {
                if (a.appellant() instanceof Appellant.Signed && !Appellant.purged().equals(a.appellant())
                        && desk.stores().boxes().purgeIdentity(desk.school().id(), a.withdrawal().act(), a.withdrawal().line())) {
                    n++;
                }
            }
            return Outcome.accepted(n);
        }).orElseThrow();
        LOG.debug("school {}: personal data of {} appellant(s) purged", desk.school().id(), purged);
        return purged;
    }

    List<AccessRecord> accessLog() {
        return desk.stores().accessLog().records(desk.school().id());
    }

    Chain.Verification verifyAccessLog() {
        return desk.stores().accessLog().verify(desk.school().id());
    }
}
