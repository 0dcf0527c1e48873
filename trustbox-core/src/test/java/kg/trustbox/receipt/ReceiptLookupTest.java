package kg.trustbox.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kg.trustbox.Regulation;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.Appeals;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.Paper;
import kg.trustbox.outcome.InvalidInputException;
import kg.trustbox.store.Stores;
import kg.trustbox.store.memory.InMemoryStores;
import kg.trustbox.testing.Examples;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.testing.Harness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * lookups by receipt code, as properties: whatever is typed that is not a code attached to
 * this school's appeal finds exactly {@link ReceiptStatus#NOT_FOUND}, after the same work; an
 * attached code, however typed, always finds its appeal's status. Two schools share the stores.
 */
class ReceiptLookupTest {
    /** Every port call of the receipts and the appeals, in order, forwarded to the real stores. */
    private final List<String> calls = new ArrayList<>();
    private final Stores stores = recording(InMemoryStores.create());
    private final Harness one = new Harness(stores, Fixtures.school("s1"), Regulation.defaults()).ready();
    private final Harness two = new Harness(stores, Fixtures.school("s2"), Regulation.defaults()).ready();
    private final TrustBoxOffice office = one.office.withLookupPolicy(today -> true);
    private final Map<String, ReceiptStatus> attached = new java.util.HashMap<>();
    private final List<ReceiptCode> issuedUnattached;
    private final List<ReceiptCode> otherSchools;

    ReceiptLookupTest() {
        List<AppealId> ids = one.openAndSeal(List.of(Paper.from(Appellant.anonymous()), Paper.from(Appellant.anonymous()))).appeals();
        IssuedReceipts issued = one.office.issueReceipts(4).orElseThrow();
        for (int i = 0; i < ids.size(); i++) {
            attached.put(issued.codes().get(i).value(), one.office.attachReceipt(ids.get(i), issued.codes().get(i).value()).orElseThrow());
        }
        issuedUnattached = issued.codes().subList(2, 4);
        AppealId elsewhere = two.openAndSeal(List.of(Paper.from(Appellant.anonymous()))).appeals().get(0);
        IssuedReceipts theirs = two.office.issueReceipts(2).orElseThrow();
        two.office.attachReceipt(elsewhere, theirs.codes().get(0).grouped()).orElseThrow();
        otherSchools = theirs.codes();
    }

