package kg.trustbox.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.Paper;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.testing.Harness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-1.5.2 appeals are considered, forwarded to a competent body, decided and answered")
class LifecycleTest {

    private enum Command { REGISTER, ASSIGN, FORWARD, EXTEND, DECIDE, ANSWER, CLOSE }

    private static Status target(Command c, Status from) {
        return switch (c) {
            case REGISTER -> Status.REGISTERED;
            case ASSIGN -> Status.UNDER_CONSIDERATION;
            case FORWARD -> Status.FORWARDED;
            case EXTEND -> from;
            case DECIDE -> Status.DECIDED;
            case ANSWER -> Status.ANSWERED;
            case CLOSE -> Status.CLOSED;
        };
    }

    /**
     * The lifecycle of written out, independently of {@link Status#next()}: each row is a
     * state and the states it may move to.
     */
    private static final java.util.Map<Status, java.util.Set<Status>> ALLOWED = java.util.Map.of(
            Status.WITHDRAWN, java.util.Set.of(Status.REGISTERED),
            Status.REGISTERED, java.util.Set.of(Status.UNDER_CONSIDERATION),
            Status.UNDER_CONSIDERATION, java.util.Set.of(Status.FORWARDED, Status.DECIDED),
            Status.FORWARDED, java.util.Set.of(Status.FORWARDED, Status.DECIDED),
            Status.DECIDED, java.util.Set.of(Status.ANSWERED, Status.CLOSED),
            Status.ANSWERED, java.util.Set.of(),
            Status.CLOSED, java.util.Set.of());

