package kg.trustbox;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.Forwarding;
import kg.trustbox.input.Limits;
import kg.trustbox.input.PlainText;
import kg.trustbox.outcome.InvalidInputException;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.receipt.IssuedBatch;
import kg.trustbox.receipt.IssuedReceipts;
import kg.trustbox.receipt.LookupCounts;
import kg.trustbox.receipt.LookupPolicy;
import kg.trustbox.receipt.ReceiptCode;
import kg.trustbox.receipt.ReceiptDigest;
import kg.trustbox.receipt.ReceiptStatus;
import kg.trustbox.receipt.Receipts;
import kg.trustbox.rule.Rule;
import kg.trustbox.school.SchoolId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receipts for paper appeals: batches of codes issued for printing, a code attached to its
 * appeal, the outcome published for the stub's holder, and the lookup by code. Codes are never
 * stored nor logged: only their keyed digests reach the stores. Not API; thread-safe.
 */
final class Receipting {
    private static final Logger LOG = LoggerFactory.getLogger(Receipting.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * Digested and looked for in place of a code that cannot be read, so that such a lookup does
     * the same work as any other that finds nothing. Random, never issued, never shown.
     */
    private static final ReceiptCode STAND_IN = ReceiptCode.generate(RANDOM);

    private final Desk desk;
    private final Register register;
    private final LookupPolicy policy;

    Receipting(Desk desk, Register register, LookupPolicy policy) {
        this.desk = desk;
        this.register = register;
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    private SchoolId school() {
        return desk.school().id();
    }

    private Receipts receipts() {
        return desk.stores().receipts();
    }

    /** The outcome as published: plain text for a public board, no markup. */
    private record PublishedOutcome(@NotBlank @Size(max = 2000) @PlainText(multiline = true) String text) {
    }

    Outcome<IssuedReceipts> issue(int count) {
        Limits.count("count", count, 1, IssuedBatch.MAX_FORMS);
        LocalDate today = desk.today();
        return desk.step(() -> {
            Receipts r = receipts();
            int number = r.batches(school()).stream().mapToInt(IssuedBatch::number).max().orElse(0) + 1;
            IssuedBatch batch = new IssuedBatch(school(), number, today, count);
            List<ReceiptCode> codes = new ArrayList<>(count);
            Set<ReceiptCode> drawn = new HashSet<>();
            while (codes.size() < count) {
                ReceiptCode c = ReceiptCode.generate(RANDOM);
                if (drawn.add(c)) {
                    codes.add(c);
                }
            }
            var key = r.key(school());
            r.issue(batch, codes.stream().map(key::digest).toList());
            LOG.debug("school {}: receipt batch {} of {} issued", school(), number, count);
            return Outcome.accepted(new IssuedReceipts(batch, codes));
        });
    }

    Outcome<ReceiptStatus> attach(AppealId id, String typed) {
        Objects.requireNonNull(id, "id");
        Optional<ReceiptCode> code = read(typed);
        if (code.isEmpty()) {
            return Outcome.rejected(Rule.R_3_2, "receipt.unreadable");
        }
        return desk.step(() -> {
            Appeal appeal = register.find(id);
            Receipts r = receipts();
            ReceiptDigest digest = r.key(school()).digest(code.get());
            if (!r.isIssued(school(), digest)) {
                return Outcome.rejected(Rule.R_3_2, "receipt.notIssued");
            }
            if (r.receiptOf(school(), id).isPresent()) {
                return Outcome.rejected(Rule.R_3_2, "receipt.appealHasOne", id);
            }
            if (!r.attach(school(), digest, id)) {
                return Outcome.rejected(Rule.R_3_2, "receipt.used");
            }
            LOG.debug("school {}: a receipt attached to appeal {}", school(), id);
            return Outcome.accepted(status(appeal));
        });
    }

    boolean hasReceipt(AppealId id) {
        Objects.requireNonNull(id, "id");
        register.find(id);
        return receipts().receiptOf(school(), id).isPresent();
    }

    Outcome<String> publish(AppealId id, String text) {
        Objects.requireNonNull(id, "id");
        desk.inputs().require("outcome", new PublishedOutcome(text));
        return desk.step(() -> {
            Appeal appeal = register.find(id);
            if (appeal.decision().isEmpty()) {
                return Outcome.rejected(Rule.R_1_5_2, "receipt.notDecided", id, appeal.status());
            }
            receipts().publish(school(), id, text);
            LOG.debug("school {}: outcome of appeal {} published", school(), id);
            return Outcome.accepted(text);
        });
    }

    /**
     * The lookup: the day's counts, then, if the policy allows, the code's digest (of a stand-in
     * when the code cannot be read) and one read of the appeal it is attached to, whatever was
     * typed; then the count. Only a code attached to this school's appeal reads more.
     */
    ReceiptStatus lookUp(String typed) {
        Objects.requireNonNull(typed, "typed");
        LocalDate today = desk.today();
        return desk.step(() -> {
            Receipts r = receipts();
            if (!policy.allows(r.counts(school(), today))) {
                r.count(school(), today, LookupCounts.Result.REFUSED);
                return Outcome.<ReceiptStatus>accepted(ReceiptStatus.TRY_LATER);
            }
            Optional<ReceiptCode> code = read(typed);
            Optional<AppealId> attached = r.appealOf(school(), r.key(school()).digest(code.orElse(STAND_IN)));
            // a stand-in is never issued, so it is attached to nothing
            Optional<ReceiptStatus> found = attached.flatMap(a -> desk.stores().appeals().find(school(), a)).map(this::status);
            r.count(school(), today, found.isPresent() ? LookupCounts.Result.FOUND : LookupCounts.Result.NOT_FOUND);
            return Outcome.accepted(found.orElse(ReceiptStatus.NOT_FOUND));
        }).orElseThrow();
    }

    LookupCounts lookups(LocalDate day) {
        Limits.day("day", day);
        return receipts().counts(school(), day);
    }

    private ReceiptStatus status(Appeal a) {
        switch (a.status()) {
            case WITHDRAWN:
                return new ReceiptStatus.Received(desk.day(a.withdrawal().at()));
            case REGISTERED:
                return new ReceiptStatus.Registered(a.registration().orElseThrow().number(), desk.day(a.registration().orElseThrow().at()));
            case UNDER_CONSIDERATION:
                return new ReceiptStatus.UnderConsideration(register.deadlines().nextDue(a));
            case FORWARDED:
                List<Forwarding> forwardings = a.forwardings();
                return new ReceiptStatus.Forwarded(forwardings.get(forwardings.size() - 1).body(), register.deadlines().nextDue(a));
            default:
                return new ReceiptStatus.Decided(a.decision().orElseThrow().verdict(), receipts().outcome(school(), a.id()));
        }
    }

    /** The code typed, if it is one. */
    private static Optional<ReceiptCode> read(String typed) {
        try {
            return Optional.of(ReceiptCode.parse(Objects.requireNonNull(typed, "typed")));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }
}
