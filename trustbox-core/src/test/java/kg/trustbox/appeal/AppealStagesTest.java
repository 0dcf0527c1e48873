package kg.trustbox.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.ActNumber;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.outcome.StorageException;
import kg.trustbox.school.Language;
import kg.trustbox.school.SchoolId;
import kg.trustbox.testing.Examples;
import kg.trustbox.testing.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An appeal's stages: what each step recorded is held by the stage, and a store's
 * flat record of it is taken back only when some lifecycle could have produced it.
 */
class AppealStagesTest {
    private static final SchoolId SCHOOL = SchoolId.of("school-a");
    private static final Instant T = Instant.parse("2026-09-01T06:10:00Z");
    private static final Registration REGISTRATION = new Registration(new RegistrationNumber(2026, 1), T, Fixtures.RESPONSIBLE,
            Category.CORRUPTION, AppealLanguage.KYRGYZ, "кыскача", Optional.empty());

    private static Appeal withdrawn(Appellant appellant) {
        return Appeal.withdrawn(SCHOOL, new Withdrawal(new ActNumber(2026, 1), 1, T), appellant);
    }

    /** One step of the lifecycle, on the value itself. */
    private static Outcome<Appeal> step(Appeal a, int command, int n) {
        Instant at = T.plusSeconds(60L * n);
        return switch (command) {
            case 0 -> a.register(REGISTRATION);
            case 1 -> a.assign(Fixtures.TEACHER);
            case 2 -> a.forward(new Forwarding("Райондук билим берүү бөлүмү", LocalDate.of(2026, 9, 3), "12/" + n));
            case 3 -> a.extend(new Extension(at, "текшерүү", LocalDate.of(2026, 10, 1)));
            case 4 -> a.decide(Decision.of(Verdict.JUSTIFIED, "чаралар"), at);
            case 5 -> a.answer(new Answer(at, Language.KYRGYZ, Channel.LETTER));
            case 6 -> a.closeWithoutAnswer(at);
            default -> a.tag(List.of("тамак-аш"));
        };
    }

    private static Appeal restored(Appeal a) {
        return Appeal.restore(a.school(), a.id(), a.withdrawal(), a.appellant(), a.status(), a.registration(), a.assignee(),
                a.forwardings(), a.extension(), a.decision(), a.decidedAt(), a.answer(), a.closure(), a.tags(), a.revision());
    }

    @Test
    @DisplayName("R-1.5.2 R-4.4 property: every appeal a lifecycle reaches holds what its status needs and reads back from its fields unchanged")
    void stagesHoldWhatTheStatusNeeds() {
        qt().withExamples(Examples.of(400)).forAll(lists().of(integers().between(0, 7)).ofSizeBetween(0, 14),
                integers().between(0, 1)).checkAssert((commands, anonymous) -> {
            Appeal a = withdrawn(anonymous == 1 ? Appellant.anonymous() : Fixtures.signed("Асанов Бакыт"));
            int n = 0;
            for (int command : commands) {
                Outcome<Appeal> next = step(a, command, ++n);
                if (next.isAccepted()) {
                    assertThat(next.orElseThrow().revision()).isEqualTo(a.revision() + 1);
                    a = next.orElseThrow();
                }
                Status s = a.status();
                assertThat(a.registration().isPresent()).isEqualTo(s != Status.WITHDRAWN);
                assertThat(a.assignee().isPresent()).isEqualTo(s != Status.WITHDRAWN && s != Status.REGISTERED);
                if (s == Status.FORWARDED) {
                    assertThat(a.forwardings()).isNotEmpty();
                }
                if (s == Status.WITHDRAWN || s == Status.REGISTERED || s == Status.UNDER_CONSIDERATION) {
                    assertThat(a.forwardings()).isEmpty();
                }
                assertThat(a.decision().isPresent()).isEqualTo(a.decidedAt().isPresent())
                        .isEqualTo(s == Status.DECIDED || s == Status.ANSWERED || s == Status.CLOSED);
                assertThat(a.answer().isPresent()).isEqualTo(s == Status.ANSWERED);
                assertThat(a.closure().isPresent()).isEqualTo(s == Status.CLOSED);
                assertThat(restored(a)).isEqualTo(a);
            }
        });
    }

