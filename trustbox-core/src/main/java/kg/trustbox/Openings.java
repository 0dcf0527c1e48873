package kg.trustbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.Withdrawal;
import kg.trustbox.box.ActLine;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.Incident;
import kg.trustbox.box.JournalEntry;
import kg.trustbox.box.OpenedBox;
import kg.trustbox.box.Opening;
import kg.trustbox.box.OpeningRequest;
import kg.trustbox.box.Paper;
import kg.trustbox.box.Seal;
import kg.trustbox.box.SealedBox;
import kg.trustbox.box.TrustBox;
import kg.trustbox.box.WithdrawalAct;
import kg.trustbox.chain.Chain;
import kg.trustbox.commission.Commission;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.rule.Rule;
import kg.trustbox.school.SchoolId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The box and its openings: installation, the Tuesday opening with its withdrawal act, the
 * sealing with its journal entry. Not API; thread-safe.
 */
final class Openings {
    private static final Logger LOG = LoggerFactory.getLogger(Openings.class);
    private final Desk desk;
    private final Appointments appointments;

    Openings(Desk desk, Appointments appointments) {
        this.desk = desk;
        this.appointments = appointments;
    }

    private SchoolId school() {
        return desk.school().id();
    }

    Outcome<SealedBox> install(Seal seal) {
        desk.inputs().require("seal", seal);
        return desk.step(() -> {
            if (desk.stores().boxes().find(school()).isPresent()) {
                return Outcome.rejected(Rule.R_4_5, "box.installed", school());
            }
            if (!desk.stores().boxes().useSeal(school(), seal)) {
                return Outcome.rejected(Rule.R_4_5, "seal.reused", seal.number());
            }
            SealedBox box = SealedBox.installed(school(), seal, desk.now());
            if (!desk.stores().boxes().replace(box)) {
                return Outcome.rejected(Rule.R_4_5, "box.concurrent", school());
            }
            LOG.debug("school {}: box installed under seal {}", school(), seal.number());
            return Outcome.accepted(box);
        });
    }

    Optional<TrustBox> box() {
        return desk.stores().boxes().find(school());
    }

    Outcome<OpeningResult> open(OpeningRequest request) {
        desk.inputs().require("opening", request);
        Instant now = desk.now();
        Regulation regulation = desk.regulation();
        return desk.step(() -> appointments.constitutedOn(desk.day(now))
                .then(c -> c.presence(request.present(), regulation.quorum(), Commission.Sitting.OPENING))
                .then(present -> {
                    Optional<TrustBox> box = box();
                    if (box.isEmpty()) {
                        return Outcome.rejected(Rule.R_4_5, "box.notInstalled", school());
                    }
                    if (!(box.get() instanceof SealedBox sealed)) {
                        return Outcome.rejected(Rule.R_4_5, "box.alreadyOpen", school());
                    }
                    if (!regulation.schedule().isInSlot(now, desk.school().zone()) && request.deviation().isEmpty()) {
                        return Outcome.rejected(Rule.R_4_3, "opening.outsideSlot", desk.school().local(now).toLocalDateTime().withNano(0),
                                desk.school().zone(), regulation.schedule().day(), regulation.schedule().start());
                    }
                    return withdraw(request, sealed, now);
                }));
    }

    /** Draws up the act, withdraws each appeal and leaves the box opened. */
    private Outcome<OpeningResult> withdraw(OpeningRequest request, SealedBox sealed, Instant now) {
        Set<Incident> incidents = request.inspection().incidents(sealed.seal());
        Optional<WithdrawalAct> act = Optional.empty();
        List<AppealId> withdrawn = new ArrayList<>();
        if (!request.papers().isEmpty()) {
            ActNumber number = desk.stores().boxes().nextActNumber(school(), desk.school().local(now).getYear());
            List<ActLine> lines = new ArrayList<>();
            for (Paper paper : request.papers()) {
                lines.add(new ActLine(lines.size() + 1, paper.from(), paper.note()));
            }
            WithdrawalAct drawnUp = new WithdrawalAct(school(), number, now, request.inspection(), incidents, lines, request.present());
            desk.stores().boxes().saveAct(drawnUp);
            List<Appeal> appeals = new ArrayList<>();
            for (ActLine line : lines) {
                Appeal appeal = Appeal.withdrawn(school(), new Withdrawal(number, line.number(), now), line.from());
                appeals.add(appeal);
                withdrawn.add(appeal.id());
            }
            desk.stores().appeals().addAll(appeals);
            act = Optional.of(drawnUp);
        }
        Opening opening = new Opening(now, request.present(), sealed.seal(), request.inspection(), incidents,
                request.deviation(), request.papers().size(), act.map(WithdrawalAct::number));
        OpenedBox opened = sealed.open(opening);
        if (!desk.stores().boxes().replace(opened)) {
            return Outcome.rejected(Rule.R_4_5, "box.concurrent", school());
        }
        if (!incidents.isEmpty()) {
            LOG.warn("school {}: the box was opened with incidents {}{}", school(), incidents,
                    act.map(a -> ", act " + a.number().qualified()).orElse(""));
        }
        LOG.debug("school {}: box opened, {} appeal(s){}{}", school(), request.papers().size(),
                act.map(a -> ", act " + a.number().qualified()).orElse(""),
                request.deviation().isPresent() ? ", with a recorded deviation" : "");
        return Outcome.accepted(new OpeningResult(opened, act, withdrawn));
    }

    Outcome<JournalEntry> seal(Seal newSeal) {
        desk.inputs().require("seal", newSeal);
        Instant now = desk.now();
        return desk.step(() -> {
            Optional<TrustBox> box = box();
            if (box.isEmpty()) {
                return Outcome.rejected(Rule.R_4_5, "box.notInstalled", school());
            }
            if (!(box.get() instanceof OpenedBox opened)) {
                return Outcome.rejected(Rule.R_4_5, "box.notOpen", school());
            }
            if (!desk.stores().boxes().useSeal(school(), newSeal)) {
                return Outcome.rejected(Rule.R_4_5, "seal.reused", newSeal.number());
            }
            Chain.Head head = desk.stores().journal().head(school()).orElse(new Chain.Head(0, Chain.GENESIS));
            JournalEntry entry = JournalEntry.next(head, school(), opened.opening(), newSeal, now);
            if (!desk.stores().journal().append(entry) || !desk.stores().boxes().replace(opened.seal(newSeal, now))) {
                return Outcome.rejected(Rule.R_4_5, "box.concurrent", school());
            }
            LOG.debug("school {}: box sealed with seal {}, journal entry {}", school(), newSeal.number(), entry.sequence());
            return Outcome.accepted(entry);
        });
    }

    List<JournalEntry> journal() {
        return desk.stores().journal().entries(school());
    }

    Chain.Verification verifyJournal() {
        return desk.stores().journal().verify(school());
    }

    Optional<WithdrawalAct> act(ActNumber number) {
        return desk.stores().boxes().act(school(), number);
    }
}
