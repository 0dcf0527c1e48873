package kg.trustbox.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kg.trustbox.access.AccessRecord;
import kg.trustbox.access.Purpose;
import kg.trustbox.access.Subject;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.commission.PersonId;
import kg.trustbox.school.SchoolId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-6.1 the access log is hash-chained: a changed, removed or cut record is found, at its place")
class AccessLogChainTest {
    private static final SchoolId SCHOOL = SchoolId.of("s1");

    private static List<AccessRecord> log(int n) {
        List<AccessRecord> list = new ArrayList<>();
        Chain.Head head = new Chain.Head(0, Chain.GENESIS);
        for (int i = 0; i < n; i++) {
            AccessRecord r = AccessRecord.next(head, SCHOOL, Instant.parse("2026-09-01T06:00:00Z").plusSeconds(60L * i),
                    PersonId.of("p" + (i % 3)), AppealId.of(new kg.trustbox.box.ActNumber(2026, 1), i + 1), Subject.IDENTITY, Purpose.CONSIDERATION, i % 2 == 0);
            list.add(r);
            head = r.head();
        }
        return list;
    }

    @Test
    @DisplayName("R-6.1 each field changed alone breaks the chain at that record")
    void eachField() {
        List<AccessRecord> base = log(5);
        Optional<Chain.Head> head = Optional.of(base.get(4).head());
        assertThat(Chain.verify(base, head)).isEqualTo(new Chain.Verification.Intact(5));
        AccessRecord r = base.get(2);
        List<AccessRecord> tampered = List.of(
                new AccessRecord(r.school(), r.sequence(), r.at().plusSeconds(1), r.official(), r.appeals(), r.subject(), r.purpose(),
                        r.withheld(), r.previousHash(), r.hash()),
                new AccessRecord(r.school(), r.sequence(), r.at(), PersonId.of("director"), r.appeals(), r.subject(), r.purpose(),
                        r.withheld(), r.previousHash(), r.hash()),
                new AccessRecord(r.school(), r.sequence(), r.at(), r.official(), List.of(AppealId.of(new kg.trustbox.box.ActNumber(2026, 1), 9)), r.subject(), r.purpose(),
                        r.withheld(), r.previousHash(), r.hash()),
                new AccessRecord(r.school(), r.sequence(), r.at(), r.official(), r.appeals(), Subject.CONTENT, r.purpose(),
                        r.withheld(), r.previousHash(), r.hash()),
                new AccessRecord(r.school(), r.sequence(), r.at(), r.official(), r.appeals(), r.subject(), Purpose.DOCUMENT,
                        r.withheld(), r.previousHash(), r.hash()),
                new AccessRecord(r.school(), r.sequence(), r.at(), r.official(), r.appeals(), r.subject(), r.purpose(),
                        r.allowed() ? r.appeals() : List.of(), r.previousHash(), r.hash()),
                new AccessRecord(r.school(), r.sequence(), r.at(), r.official(), List.of(r.appeal(), AppealId.of(new kg.trustbox.box.ActNumber(2026, 1), 9)),
                        r.subject(), r.purpose(), r.withheld(), r.previousHash(), r.hash()));
        for (AccessRecord t : tampered) {
            List<AccessRecord> l = new ArrayList<>(base);
            l.set(2, t);
            assertThat(Chain.verify(l, head)).isEqualTo(new Chain.Verification.Broken(3, "the content does not match its hash"));
        }
    }

    @Test
    @DisplayName("R-6.1 a cut tail is found at the first missing record; a head moved back with it is not, without an anchor")
    void cutTail() {
        List<AccessRecord> base = log(5);
        Optional<Chain.Head> head = Optional.of(base.get(4).head());
        assertThat(Chain.verify(base.subList(0, 3), head)).isEqualTo(new Chain.Verification.Broken(4,
                "the chain ends at 3 but its head records 5"));
        assertThat(Chain.verify(base, Optional.of(base.get(2).head()))).isEqualTo(new Chain.Verification.Broken(4,
                "the chain ends at 5 but its head records 3"));
        assertThat(Chain.verify(base, Optional.empty())).isEqualTo(new Chain.Verification.Broken(1,
                "the chain ends at 5 but its head records 0"));
        assertThat(Chain.digest("trustbox")).hasSize(64).isEqualTo(Chain.digest("trustbox")).isNotEqualTo(Chain.digest("trustbox "));
    }

    @Test
    @DisplayName("R-6.1 known answers: a read of one appeal is encoded as records always were, a document's read of many with its withheld appeals")
    void knownAnswers() {
        Chain.Head genesis = new Chain.Head(0, Chain.GENESIS);
        AccessRecord one = AccessRecord.next(genesis, kg.trustbox.school.SchoolId.of("school-a"), java.time.Instant.parse("2026-09-01T06:10:00Z"),
                PersonId.of("p1"), new AppealId("2026-1-1"), Subject.IDENTITY, Purpose.REGISTRATION, true);
        AccessRecord many = AccessRecord.next(one.head(), kg.trustbox.school.SchoolId.of("school-a"),
                java.time.Instant.parse("2026-09-01T06:11:00Z"), PersonId.of("d"), List.of(new AppealId("2026-1-1"), new AppealId("2026-1-2")),
                Subject.IDENTITY, Purpose.DOCUMENT, List.of(new AppealId("2026-1-1")));
        assertThat(one.canonical()).isEqualTo("school=school-a\nsequence=1\nat=2026-09-01T06:10:00Z\nofficial=p1\nappeal=2026-1-1\n"
                + "subject=IDENTITY\npurpose=REGISTRATION\nallowed=true\n");
        assertThat(one.hash()).isEqualTo("90cd64b32eafcd3286ece739eddf35ed825433145de2c29c52eb2088b91c4e79");
        assertThat(many.canonical()).isEqualTo("school=school-a\nsequence=2\nat=2026-09-01T06:11:00Z\nofficial=d\n"
                + "appeals=2026-1-1,2026-1-2\nsubject=IDENTITY\npurpose=DOCUMENT\nwithheld=2026-1-1\n");
        assertThat(many.hash()).isEqualTo("ffc75217bdd9e0c8bdc6de9940101d918d1d5d99e3c0b79c48a735659643e449");
        assertThat(Chain.verify(List.of(one, many), java.util.Optional.of(many.head()))).isEqualTo(new Chain.Verification.Intact(2));
    }
}
