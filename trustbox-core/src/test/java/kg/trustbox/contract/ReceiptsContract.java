package kg.trustbox.contract;

import static kg.trustbox.contract.Samples.OTHER;
import static kg.trustbox.contract.Samples.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.Decision;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appeal.Verdict;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.Paper;
import kg.trustbox.outcome.StorageException;
import kg.trustbox.receipt.IssuedBatch;
import kg.trustbox.receipt.IssuedReceipts;
import kg.trustbox.receipt.LookupCounts;
import kg.trustbox.receipt.ReceiptCode;
import kg.trustbox.receipt.ReceiptDigest;
import kg.trustbox.receipt.ReceiptKey;
import kg.trustbox.receipt.ReceiptStatus;
import kg.trustbox.receipt.Receipts;
import kg.trustbox.school.SchoolId;
import kg.trustbox.Regulation;
import kg.trustbox.store.Stores;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.testing.Harness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The {@link Receipts} port's contract, for every store: the key stays, batches and their
 * digests read back, a digest is attached once and an appeal has one, outcomes are replaced, the
 * lookups are counted by day; one school's receipts are not another's; and nothing a store keeps
 * holds a code.
 */
public abstract class ReceiptsContract {
    private static final ActNumber ACT = new ActNumber(2026, 1);
    private static final LocalDate DAY = LocalDate.of(2026, 9, 1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Stores stores;
    private Receipts receipts;

    /** Fresh stores of the implementation under test. */
    protected abstract Stores newStores();

    /**
     * Everything the stores of the last {@link #newStores()} hold now, as text, one line per row
     * or value: searched for codes.
     */
    protected abstract List<String> stored();

    @BeforeEach
    void fresh() {
        stores = newStores();
        receipts = stores.receipts();
    }

    private List<ReceiptDigest> digests(SchoolId school, int n) {
        ReceiptKey key = receipts.key(school);
        return IntStream.range(0, n).mapToObj(i -> key.digest(ReceiptCode.generate(RANDOM))).toList();
    }

    private AppealId appeal(SchoolId school, int line) {
        kg.trustbox.appeal.Appeal a = Samples.withdrawn(school, ACT, line, Appellant.anonymous());
        Samples.add(stores, a);
        return a.id();
    }

    @Test
    @DisplayName("R-3.2 a school's receipt key is made once and stays; another school's key digests the same code differently")
    void key() {
        ReceiptCode code = ReceiptCode.generate(RANDOM);
        ReceiptDigest first = receipts.key(SCHOOL).digest(code);
        assertThat(receipts.key(SCHOOL).digest(code)).isEqualTo(first);
        assertThat(stores.transactions().inTransaction(() -> kg.trustbox.outcome.Outcome.accepted(receipts.key(SCHOOL).digest(code))).orElseThrow())
                .isEqualTo(first);
        assertThat(receipts.key(OTHER).digest(code)).isNotEqualTo(first);
        assertThat(receipts.key(SCHOOL).toString()).doesNotContain(code.value());
    }

    @Test
    @DisplayName("R-3.2 batches read back by number with their digests, sorted; a number or a digest issued twice is refused")
    void batches() {
        List<ReceiptDigest> one = digests(SCHOOL, 3);
        List<ReceiptDigest> two = digests(SCHOOL, 2);
        IssuedBatch first = new IssuedBatch(SCHOOL, 1, DAY, 3);
        IssuedBatch second = new IssuedBatch(SCHOOL, 2, DAY.plusDays(7), 2);
        assertThat(receipts.batches(SCHOOL)).isEmpty();
        receipts.issue(second, two);
        receipts.issue(first, one);
        assertThat(receipts.batches(SCHOOL)).containsExactly(first, second);
        assertThat(receipts.issued(SCHOOL, 1)).containsExactlyElementsOf(one.stream().sorted(java.util.Comparator.comparing(ReceiptDigest::hex)).toList());
        assertThat(receipts.issued(SCHOOL, 2)).containsExactlyInAnyOrderElementsOf(two);
        assertThat(receipts.issued(SCHOOL, 3)).isEmpty();
        assertThat(receipts.isIssued(SCHOOL, one.get(0))).isTrue();
        assertThat(receipts.isIssued(SCHOOL, digests(SCHOOL, 1).get(0))).isFalse();
        assertThatThrownBy(() -> receipts.issue(new IssuedBatch(SCHOOL, 1, DAY, 1), digests(SCHOOL, 1))).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> receipts.issue(new IssuedBatch(SCHOOL, 3, DAY, 1), List.of(one.get(1)))).isInstanceOf(StorageException.class);
        assertThat(receipts.batches(SCHOOL)).containsExactly(first, second);
        assertThat(receipts.issued(SCHOOL, 1)).hasSize(3);
    }