    @Test
    @DisplayName("R-1.5.2 a forwarded appeal is one that was sent on; deciding it keeps its forwardings and extension")
    void forwardingsAndExtensionSurviveTheDecision() {
        Appeal a = withdrawn(Appellant.anonymous()).register(REGISTRATION).orElseThrow().assign(Fixtures.TEACHER).orElseThrow();
        assertThat(a.status()).isEqualTo(Status.UNDER_CONSIDERATION);
        a = a.forward(new Forwarding("Прокуратура", LocalDate.of(2026, 9, 4), "12/46")).orElseThrow();
        assertThat(a.status()).isEqualTo(Status.FORWARDED);
        a = a.extend(new Extension(T, "текшерүү", LocalDate.of(2026, 10, 1))).orElseThrow();
        Appeal closed = a.decide(Decision.of(Verdict.NOT_JUSTIFIED, "жок"), T).orElseThrow().closeWithoutAnswer(T).orElseThrow();
        assertThat(closed.stage()).isInstanceOf(Stage.Closed.class);
        assertThat(closed.forwardings()).hasSize(1);
        assertThat(closed.extension()).isPresent();
        assertThat(closed.closure()).hasValueSatisfying(c -> assertThat(c.reason()).isEqualTo(Closure.Reason.ANONYMOUS));
        assertThat(closed.extend(new Extension(T, "дагы", LocalDate.of(2026, 10, 2))).rejectionIfAny())
                .hasValueSatisfying(r -> assertThat(r.key()).isEqualTo("appeal.extendNotConsidered"));
    }

    @Test
    @DisplayName("R-4.4 R-1.5.2 a stored record no lifecycle produces is refused with a storage error that names no person")
    void impossibleRecordsAreRefused() {
        Appeal done = withdrawn(Fixtures.signed("Асанов Бакыт")).register(REGISTRATION).orElseThrow().assign(Fixtures.TEACHER)
                .orElseThrow().decide(Decision.of(Verdict.JUSTIFIED, "чаралар"), T).orElseThrow()
                .answer(new Answer(T, Language.KYRGYZ, Channel.LETTER)).orElseThrow();
        List<Runnable> impossible = List.of(
                // decided without a registration
                () -> Appeal.restore(SCHOOL, done.id(), done.withdrawal(), done.appellant(), Status.DECIDED, Optional.empty(),
                        done.assignee(), List.of(), Optional.empty(), done.decision(), done.decidedAt(), Optional.empty(),
                        Optional.empty(), List.of(), 3),
                // a status that does not match the steps recorded
                () -> Appeal.restore(SCHOOL, done.id(), done.withdrawal(), done.appellant(), Status.REGISTERED, done.registration(),
                        done.assignee(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), List.of(), 2),
                // answered and closed at once
                () -> Appeal.restore(SCHOOL, done.id(), done.withdrawal(), done.appellant(), Status.ANSWERED, done.registration(),
                        done.assignee(), List.of(), Optional.empty(), done.decision(), done.decidedAt(), done.answer(),
                        Optional.of(new Closure(T, Closure.Reason.NO_ADDRESS)), List.of(), 4),
                // a decision without its time
                () -> Appeal.restore(SCHOOL, done.id(), done.withdrawal(), done.appellant(), Status.DECIDED, done.registration(),
                        done.assignee(), List.of(), Optional.empty(), done.decision(), Optional.empty(), Optional.empty(),
                        Optional.empty(), List.of(), 3),
                // forwardings on an appeal nobody considered
                () -> Appeal.restore(SCHOOL, done.id(), done.withdrawal(), done.appellant(), Status.REGISTERED, done.registration(),
                        Optional.empty(), List.of(new Forwarding("Прокуратура", LocalDate.of(2026, 9, 4), "1")), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), 2));
        for (Runnable r : impossible) {
            assertThatThrownBy(r::run).isInstanceOfSatisfying(StorageException.class, e -> {
                assertThat(e.key()).isEqualTo("storage.failed");
                assertThat(e.getMessage()).contains(done.id().toString()).doesNotContain("Асанов");
            });
        }
        assertThat(restored(done)).isEqualTo(done);
    }
}
