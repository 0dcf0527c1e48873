package kg.trustbox.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.AppealLanguage;
import kg.trustbox.appeal.Category;
import kg.trustbox.appeal.RegistrationRequest;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.Paper;
import kg.trustbox.chain.Chain;
import kg.trustbox.commission.Order;
import kg.trustbox.commission.PersonId;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.rule.Rule;
import kg.trustbox.testing.Fixtures;
import kg.trustbox.testing.Harness;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-6.1 only authorised officials read appeals, and every read is recorded")
class AccessPolicyTest {

    @Test
    @DisplayName("R-6.1 property: any official, roles, purpose and category is allowed exactly when the policy says, with one access record either way")
    void policyAndRecord() {
        Harness h = Harness.inMemory().ready();
        List<AppealId> ids = h.openAndSeal(List.of(Paper.from(Fixtures.signed("Асанов Бакыт")), Paper.from(Fixtures.signed("Иванова Анна")),
                Paper.from(Appellant.anonymous()))).appeals();
        h.office.register(ids.get(0), RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.CORRUPTION, AppealLanguage.KYRGYZ, "x")).orElseThrow();
        h.office.register(ids.get(1), RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.SUGGESTION, AppealLanguage.RUSSIAN, "y")).orElseThrow();
        AccessPolicy policy = AccessPolicy.regulationDefault();
        qt().withExamples(300).forAll(lists().of(arbitrary().enumValues(Role.class)).ofSizeBetween(1, 3),
                arbitrary().enumValues(Purpose.class), arbitrary().enumValues(Subject.class),
                org.quicktheories.generators.SourceDSL.integers().between(0, ids.size() * 4 - 1))
                .checkAssert((roles, purpose, subject, n) -> {
                    AppealId id = ids.get(n % ids.size());
                    PersonId who = List.of(Fixtures.CHAIR, Fixtures.RESPONSIBLE, PersonId.of("o1"), Fixtures.DIRECTOR).get(n / ids.size());
                    Official official = new Official(who, EnumSet.copyOf(roles));
                    // the records: the chair is a member, the responsible person a member and responsible, o1 neither;
                    // the host declared d the director and nobody an auditor
                    boolean claimsHold = roles.stream().allMatch(r -> switch (r) {
                        case COMMISSION_MEMBER -> who.equals(Fixtures.CHAIR) || who.equals(Fixtures.RESPONSIBLE);
                        case RESPONSIBLE_PERSON -> who.equals(Fixtures.RESPONSIBLE);
                        case DIRECTOR -> who.equals(Fixtures.DIRECTOR);
                        case AUDITOR -> false;
                    });
                    Category category = h.office.tracking(id).category().orElse(Category.CORRUPTION); // unregistered is most protected
                    int recordsBefore = h.office.accessLog().size();
                    Outcome<?> o = subject == Subject.CONTENT ? h.office.readContent(id, official, purpose)
                            : h.office.readIdentity(id, official, purpose);
                    boolean expected = claimsHold && policy.allows(official, subject, category, purpose);
                    assertThat(o.isAccepted()).isEqualTo(expected);
                    if (!expected) {
                        assertThat(o.rejectionIfAny().orElseThrow().rule()).isEqualTo(Rule.R_6_1);
                    }
                    List<AccessRecord> log = h.office.accessLog();
                    assertThat(log).hasSize(recordsBefore + 1);
                    AccessRecord last = log.get(log.size() - 1);
                    assertThat(last.allowed()).isEqualTo(expected);
                    assertThat(last.appeal()).isEqualTo(id);
                    assertThat(last.official()).isEqualTo(official.id());
                    assertThat(last.purpose()).isEqualTo(purpose);
                    assertThat(last.subject()).isEqualTo(subject);
                });
        assertThat(h.office.verifyAccessLog()).isInstanceOf(Chain.Verification.Intact.class);
    }

    @Test
    @DisplayName("R-6.1 the default: members read all; the director reads content but not a corruption reporter's identity; an auditor nothing")
    void defaults() {
        AccessPolicy p = AccessPolicy.regulationDefault();
        Official director = Official.of(PersonId.of("d"), Role.DIRECTOR);
        assertThat(p.allows(director, Subject.CONTENT, Category.CORRUPTION, Purpose.CONSIDERATION)).isTrue();
        assertThat(p.allows(director, Subject.IDENTITY, Category.CORRUPTION, Purpose.CONSIDERATION)).isFalse();
        assertThat(p.allows(director, Subject.IDENTITY, Category.COMPLAINT, Purpose.ANSWER)).isTrue();
        Official auditor = Official.of(PersonId.of("a"), Role.AUDITOR);
        for (Subject s : Subject.values()) {
            assertThat(p.allows(auditor, s, Category.OTHER, Purpose.STATISTICS)).isFalse();
            assertThat(p.allows(auditor, s, Category.OTHER, Purpose.CONSIDERATION)).isFalse();
        }
        Official member = Official.of(Fixtures.CHAIR, Role.COMMISSION_MEMBER);
        assertThat(p.allows(member, Subject.IDENTITY, Category.CORRUPTION, Purpose.DOCUMENT)).isTrue();
    }

    /** The default policy written out: role, subject, category, purpose, allowed. */
    private static final String[] MATRIX = {
        "COMMISSION_MEMBER IDENTITY CORRUPTION CONSIDERATION yes", "COMMISSION_MEMBER CONTENT COMPLAINT DOCUMENT yes",
        "COMMISSION_MEMBER IDENTITY OTHER STATISTICS no", "RESPONSIBLE_PERSON IDENTITY CORRUPTION ANSWER yes",
        "RESPONSIBLE_PERSON CONTENT CHILD_RIGHTS REGISTRATION yes", "RESPONSIBLE_PERSON CONTENT OTHER STATISTICS no",
        "DIRECTOR CONTENT CORRUPTION CONSIDERATION yes", "DIRECTOR IDENTITY CORRUPTION CONSIDERATION no",
        "DIRECTOR IDENTITY CORRUPTION DOCUMENT no", "DIRECTOR IDENTITY COMPLAINT ANSWER yes", "DIRECTOR IDENTITY SUGGESTION DOCUMENT yes",
        "DIRECTOR CONTENT OTHER STATISTICS no", "AUDITOR CONTENT OTHER CONSIDERATION no", "AUDITOR IDENTITY COMPLAINT ANSWER no",
        "AUDITOR CONTENT CORRUPTION STATISTICS no",
    };

    @Test
    @DisplayName("R-6.1 the default policy is exactly the written-out matrix")
    void matrix() {
        AccessPolicy p = AccessPolicy.regulationDefault();
        for (String row : MATRIX) {
            String[] f = row.split(" ");
            Official o = Official.of(PersonId.of("o"), Role.valueOf(f[0]));
            assertThat(p.allows(o, Subject.valueOf(f[1]), Category.valueOf(f[2]), Purpose.valueOf(f[3]))).as(row)
                    .isEqualTo(f[4].equals("yes"));
        }
    }

    @Test
    @DisplayName("R-6.1 R-3.2 before registration an appeal's author is as protected as a corruption reporter: the director cannot read it")
    void unregisteredIsMostProtected() {
        Harness h = Harness.inMemory().ready();
        AppealId id = h.openAndSeal(List.of(Paper.from(Fixtures.signed("Асанов Бакыт")))).appeals().get(0);
        Official director = Official.of(PersonId.of("d"), Role.DIRECTOR);
        assertThat(h.office.readIdentity(id, director, Purpose.CONSIDERATION).rejectionIfAny()).hasValueSatisfying(r ->
                assertThat(r.rule()).isEqualTo(Rule.R_6_1));
        h.office.register(id, RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.COMPLAINT, AppealLanguage.KYRGYZ, "x")).orElseThrow();
        assertThat(h.office.readIdentity(id, director, Purpose.CONSIDERATION).isAccepted()).isTrue();
        assertThat(h.office.accessLog()).extracting(AccessRecord::allowed).containsExactly(false, true);
    }

    @Test
    @DisplayName("R-6.1 a role the commission's records contradict is refused and recorded: a stranger claiming to be a member reads nothing")
    void claimedRolesAreChecked() {
        Harness h = Harness.inMemory().ready();
        AppealId id = h.openAndSeal(List.of(Paper.from(Fixtures.signed("Асанов Бакыт")))).appeals().get(0);
        h.office.register(id, RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.CORRUPTION, AppealLanguage.KYRGYZ, "x")).orElseThrow();
        var stranger = h.office.readIdentity(id, Official.of(PersonId.of("stranger"), Role.COMMISSION_MEMBER), Purpose.CONSIDERATION)
                .rejectionIfAny().orElseThrow();
        assertThat(stranger.rule()).isEqualTo(Rule.R_6_1);
        assertThat(stranger.key()).isEqualTo("access.roleNotHeld");
        assertThat(stranger.values()).containsExactly("stranger", "COMMISSION_MEMBER", id.value());
        var notResponsible = h.office.readIdentity(id, Official.of(Fixtures.CHAIR, Role.RESPONSIBLE_PERSON), Purpose.CONSIDERATION)
                .rejectionIfAny().orElseThrow();
        assertThat(notResponsible.values()).containsExactly(Fixtures.CHAIR.value(), "RESPONSIBLE_PERSON", id.value());
        assertThat(h.office.readIdentity(id, Official.of(Fixtures.RESPONSIBLE, Role.RESPONSIBLE_PERSON), Purpose.CONSIDERATION)
                .isAccepted()).isTrue();
        assertThat(h.office.accessLog()).extracting(AccessRecord::official, AccessRecord::allowed).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PersonId.of("stranger"), false),
                org.assertj.core.groups.Tuple.tuple(Fixtures.CHAIR, false),
                org.assertj.core.groups.Tuple.tuple(Fixtures.RESPONSIBLE, true));
        assertThat(Official.of(PersonId.of("x"), Role.DIRECTOR).contradictedBy(java.util.Optional.empty(), List.of()))
                .as("an undeclared director").contains(Role.DIRECTOR);
        Declaration declared = new Declaration(PersonId.of("x"), Role.DIRECTOR, new Order("1", LocalDate.of(2026, 8, 1)));
        assertThat(Official.of(PersonId.of("x"), Role.DIRECTOR).contradictedBy(java.util.Optional.empty(), List.of(declared)))
                .as("a declared director").isEmpty();
        assertThat(Official.of(PersonId.of("y"), Role.DIRECTOR).contradictedBy(java.util.Optional.empty(), List.of(declared)))
                .as("someone else's declaration").contains(Role.DIRECTOR);
        assertThat(Official.of(PersonId.of("x"), Role.AUDITOR).contradictedBy(java.util.Optional.empty(), List.of(declared)))
                .as("a declaration is for one role").contains(Role.AUDITOR);
        assertThat(Official.of(Fixtures.CHAIR, Role.COMMISSION_MEMBER).contradictedBy(java.util.Optional.empty(), List.of()))
                .as("no commission, no member").contains(Role.COMMISSION_MEMBER);
        assertThat(new Official(PersonId.of("x"), Set.of()).contradictedBy(java.util.Optional.empty(), List.of()))
                .as("no claim, nothing to contradict").isEmpty();
    }

    @Test
    @DisplayName("R-6.1 the director and auditors are declared once by the host with their order; an undeclared claim is refused and recorded")
    void declaredRoles() {
        Harness h = Harness.inMemory().ready();
        AppealId id = h.openAndSeal(List.of(Paper.from(Fixtures.signed("Асанов Бакыт")))).appeals().get(0);
        h.office.register(id, RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.COMPLAINT, AppealLanguage.KYRGYZ, "x")).orElseThrow();
        Official impostor = Official.of(PersonId.of("new-director"), Role.DIRECTOR);
        var refused = h.office.readIdentity(id, impostor, Purpose.ANSWER).rejectionIfAny().orElseThrow();
        assertThat(refused.key()).isEqualTo("access.roleNotHeld");
        assertThat(refused.values()).containsExactly("new-director", "DIRECTOR", id.value());

        LocalDate today = h.clock.instant().atZone(h.school.zone()).toLocalDate();
        Declaration tomorrow = new Declaration(PersonId.of("new-director"), Role.DIRECTOR, new Order("77-к", today.plusDays(1)));
        assertThat(h.office.declare(tomorrow).isAccepted()).isTrue();
        assertThat(h.office.readIdentity(id, impostor, Purpose.ANSWER).isAccepted()).as("not yet in force").isFalse();
        assertThat(h.office.declare(new Declaration(PersonId.of("new-director"), Role.DIRECTOR, new Order("78-к", today))).isAccepted())
                .isTrue();
        assertThat(h.office.readIdentity(id, impostor, Purpose.ANSWER).isAccepted()).as("declared, in force today").isTrue();
        assertThat(h.office.declare(new Declaration(PersonId.of("new-director"), Role.DIRECTOR, new Order("78-к", today))).isAccepted())
                .as("declaring the same again changes nothing").isTrue();
        assertThat(h.stores.declarations().list(h.school.id())).hasSize(3);
        assertThat(h.office.accessLog()).extracting(AccessRecord::allowed).containsExactly(false, false, true);

        var member = h.office.declare(new Declaration(PersonId.of("someone"), Role.COMMISSION_MEMBER, new Order("79-к", today)));
        assertThat(member.rejectionIfAny()).hasValueSatisfying(r -> {
            assertThat(r.rule()).isEqualTo(Rule.R_6_1);
            assertThat(r.key()).isEqualTo("access.roleNotDeclarable");
        });
        assertThat(h.stores.declarations().list(h.school.id())).hasSize(3);
    }

    @Test
    @DisplayName("R-6.1 a director replaced by a new director's order, or dismissed, reads no identity from the order's date on")
    void declaredRolesEnd() {
        Harness h = Harness.inMemory().ready();
        AppealId id = h.openAndSeal(List.of(Paper.from(Fixtures.signed("Асанов Бакыт")))).appeals().get(0);
        h.office.register(id, RegistrationRequest.of(Fixtures.RESPONSIBLE, Category.COMPLAINT, AppealLanguage.KYRGYZ, "x")).orElseThrow();
        Official old = Official.of(Fixtures.DIRECTOR, Role.DIRECTOR);
        Official next = Official.of(PersonId.of("d2"), Role.DIRECTOR);
        LocalDate today = h.clock.instant().atZone(h.school.zone()).toLocalDate();
        assertThat(h.office.declare(new Declaration(PersonId.of("d2"), Role.DIRECTOR, new Order("90-к", today.plusDays(1)))).isAccepted())
                .isTrue();
        assertThat(h.office.readIdentity(id, old, Purpose.ANSWER).isAccepted()).as("the old director, until the new one's order").isTrue();

        h.clock.advance(java.time.Duration.ofDays(1));
        assertThat(h.office.readIdentity(id, old, Purpose.ANSWER).rejectionIfAny()).as("the old director, replaced")
                .hasValueSatisfying(r -> assertThat(r.key()).isEqualTo("access.roleNotHeld"));
        assertThat(h.office.readIdentity(id, next, Purpose.ANSWER).isAccepted()).as("the new director").isTrue();
        var dismissOld = h.office.declare(Declaration.dismissal(Fixtures.DIRECTOR, Role.DIRECTOR, new Order("91-к", today.plusDays(1))));
        assertThat(dismissOld.rejectionIfAny()).as("nobody can be dismissed from a role he no longer holds").hasValueSatisfying(r -> {
            assertThat(r.rule()).isEqualTo(Rule.R_6_1);
            assertThat(r.key()).isEqualTo("access.notDeclared");
        });
        assertThat(h.office.declare(Declaration.dismissal(PersonId.of("d2"), Role.DIRECTOR, new Order("92-к", today.plusDays(1))))
                .isAccepted()).isTrue();
        assertThat(h.office.readIdentity(id, next, Purpose.ANSWER).isAccepted()).as("the new director, dismissed").isFalse();
        assertThat(h.stores.declarations().list(h.school.id())).extracting(Declaration::kind)
                .containsExactly(Declaration.Kind.APPOINTMENT, Declaration.Kind.APPOINTMENT, Declaration.Kind.DISMISSAL);
        assertThat(h.office.accessLog()).extracting(AccessRecord::allowed).containsExactly(true, false, true, false);
    }

    @Test
    @DisplayName("R-6.1 auditors: each held from the appointment until a dismissal of the same person, a dismissal the same day ends it")
    void auditorsInForce() {
        LocalDate d = LocalDate.of(2026, 9, 1);
        Declaration a = new Declaration(PersonId.of("a"), Role.AUDITOR, new Order("1", d));
        Declaration b = new Declaration(PersonId.of("b"), Role.AUDITOR, new Order("2", d.plusDays(2)));
        Declaration aOut = Declaration.dismissal(PersonId.of("a"), Role.AUDITOR, new Order("3", d.plusDays(5)));
        Declaration aBack = new Declaration(PersonId.of("a"), Role.AUDITOR, new Order("4", d.plusDays(9)));
        Declaration bOutSameDay = Declaration.dismissal(PersonId.of("b"), Role.AUDITOR, new Order("5", d.plusDays(9)));
        List<Declaration> all = List.of(bOutSameDay, aBack, aOut, b, a);
        assertThat(Declaration.inForce(all, d.minusDays(1))).isEmpty();
        assertThat(Declaration.inForce(all, d)).containsExactly(a);
        assertThat(Declaration.inForce(all, d.plusDays(4))).containsExactlyInAnyOrder(a, b);
        assertThat(Declaration.inForce(all, d.plusDays(5))).containsExactly(b);
        assertThat(Declaration.inForce(all, d.plusDays(9))).as("a back; b dismissed").containsExactly(aBack);
        assertThat(Declaration.inForce(List.of(a, Declaration.dismissal(PersonId.of("a"), Role.AUDITOR, new Order("6", d))), d))
                .as("dismissed the day of the appointment").isEmpty();
        assertThat(Declaration.inForce(List.of(a, Declaration.dismissal(PersonId.of("a"), Role.DIRECTOR, new Order("7", d))), d))
                .as("a dismissal ends the one role it names").containsExactly(a);
    }

    @Test
    @DisplayName("R-6.1 a refused read returns no data; an allowed one returns the identity as written")
    void refusedReturnsNothing() {
        Harness h = Harness.inMemory().ready();
        AppealId id = h.openAndSeal(List.of(Paper.from(Fixtures.signed("Асанов Бакыт")))).appeals().get(0);
        Outcome<Appellant> refused = h.office.readIdentity(id, Official.of(PersonId.of("a"), Role.AUDITOR), Purpose.STATISTICS);
        assertThat(refused).isInstanceOf(Outcome.Rejected.class);
        assertThat(refused.rejectionIfAny().orElseThrow().message(java.util.Locale.ROOT)).doesNotContain("Асанов");
        Appellant read = h.office.readIdentity(id, Official.of(Fixtures.CHAIR, Role.COMMISSION_MEMBER), Purpose.ANSWER).orElseThrow();
        assertThat(((Appellant.Signed) read).fullName()).isEqualTo("Асанов Бакыт");
        assertThat(h.office.accessLog()).extracting(AccessRecord::allowed).containsExactly(false, true);
        assertThat(Set.of(h.office.accessLog().get(0).canonical())).allSatisfy(c -> assertThat(c).doesNotContain("Асанов"));
    }
}
