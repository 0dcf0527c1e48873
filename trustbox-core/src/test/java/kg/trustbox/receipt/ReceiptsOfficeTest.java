package kg.trustbox.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Channel;
import kg.trustbox.appeal.Decision;
import kg.trustbox.appeal.Forwarding;
import kg.trustbox.appeal.RegistrationNumber;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.Paper;
import kg.trustbox.chain.Chain;
import kg.trustbox.ledger.LedgerEntry;
import kg.trustbox.ledger.RecordsVerification;
import kg.trustbox.outcome.InvalidInputException;
import kg.trustbox.outcome.NotFoundException;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.outcome.Rejection;
import kg.trustbox.rule.Rule;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.testing.Harness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** receipts through the office: issued, attached once, followed through the lifecycle, published, recorded. */
class ReceiptsOfficeTest {
    private static final RegistrationRequest REQUEST = RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.CORRUPTION,
            AppealLanguage.RUSSIAN, "Кыскача");
    private final Harness h = Harness.inMemory().ready();
    private final List<AppealId> ids = h.openAndSeal(List.of(Paper.from(Appellant.anonymous()), Paper.from(Appellant.anonymous()),
            Paper.from(Fixtures.signed("Асанов Бакыт")))).appeals();

    private LocalDate today() {
        return h.school.local(h.clock.instant()).toLocalDate();
    }

    private static Rejection rejection(Outcome<?> o) {
        return o.rejectionIfAny().orElseThrow();
    }

    @Test
    @DisplayName("R-3.2 batches are numbered from 1 and dated today; their codes are all different and entered in the ledger as digests only")
    void issue() {
        IssuedReceipts first = h.office.issueReceipts(3).orElseThrow();
        h.clock.advance(Duration.ofDays(2));
        IssuedReceipts second = h.office.issueReceipts(1).orElseThrow();
        assertThat(first.batch()).isEqualTo(new IssuedBatch(h.school.id(), 1, LocalDate.of(2026, 9, 1), 3));
        assertThat(second.batch()).isEqualTo(new IssuedBatch(h.school.id(), 2, LocalDate.of(2026, 9, 3), 1));
        assertThat(first.codes()).hasSize(3).doesNotHaveDuplicates().doesNotContainAnyElementsOf(second.codes());
        assertThat(h.stores.receipts().batches(h.school.id())).containsExactly(first.batch(), second.batch());
        List<LedgerEntry> entries = h.stores.ledger().entries(h.school.id());
        assertThat(entries.get(entries.size() - 1)).satisfies(e -> {
            assertThat(e.kind()).isEqualTo(LedgerEntry.Kind.RECEIPT);
            assertThat(e.key()).isEqualTo("batch/2");
        });
        assertThat(entries).noneMatch(e -> e.key().contains(first.codes().get(0).value()) || e.digest().contains(first.codes().get(0).value()));
        assertThatThrownBy(() -> h.office.issueReceipts(0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> h.office.issueReceipts(1001)).isInstanceOf(InvalidInputException.class);
        assertThat(h.office.issueReceipts(1000).orElseThrow().codes()).hasSize(1000);
        assertThat(h.office.verifyRecords().discrepancies()).isEmpty();
    }

    @Test
    @DisplayName("R-3.2 an attachment is refused for a code that cannot be read, one the school did not issue, one used, or an appeal that has one; no refusal shows the code")
    void attachRefusals() {
        List<ReceiptCode> codes = h.office.issueReceipts(2).orElseThrow().codes();
        ReceiptCode code = codes.get(0);
        String mistyped = code.value().substring(0, 13) + (code.value().charAt(13) == '2' ? '3' : '2');
        for (String unreadable : List.of("", "hello", mistyped, code.value() + "2")) {
            Rejection r = rejection(h.office.attachReceipt(ids.get(0), unreadable));
            assertThat(r.rule()).isEqualTo(Rule.R_3_2);
            assertThat(r.key()).isEqualTo("receipt.unreadable");
        }
        Harness other = new Harness(h.stores, Fixtures.school("s2"), kg.trustbox.Regulation.defaults());
        ReceiptCode theirs = other.office.issueReceipts(1).orElseThrow().codes().get(0);
        assertThat(rejection(h.office.attachReceipt(ids.get(0), theirs.grouped())).key()).isEqualTo("receipt.notIssued");
        assertThat(rejection(h.office.attachReceipt(ids.get(0), ReceiptCode.generate(new java.security.SecureRandom()).value())).key())
                .isEqualTo("receipt.notIssued");
        assertThat(h.office.hasReceipt(ids.get(0))).isFalse();

        assertThat(h.office.attachReceipt(ids.get(0), code.grouped().toLowerCase(Locale.ROOT)).orElseThrow())
                .isEqualTo(new ReceiptStatus.Received(LocalDate.of(2026, 9, 1)));
        assertThat(h.office.hasReceipt(ids.get(0))).isTrue();
        assertThat(h.office.hasReceipt(ids.get(1))).isFalse();
        Rejection used = rejection(h.office.attachReceipt(ids.get(1), code.value()));
        assertThat(used.rule()).isEqualTo(Rule.R_3_2);
        assertThat(used.key()).isEqualTo("receipt.used");
        Rejection hasOne = rejection(h.office.attachReceipt(ids.get(0), codes.get(1).value()));
        assertThat(hasOne.key()).isEqualTo("receipt.appealHasOne");
        assertThat(hasOne.values()).containsExactly(ids.get(0).toString());
        assertThat(h.office.hasReceipt(ids.get(1))).isFalse();
        for (Rejection r : List.of(used, hasOne)) {
            for (Locale l : List.of(Locale.ROOT, new Locale("ru"), new Locale("ky"))) {
                assertThat(r.message(l)).startsWith("R-3.2: ").doesNotContain(code.value(), code.grouped(), "receipt.");
            }
        }
        assertThat(rejection(h.office.attachReceipt(ids.get(0), "x")).message(new Locale("ky"))).contains("квитанция");
        assertThat(rejection(h.office.attachReceipt(ids.get(0), theirs.value())).message(new Locale("ru"))).contains("квитанции");
        assertThatThrownBy(() -> h.office.attachReceipt(new AppealId("2026-9-9"), codes.get(1).value())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> h.office.hasReceipt(new AppealId("2026-9-9"))).isInstanceOf(NotFoundException.class);
        assertThat(h.office.verifyRecords().discrepancies()).isEmpty();
    }

    @Test
    @DisplayName("R-3.2 R-1.5.2 the stub's holder follows the appeal: received, registered, under consideration with its due date, forwarded, decided, published")
    void lifecycle() {
        String code = h.office.issueReceipts(1).orElseThrow().codes().get(0).grouped();
        AppealId id = ids.get(0);
        h.office.attachReceipt(id, code).orElseThrow();
        assertThat(h.office.lookUpReceipt(code)).isEqualTo(new ReceiptStatus.Received(LocalDate.of(2026, 9, 1)));
        h.clock.advance(Duration.ofDays(1));
        RegistrationNumber number = h.office.register(id, REQUEST).orElseThrow().number().orElseThrow();
        assertThat(h.office.lookUpReceipt(code)).isEqualTo(new ReceiptStatus.Registered(number, LocalDate.of(2026, 9, 2)));
        h.office.assign(id, Fixtures.RESPONSIBLE).orElseThrow();
        Optional<LocalDate> due = h.office.tracking(id).due();
        assertThat(due).isPresent();
        assertThat(h.office.lookUpReceipt(code)).isEqualTo(new ReceiptStatus.UnderConsideration(due));
        Rejection early = rejection(h.office.publishOutcome(id, "Текшерилүүдө"));
        assertThat(early.rule()).isEqualTo(Rule.R_1_5_2);
        assertThat(early.key()).isEqualTo("receipt.notDecided");
        h.office.forward(id, new Forwarding("Райондук билим берүү бөлүмү", LocalDate.of(2026, 9, 3), "01-12/1")).orElseThrow();
        h.office.forward(id, new Forwarding("Прокуратура", LocalDate.of(2026, 9, 4), "01-12/2")).orElseThrow();
        assertThat(h.office.lookUpReceipt(code)).isEqualTo(new ReceiptStatus.Forwarded("Прокуратура", h.office.tracking(id).due()));
        h.office.decide(id, Decision.of(Verdict.NOT_JUSTIFIED, "Фактылар тастыкталган жок")).orElseThrow();
        assertThat(h.office.lookUpReceipt(code)).isEqualTo(new ReceiptStatus.Decided(Verdict.NOT_JUSTIFIED, Optional.empty()));
        assertThat(h.office.publishOutcome(id, "Арыз текшерилди.\nФактылар тастыкталган жок.").orElseThrow())
                .isEqualTo("Арыз текшерилди.\nФактылар тастыкталган жок.");
        h.office.closeWithoutAnswer(id).orElseThrow();
        assertThat(h.office.lookUpReceipt(code)).isEqualTo(new ReceiptStatus.Decided(Verdict.NOT_JUSTIFIED,
                Optional.of("Арыз текшерилди.\nФактылар тастыкталган жок.")));
        h.office.publishOutcome(id, "Фактылар тастыкталган жок.").orElseThrow();
        assertThat(h.office.lookUpReceipt(code)).isEqualTo(new ReceiptStatus.Decided(Verdict.NOT_JUSTIFIED, Optional.of("Фактылар тастыкталган жок.")));
        assertThatThrownBy(() -> h.office.publishOutcome(id, "<b>bold</b>\u202e")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> h.office.publishOutcome(id, " ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> h.office.publishOutcome(id, "x".repeat(2001))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> h.office.publishOutcome(new AppealId("2026-9-9"), "text")).isInstanceOf(NotFoundException.class);
        assertThat(h.office.verifyRecords().discrepancies()).isEmpty();
    }

    @Test
    @DisplayName("R-3.2 an answered appeal reads as decided, and a publication needs no receipt")
    void answered() {
        AppealId id = ids.get(2);
        h.office.register(id, REQUEST).orElseThrow();
        h.office.assign(id, Fixtures.RESPONSIBLE).orElseThrow();
        h.office.decide(id, Decision.of(Verdict.JUSTIFIED, "Чаралар")).orElseThrow();
        assertThat(h.office.publishOutcome(id, "Негиздүү").isAccepted()).isTrue();
        String code = h.office.issueReceipts(1).orElseThrow().codes().get(0).value();
        h.office.attachReceipt(id, code).orElseThrow();
        h.office.answer(id, Channel.LETTER).orElseThrow();
        assertThat(h.office.lookUpReceipt(code)).isEqualTo(new ReceiptStatus.Decided(Verdict.JUSTIFIED, Optional.of("Негиздүү")));
    }

    @Test
    @DisplayName("R-3.2 R-1.4 a purge of personal data leaves the receipt of a signed appeal working and the records verified")
    void purge() {
        String code = h.office.issueReceipts(1).orElseThrow().codes().get(0).grouped();
        h.office.register(ids.get(2), REQUEST).orElseThrow();
        ReceiptStatus before = h.office.attachReceipt(ids.get(2), code).orElseThrow();
        assertThat(h.office.purgePersonalData(ids.get(2))).isTrue();
        assertThat(h.office.lookUpReceipt(code)).isEqualTo(before).isInstanceOf(ReceiptStatus.Registered.class);
        assertThat(h.office.hasReceipt(ids.get(2))).isTrue();
        assertThat(h.office.verifyRecords().discrepancies()).isEmpty();
    }

    @Test
    @DisplayName("R-3.2 the host's policy refuses lookups past its limit with TryLater, counted, without reading the code")
    void throttled() {
        String code = h.office.issueReceipts(1).orElseThrow().codes().get(0).value();
        h.office.attachReceipt(ids.get(0), code).orElseThrow();
        var office = h.office.withLookupPolicy(LookupPolicy.perDay(1, 3));
        assertThat(office.school()).isEqualTo(h.office.school());
        assertThat(office.lookUpReceipt(code)).isInstanceOf(ReceiptStatus.Received.class);
        assertThat(office.lookUpReceipt("wrong")).isSameAs(ReceiptStatus.NOT_FOUND);
        assertThat(office.lookUpReceipt(code)).isSameAs(ReceiptStatus.TRY_LATER);
        assertThat(office.receiptLookups(today())).isEqualTo(new LookupCounts(today(), 1, 1, 1));
        assertThat(h.office.lookUpReceipt(code)).as("the default policy is generous").isInstanceOf(ReceiptStatus.Received.class);
        h.clock.advance(Duration.ofDays(1));
        assertThat(office.lookUpReceipt(code)).as("a new day").isInstanceOf(ReceiptStatus.Received.class);
        assertThat(office.receiptLookups(today())).isEqualTo(new LookupCounts(today(), 1, 0, 0));
        assertThatThrownBy(() -> h.office.withLookupPolicy(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("R-3.2 R-6.2 receipts written behind the office's back are found; an inspection from a checkpoint checks those written since")
    void audit() {
        List<ReceiptCode> codes = h.office.issueReceipts(3).orElseThrow().codes();
        h.office.register(ids.get(0), REQUEST).orElseThrow();
        h.office.assign(ids.get(0), Fixtures.RESPONSIBLE).orElseThrow();
        h.office.decide(ids.get(0), Decision.of(Verdict.JUSTIFIED, "Чаралар")).orElseThrow();
        h.office.publishOutcome(ids.get(0), "Негиздүү").orElseThrow();
        Chain.Head checkpoint = h.office.verifyRecords().head();
        h.office.attachReceipt(ids.get(0), codes.get(0).value()).orElseThrow();
        RecordsVerification since = h.office.verifyRecordsSince(checkpoint);
        assertThat(since.discrepancies()).isEmpty();
        assertThat(since.entries()).isEqualTo(1);

        var raw = h.stores.receipts();
        raw.publish(h.school.id(), ids.get(0), "Башка текст");
        raw.attach(h.school.id(), raw.key(h.school.id()).digest(codes.get(1)), ids.get(1));
        assertThat(h.office.verifyRecords().discrepancies()).extracting(d -> d.kind() + " " + d.key() + " " + d.reason())
                .containsExactlyInAnyOrder("RECEIPT outcome/" + ids.get(0).value() + " records.changed",
                        "RECEIPT appeal/" + ids.get(1).value() + " records.unrecorded");
        assertThat(h.office.verifyRecordsSince(checkpoint).discrepancies()).isEmpty();
    }
}