    @Test
    @DisplayName("R-3.2 one school's batches, digests and counts are not another's")
    void schools_apart() {
        List<ReceiptDigest> d = digests(SCHOOL, 1);
        receipts.issue(new IssuedBatch(SCHOOL, 1, DAY, 1), d);
        receipts.count(SCHOOL, DAY, LookupCounts.Result.FOUND);
        assertThat(receipts.batches(OTHER)).isEmpty();
        assertThat(receipts.issued(OTHER, 1)).isEmpty();
        assertThat(receipts.isIssued(OTHER, d.get(0))).isFalse();
        assertThat(receipts.counts(OTHER, DAY)).isEqualTo(LookupCounts.none(DAY));
        receipts.issue(new IssuedBatch(OTHER, 1, DAY, 1), d);
        assertThat(receipts.isIssued(OTHER, d.get(0))).isTrue();
    }

    /** An appeal of the act after {@code ACT}, line 1: one more appeal of the school. */
    private AppealId appealOfTheNextAct() {
        kg.trustbox.appeal.Appeal a = Samples.withdrawn(SCHOOL, new kg.trustbox.box.ActNumber(ACT.year(), ACT.sequence() + 1), 1,
                Appellant.anonymous());
        Samples.add(stores, a);
        return a.id();
    }

    @Test
    @DisplayName("R-3.2 a digest is attached to one appeal once, an appeal has one receipt; both read back each way")
    void attach() {
        List<ReceiptDigest> d = digests(SCHOOL, 3);
        receipts.issue(new IssuedBatch(SCHOOL, 1, DAY, 3), d);
        AppealId a = appeal(SCHOOL, 1);
        AppealId b = appeal(SCHOOL, 2);
        assertThat(receipts.appealOf(SCHOOL, d.get(0))).isEmpty();
        assertThat(receipts.attach(SCHOOL, d.get(0), a)).isTrue();
        assertThat(receipts.attach(SCHOOL, d.get(0), a)).as("again").isFalse();
        assertThat(receipts.attach(SCHOOL, d.get(0), b)).as("to another appeal").isFalse();
        assertThat(receipts.attach(SCHOOL, d.get(1), a)).as("a second receipt").isFalse();
        assertThat(receipts.attach(SCHOOL, d.get(1), b)).isTrue();
        assertThat(receipts.appealOf(SCHOOL, d.get(0))).contains(a);
        assertThat(receipts.appealOf(SCHOOL, d.get(1))).contains(b);
        assertThat(receipts.appealOf(SCHOOL, d.get(2))).isEmpty();
        assertThat(receipts.appealOf(OTHER, d.get(0))).isEmpty();
        assertThat(receipts.receiptOf(SCHOOL, a)).contains(d.get(0));
        assertThat(receipts.receiptOf(OTHER, a)).isEmpty();
        assertThat(receipts.attached(SCHOOL)).isEqualTo(Map.of(a, d.get(0), b, d.get(1)));
        assertThat(receipts.attached(OTHER)).isEmpty();
        AppealId without = appealOfTheNextAct();
        assertThat(receipts.attachedTo(SCHOOL, List.of(b, without))).as("those of the appeals asked that have one")
                .isEqualTo(Map.of(b, d.get(1)));
        assertThat(receipts.attachedTo(SCHOOL, List.of(a, a, b))).isEqualTo(Map.of(a, d.get(0), b, d.get(1)));
        assertThat(receipts.attachedTo(SCHOOL, List.of())).isEmpty();
        assertThat(receipts.attachedTo(OTHER, List.of(a, b))).as("another school's appeals of the same ids").isEmpty();
    }

    @Test
    @DisplayName("R-3.2 a published outcome reads back exactly, multi-line and in Cyrillic, and a later one replaces it")
    void outcomes() {
        AppealId a = appeal(SCHOOL, 1);
        AppealId b = appeal(SCHOOL, 2);
        assertThat(receipts.outcome(SCHOOL, a)).isEmpty();
        receipts.publish(SCHOOL, a, "Комиссия текшерди.\nЧаралар көрүлдү: «жаңы тартип»");
        receipts.publish(SCHOOL, b, "first");
        receipts.publish(SCHOOL, b, "second");
        assertThat(receipts.outcome(SCHOOL, a)).contains("Комиссия текшерди.\nЧаралар көрүлдү: «жаңы тартип»");
        assertThat(receipts.outcome(SCHOOL, b)).contains("second");
        assertThat(receipts.outcome(OTHER, a)).isEmpty();
        assertThat(receipts.outcomes(SCHOOL)).isEqualTo(Map.of(a, "Комиссия текшерди.\nЧаралар көрүлдү: «жаңы тартип»", b, "second"));
        assertThat(receipts.outcomes(OTHER)).isEmpty();
        AppealId without = appealOfTheNextAct();
        assertThat(receipts.outcomesOf(SCHOOL, List.of(b, without))).isEqualTo(Map.of(b, "second"));
        assertThat(receipts.outcomesOf(SCHOOL, List.of())).isEmpty();
        assertThat(receipts.outcomesOf(OTHER, List.of(a, b))).isEmpty();
    }