    @SuppressWarnings("unchecked")
    private <T> T recorded(Class<T> port, T real) {
        return (T) Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (p, m, args) -> {
            calls.add(port.getSimpleName() + "." + m.getName());
            try {
                return m.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    private Stores recording(Stores s) {
        return new Stores(s.transactions(), s.commissions(), s.boxes(), s.journal(), recorded(Appeals.class, s.appeals()), s.accessLog(),
                s.meetings(), s.reports(), s.declarations(), s.ledger(), recorded(Receipts.class, s.receipts()));
    }

    /** Whether {@code typed} reads as a code attached in school s1. */
    private boolean isAttached(String typed) {
        try {
            return attached.containsKey(ReceiptCode.parse(typed).value());
        } catch (InvalidInputException e) {
            return false;
        }
    }

    private List<String> workOf(String typed) {
        calls.clear();
        ReceiptStatus s = office.lookUpReceipt(typed);
        assertThat(s).isSameAs(ReceiptStatus.NOT_FOUND);
        return List.copyOf(calls);
    }

    private static ReceiptCode code(long seed) {
        try {
            SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
            r.setSeed(seed);
            return ReceiptCode.generate(r);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("R-3.2 property: any text that is not a code attached to this school's appeal finds exactly NotFound")
    void anythingElseIsNotFound() {
        qt().withExamples(Examples.of(300)).forAll(strings().allPossible().ofLengthBetween(0, 24)).assuming(t -> !isAttached(t))
                .checkAssert(t -> assertThat(office.lookUpReceipt(t)).isSameAs(ReceiptStatus.NOT_FOUND));
        String alphabet = ReceiptCode.ALPHABET + "-  abcxyz01IOL";
        qt().withExamples(Examples.of(300)).forAll(strings().betweenCodePoints(0, alphabet.length() - 1).ofLengthBetween(12, 18))
                .checkAssert(s -> {
                    String typed = s.codePoints().mapToObj(c -> String.valueOf(alphabet.charAt(c))).collect(Collectors.joining());
                    if (!isAttached(typed)) {
                        assertThat(office.lookUpReceipt(typed)).isSameAs(ReceiptStatus.NOT_FOUND);
                    }
                });
        qt().withExamples(Examples.of(300)).forAll(longs().all()).checkAssert(seed -> {
            ReceiptCode c = code(seed);
            if (!attached.containsKey(c.value())) {
                assertThat(office.lookUpReceipt(c.grouped())).as("a valid code never attached").isSameAs(ReceiptStatus.NOT_FOUND);
            }
        });
    }

    @Test
    @DisplayName("R-3.2 property: an attached code, in any case, grouped or not, with Cyrillic look-alikes, always finds its appeal's status")
    void attachedIsFound() {
        List<String> codes = new ArrayList<>(attached.keySet());
        codes.sort(null);
        qt().withExamples(Examples.of(100)).forAll(integers().between(0, codes.size() - 1), integers().between(0, 3)).checkAssert((i, form) -> {
            ReceiptCode c = ReceiptCode.parse(codes.get(i));
            String typed = switch (form) {
                case 0 -> c.value();
                case 1 -> c.grouped().toLowerCase(Locale.ROOT);
                case 2 -> " " + c.grouped().replace('-', ' ') + " ";
                default -> c.grouped().replace('A', 'А').replace('K', 'К').replace('M', 'М').replace('P', 'Р').replace('X', 'Х');
            };
            assertThat(office.lookUpReceipt(typed)).isEqualTo(attached.get(c.value())).isNotSameAs(ReceiptStatus.NOT_FOUND);
        });
    }

    @Test
    @DisplayName("R-3.2 a code of another school, attached there or not, is NotFound here and found there")
    void otherSchool() {
        for (ReceiptCode c : otherSchools) {
            assertThat(office.lookUpReceipt(c.grouped())).isSameAs(ReceiptStatus.NOT_FOUND);
        }
        assertThat(two.office.lookUpReceipt(otherSchools.get(0).grouped())).isInstanceOf(ReceiptStatus.Received.class);
        for (ReceiptCode c : issuedUnattached) {
            assertThat(two.office.lookUpReceipt(c.grouped())).isSameAs(ReceiptStatus.NOT_FOUND);
        }
    }

    @Test
    @DisplayName("R-3.2 property: whatever leads to nothing costs the same calls of the stores: garbage, a mistyped code, an unknown one, an issued one not attached, another school's")
    void sameWork() {
        ReceiptCode known = ReceiptCode.parse(attached.keySet().iterator().next());
        char[] swapped = known.value().toCharArray();
        int at = swapped[0] == swapped[1] ? 2 : 0;
        char t = swapped[at];
        swapped[at] = swapped[at + 1];
        swapped[at + 1] = t;
        List<String> expected = workOf("");
        assertThat(expected).containsExactly("Receipts.counts", "Receipts.key", "Receipts.appealOf", "Receipts.count");
        for (String typed : List.of("<script>", "K7Q4M-X2H9P-RAT", new String(swapped), issuedUnattached.get(0).grouped(),
                otherSchools.get(0).grouped(), code(42).value())) {
            assertThat(workOf(typed)).as("the work of a lookup that finds nothing").isEqualTo(expected);
        }
        qt().withExamples(Examples.of(100)).forAll(strings().allPossible().ofLengthBetween(0, 20)).assuming(s -> !isAttached(s))
                .checkAssert(s -> assertThat(workOf(s)).isEqualTo(expected));
    }

    @Test
    @DisplayName("R-3.2 every lookup is counted once by how it ended, and the count never names a code or an appeal")
    void counted() {
        java.time.LocalDate today = one.school.local(one.clock.instant()).toLocalDate();
        LookupCounts before = office.receiptLookups(today);
        office.lookUpReceipt("nothing");
        office.lookUpReceipt(attached.keySet().iterator().next());
        office.lookUpReceipt(otherSchools.get(0).value());
        assertThat(office.receiptLookups(today)).isEqualTo(new LookupCounts(today, before.found() + 1, before.notFound() + 2, 0));
        assertThat(Set.of(LookupCounts.class.getRecordComponents()).stream().map(c -> c.getType().getSimpleName()).toList())
                .doesNotContain("String", "AppealId", "ReceiptDigest");
    }
}