    @Test
    @DisplayName("R-1.5.2 the lifecycle is exactly the table: registered goes to consideration only, never straight to a decision")
    void lifecycleTable() {
        for (Status from : Status.values()) {
            for (Status to : Status.values()) {
                assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
        Harness h = Harness.inMemory().ready();
        AppealId id = h.openAndSeal(List.of(Paper.from(Fixtures.signed("Асанов Бакыт")))).appeals().get(0);
        run(h, id, Command.REGISTER).orElseThrow();
        assertThat(run(h, id, Command.DECIDE).rejectionIfAny()).hasValueSatisfying(r -> {
            assertThat(r.rule()).isEqualTo(kg.trustbox.rule.Rule.R_1_5_2);
            assertThat(r.key()).isEqualTo("appeal.illegalMove");
        });
        assertThat(h.office.tracking(id).status()).isEqualTo(Status.REGISTERED);
    }

    private static Outcome<AppealTracking> run(Harness h, AppealId id, Command c) {
        return switch (c) {
            case REGISTER -> h.office.register(id, RegistrationTest.request(Category.COMPLAINT));
            case ASSIGN -> h.office.assign(id, Fixtures.RESPONSIBLE);
            case FORWARD -> h.office.forward(id, new Forwarding("Райондук билим берүү бөлүмү", LocalDate.of(2026, 9, 3), "01-12/345"));
            case EXTEND -> h.office.extend(id, "a check by the district office", LocalDate.of(2026, 9, 30));
            case DECIDE -> h.office.decide(id, Decision.of(Verdict.PARTLY_JUSTIFIED, "Мугалим менен сүйлөшүү өткөрүлдү"));
            case ANSWER -> h.office.answer(id, Channel.LETTER);
            case CLOSE -> h.office.closeWithoutAnswer(id);
        };
    }

    @Test
    @DisplayName("R-1.5.2 property: any sequence of commands follows the allowed graph or is rejected with the appeal unchanged")
    void anySequence() {
        qt().withExamples(kg.trustbox.testing.Examples.of(150)).forAll(lists().of(integers().between(0, Command.values().length - 1)).ofSizeBetween(1, 10),
                integers().between(0, 1)).checkAssert((commands, anonymous) -> {
                    Harness h = Harness.inMemory().ready();
                    Appellant who = anonymous == 1 ? Appellant.anonymous() : Fixtures.signed("Асанов Бакыт");
                    AppealId id = h.openAndSeal(List.of(Paper.from(who))).appeals().get(0);
                    boolean extended = false;
                    for (int ci : commands) {
                        Command c = Command.values()[ci];
                        AppealTracking before = h.office.tracking(id);
                        Outcome<AppealTracking> o = run(h, id, c);
                        Status from = before.status();
                        boolean allowed = c == Command.EXTEND
                                ? !extended && (from == Status.UNDER_CONSIDERATION || from == Status.FORWARDED)
                                : ALLOWED.get(from).contains(target(c, from))
                                        && (c != Command.ANSWER || anonymous == 0)
                                        && (c != Command.CLOSE || anonymous == 1);
                        assertThat(o.isAccepted()).as("%s from %s", c, from).isEqualTo(allowed);
                        if (allowed) {
                            assertThat(h.office.tracking(id).status()).isEqualTo(target(c, from));
                            extended |= c == Command.EXTEND;
                        } else {
                            assertThat(h.office.tracking(id)).isEqualTo(before);
                        }
                        h.clock.advance(Duration.ofHours(1));
                    }
                });
    }

    @Test
    @DisplayName("R-1.5.2 a full path: registered, considered, forwarded twice, decided and answered in the appeal's language")
    void fullPath() {
        Harness h = Harness.inMemory().ready();
        AppealId id = h.openAndSeal(List.of(Paper.from(Fixtures.signed("Иванова Анна")))).appeals().get(0);
        h.office.register(id, RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.CORRUPTION, AppealLanguage.RUSSIAN,
                "Сбор денег на ремонт класса")).orElseThrow();
        h.office.assign(id, Fixtures.RESPONSIBLE).orElseThrow();
        h.office.forward(id, new Forwarding("Управление образования", LocalDate.of(2026, 9, 3), "12")).orElseThrow();
        h.office.forward(id, new Forwarding("Прокуратура района", LocalDate.of(2026, 9, 4), "13")).orElseThrow();
        h.office.decide(id, Decision.of(Verdict.JUSTIFIED, "Сбор денег прекращён")).orElseThrow();
        assertThat(h.office.closeWithoutAnswer(id).rejectionIfAny().orElseThrow().key()).isEqualTo("appeal.mustAnswer");
        assertThat(h.office.answer(id, Channel.EMAIL).rejectionIfAny().orElseThrow().key()).isEqualTo("appeal.noContactForChannel");
        AppealTracking t = h.office.answer(id, Channel.LETTER).orElseThrow();
        assertThat(t.status()).isEqualTo(Status.ANSWERED);
        Appeal stored = h.stores.appeals().find(h.school.id(), id).orElseThrow();
        assertThat(stored.forwardings()).hasSize(2);
        assertThat(stored.answer().orElseThrow().language()).isEqualTo(kg.trustbox.school.Language.RUSSIAN);
    }

    @Test
    @DisplayName("R-1.5.2 an anonymous appeal cannot be answered by letter and is closed without answer")
    void anonymousClosed() {
        Harness h = Harness.inMemory().ready();
        AppealId id = h.openAndSeal(List.of(Paper.from(Appellant.anonymous()))).appeals().get(0);
        h.office.register(id, RegistrationTest.request(Category.CHILD_RIGHTS)).orElseThrow();
        h.office.assign(id, Fixtures.RESPONSIBLE).orElseThrow();
        h.office.decide(id, Decision.leftUnconsidered("Art. 6: no concrete request")).orElseThrow();
        assertThat(h.office.answer(id, Channel.LETTER).rejectionIfAny().orElseThrow().rule()).isEqualTo(kg.trustbox.rule.Rule.R_3_2);
        assertThat(h.office.closeWithoutAnswer(id).orElseThrow().status()).isEqualTo(Status.CLOSED);
        assertThat(h.stores.appeals().find(h.school.id(), id).orElseThrow().closure().orElseThrow().reason())
                .isEqualTo(Closure.Reason.ANONYMOUS);
    }

    @Test
    @DisplayName("R-1.5.2 an answer to an appeal in another language is written in the school's chosen language")
    void answerLanguage() {
        assertThat(AppealLanguage.OTHER.answerLanguage(kg.trustbox.school.Language.RUSSIAN)).isEqualTo(kg.trustbox.school.Language.RUSSIAN);
        assertThat(AppealLanguage.KYRGYZ.answerLanguage(kg.trustbox.school.Language.RUSSIAN)).isEqualTo(kg.trustbox.school.Language.KYRGYZ);
    }
}