    @Test
    @DisplayName("R-3.2 lookups are counted by school, day and how they ended")
    void counts() {
        assertThat(receipts.counts(SCHOOL, DAY)).isEqualTo(LookupCounts.none(DAY));
        receipts.count(SCHOOL, DAY, LookupCounts.Result.FOUND);
        receipts.count(SCHOOL, DAY, LookupCounts.Result.NOT_FOUND);
        receipts.count(SCHOOL, DAY, LookupCounts.Result.NOT_FOUND);
        receipts.count(SCHOOL, DAY, LookupCounts.Result.REFUSED);
        receipts.count(SCHOOL, DAY.plusDays(1), LookupCounts.Result.NOT_FOUND);
        assertThat(receipts.counts(SCHOOL, DAY)).isEqualTo(new LookupCounts(DAY, 1, 2, 1));
        assertThat(receipts.counts(SCHOOL, DAY.plusDays(1))).isEqualTo(new LookupCounts(DAY.plusDays(1), 0, 1, 0));
        assertThat(receipts.counts(OTHER, DAY)).isEqualTo(LookupCounts.none(DAY));
    }

    @Test
    @DisplayName("R-3.2 writes in a step that is rejected leave nothing behind")
    void rolled_back() {
        List<ReceiptDigest> d = digests(SCHOOL, 1);
        AppealId a = appeal(SCHOOL, 1);
        receipts.key(SCHOOL);
        kg.trustbox.outcome.Outcome<Object> r = stores.transactions().inTransaction(() -> {
            receipts.issue(new IssuedBatch(SCHOOL, 1, DAY, 1), d);
            receipts.attach(SCHOOL, d.get(0), a);
            receipts.publish(SCHOOL, a, "text");
            receipts.count(SCHOOL, DAY, LookupCounts.Result.FOUND);
            return kg.trustbox.outcome.Outcome.rejected(kg.trustbox.rule.Rule.R_3_2, "receipt.used");
        });
        assertThat(r.isAccepted()).isFalse();
        assertThat(receipts.batches(SCHOOL)).isEmpty();
        assertThat(receipts.appealOf(SCHOOL, d.get(0))).isEmpty();
        assertThat(receipts.outcome(SCHOOL, a)).isEmpty();
        assertThat(receipts.counts(SCHOOL, DAY)).isEqualTo(LookupCounts.none(DAY));
    }

    @Test
    @DisplayName("R-3.2 R-1.4 through the office: issued, attached, looked up, published and purged, no code is stored anywhere, and the receipts still work after the purge")
    void no_code_stored() {
        Harness h = new Harness(stores, Fixtures.school("s1"), Regulation.defaults()).ready();
        List<AppealId> ids = h.openAndSeal(List.of(Paper.from(Appellant.anonymous()), Paper.from(Fixtures.signed("Асанов Бакыт")),
                Paper.from(Appellant.anonymous()))).appeals();
        IssuedReceipts issued = h.office.issueReceipts(5).orElseThrow();
        RegistrationRequest request = RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.COMPLAINT, AppealLanguage.KYRGYZ, "Кыскача");
        for (int i = 0; i < ids.size(); i++) {
            h.office.register(ids.get(i), request).orElseThrow();
            h.office.attachReceipt(ids.get(i), issued.codes().get(i).grouped()).orElseThrow();
        }
        h.office.assign(ids.get(0), Fixtures.RESPONSIBLE).orElseThrow();
        h.office.decide(ids.get(0), Decision.of(Verdict.JUSTIFIED, "Чаралар көрүлдү")).orElseThrow();
        h.office.publishOutcome(ids.get(0), "Комиссия арызды негиздүү деп тапты.").orElseThrow();
        List<ReceiptStatus> seen = new ArrayList<>();
        issued.codes().forEach(c -> seen.add(h.office.lookUpReceipt(c.value())));
        assertThat(seen.get(0)).isEqualTo(new ReceiptStatus.Decided(Verdict.JUSTIFIED, Optional.of("Комиссия арызды негиздүү деп тапты.")));
        assertThat(seen.subList(3, 5)).containsOnly(ReceiptStatus.NOT_FOUND);

        assertThat(h.office.purgePersonalData(ids.get(1))).isTrue();
        assertThat(h.office.lookUpReceipt(issued.codes().get(1).grouped())).isEqualTo(seen.get(1)).isInstanceOf(ReceiptStatus.Registered.class);
        assertThat(h.office.verifyRecords().discrepancies()).isEmpty();
        assertThat(h.office.receiptLookups(h.school.local(h.clock.instant()).toLocalDate())).isEqualTo(
                new LookupCounts(h.school.local(h.clock.instant()).toLocalDate(), 4, 2, 0));

        List<String> text = stored();
        String attached = stores.receipts().receiptOf(h.school.id(), ids.get(0)).orElseThrow().hex();
        assertThat(text).as("the dump reaches the receipts").anyMatch(line -> line.contains(attached));
        assertThat(text).as("and the published outcome").anyMatch(line -> line.contains("Комиссия арызды негиздүү деп тапты."));
        for (ReceiptCode c : issued.codes()) {
            for (String form : List.of(c.value(), c.grouped(), c.value().toLowerCase(Locale.ROOT), c.value().substring(0, 10))) {
                assertThat(text).noneMatch(line -> line.contains(form));
            }
        }
    }
}
