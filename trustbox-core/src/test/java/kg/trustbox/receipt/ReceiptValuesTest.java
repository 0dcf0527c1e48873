package kg.trustbox.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import kg.trustbox.keys.HostKeys;
import kg.trustbox.keys.KeyProvider;
import kg.trustbox.keys.WrappedKey;
import kg.trustbox.outcome.InvalidInputException;
import kg.trustbox.outcome.KeyException;
import kg.trustbox.school.SchoolId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** the values of receipts: the keyed digest, batches, counts and the lookup policy. */
class ReceiptValuesTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final LocalDate DAY = LocalDate.of(2026, 9, 1);
    private static final SchoolId SCHOOL = SchoolId.of("s1");

    @Test
    @DisplayName("R-3.2 a digest is HMAC-SHA256 of the code under the key: 64 hex characters, the same each time, another under another key")
    void digest() throws Exception {
        HostKeys host = HostKeys.generate();
        WrappedKey wrapped = ReceiptKey.newWrapped(host);
        ReceiptKey key = ReceiptKey.unwrap(wrapped, host);
        ReceiptCode code = ReceiptCode.generate(RANDOM);
        ReceiptDigest d = key.digest(code);
        assertThat(d.hex()).matches("[0-9a-f]{64}");
        assertThat(ReceiptKey.unwrap(wrapped, host).digest(code)).isEqualTo(d);
        assertThat(ReceiptKey.random().digest(code)).isNotEqualTo(d);
        assertThat(key.digest(ReceiptCode.generate(RANDOM))).isNotEqualTo(d);
        assertThat(key.toString()).isEqualTo("ReceiptKey[hidden]");
        assertThat(wrapped.keyId()).isEqualTo(host.currentKeyId());

        // the same computation, independently: HMAC-SHA256 over the domain and the code
        byte[] raw = host.unwrap(wrapped);
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(raw, "HmacSHA256"));
        mac.update("trustbox-receipt/1:".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(d.hex()).isEqualTo(java.util.HexFormat.of().formatHex(mac.doFinal(code.value().getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
    }

    @Test
    @DisplayName("R-3.2 a receipt key has 32 bytes, and one another host key wrapped is not unwrapped")
    void keySize() {
        KeyProvider shortKeys = new KeyProvider() {
            @Override
            public String currentKeyId() {
                return "k";
            }

            @Override
            public WrappedKey wrap(byte[] dataKey) {
                return new WrappedKey("k", dataKey.clone());
            }

            @Override
            public byte[] unwrap(WrappedKey wrapped) {
                return new byte[16];
            }
        };
        assertThatThrownBy(() -> ReceiptKey.unwrap(new WrappedKey("k", new byte[16]), shortKeys)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ReceiptKey.newWrapped(shortKeys).bytes()).hasSize(32);
        assertThatThrownBy(() -> ReceiptKey.unwrap(ReceiptKey.newWrapped(HostKeys.generate()), HostKeys.generate()))
                .isInstanceOf(KeyException.class);
    }

    @Test
    @DisplayName("R-3.2 a digest is 64 lower-case hex characters, nothing else")
    void digestForm() {
        assertThat(new ReceiptDigest("a".repeat(64)).hex()).hasSize(64);
        for (String bad : List.of("a".repeat(63), "a".repeat(65), "A".repeat(64), "g".repeat(64), "")) {
            assertThatThrownBy(() -> new ReceiptDigest(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    @DisplayName("R-3.2 a batch counts 1 to 1,000 forms and is numbered from 1; its codes are as many, all different, and never shown")
    void batches() {
        assertThat(new IssuedBatch(SCHOOL, 1, DAY, 1000).count()).isEqualTo(1000);
        assertThatThrownBy(() -> new IssuedBatch(SCHOOL, 1, DAY, 1001)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new IssuedBatch(SCHOOL, 1, DAY, 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new IssuedBatch(SCHOOL, 0, DAY, 1)).isInstanceOf(InvalidInputException.class);
        ReceiptCode a = ReceiptCode.generate(RANDOM);
        ReceiptCode b = ReceiptCode.generate(RANDOM);
        IssuedBatch two = new IssuedBatch(SCHOOL, 1, DAY, 2);
        IssuedReceipts issued = new IssuedReceipts(two, List.of(a, b));
        assertThat(issued.codes()).containsExactly(a, b);
        assertThat(issued.toString()).doesNotContain(a.value(), a.grouped(), b.value()).contains("number=1");
        assertThatThrownBy(() -> new IssuedReceipts(two, List.of(a))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IssuedReceipts(two, List.of(a, a))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("R-3.2 counts add up by how a lookup ended, and are never negative")
    void counts() {
        LookupCounts c = LookupCounts.none(DAY).plus(LookupCounts.Result.FOUND).plus(LookupCounts.Result.NOT_FOUND)
                .plus(LookupCounts.Result.NOT_FOUND).plus(LookupCounts.Result.REFUSED);
        assertThat(c).isEqualTo(new LookupCounts(DAY, 1, 2, 1));
        assertThat(c.total()).isEqualTo(4);
        assertThatThrownBy(() -> new LookupCounts(DAY, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LookupCounts(DAY, 0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LookupCounts(DAY, 0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("R-3.2 the policy per day allows up to its limits of lookups that found nothing and of all lookups, and no further")
    void policy() {
        LookupPolicy p = LookupPolicy.perDay(2, 5);
        assertThat(p.allows(new LookupCounts(DAY, 0, 1, 0))).isTrue();
        assertThat(p.allows(new LookupCounts(DAY, 0, 2, 0))).isFalse();
        assertThat(p.allows(new LookupCounts(DAY, 3, 1, 0))).isTrue();
        assertThat(p.allows(new LookupCounts(DAY, 3, 1, 1))).isFalse();
        assertThat(p.allows(new LookupCounts(DAY, 4, 0, 0))).isTrue();
        assertThat(p.allows(new LookupCounts(DAY, 5, 0, 0))).isFalse();
        LookupPolicy generous = LookupPolicy.generous();
        assertThat(generous.allows(new LookupCounts(DAY, 0, 999, 0))).isTrue();
        assertThat(generous.allows(new LookupCounts(DAY, 0, 1000, 0))).isFalse();
        assertThat(generous.allows(new LookupCounts(DAY, 18_999, 0, 1000))).isTrue();
        assertThat(generous.allows(new LookupCounts(DAY, 19_000, 0, 1000))).isFalse();
        assertThat(LookupPolicy.perDay(0, 0).allows(LookupCounts.none(DAY))).isFalse();
        assertThatThrownBy(() -> LookupPolicy.perDay(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LookupPolicy.perDay(0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("R-3.2 a status holds no absent value")
    void statuses() {
        assertThatThrownBy(() -> new ReceiptStatus.Received(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ReceiptStatus.Registered(null, DAY)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ReceiptStatus.UnderConsideration(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ReceiptStatus.Forwarded("body", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ReceiptStatus.Decided(null, java.util.Optional.empty())).isInstanceOf(NullPointerException.class);
    }
}
