package kg.trustbox.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The line between API and implementation, as Jdbi draws it: what a module keeps to itself lives
 * in an {@code internal} package; nothing outside the module uses it, and no public signature of
 * the API shows it. Each module's architecture test applies both rules to its own classes.
 */
public final class InternalPackages {
    private static final String INTERNAL = "..internal..";

    private InternalPackages() {
    }

    /** Classes of {@code module} (a package such as {@code kg.trustbox.jdbc}) use no other module's internals. */
    public static ArchRule useNoOtherModulesInternals(String module) {
        return noClasses().that().resideInAPackage(module + "..")
                .should().dependOnClassesThat(DescribedPredicate.describe("are internal to another module",
                        (JavaClass c) -> c.getPackageName().contains(".internal") && !c.getPackageName().startsWith(module + ".")))
                .because("an internal package is implementation, free to change without notice");
    }

    /** No public or protected member of the API (outside {@code internal}) has an internal type in its signature. */
    public static ArchRule apiShowsNoInternals() {
        return members().that().areDeclaredInClassesThat().resideOutsideOfPackage(INTERNAL)
                .and().areDeclaredInClassesThat().arePublic()
                .and(DescribedPredicate.describe("are public or protected", (JavaMember m) ->
                        m.getModifiers().contains(JavaModifier.PUBLIC) || m.getModifiers().contains(JavaModifier.PROTECTED)))
                .should(new ArchCondition<JavaMember>("show no internal type in their signature") {
                    @Override
                    public void check(JavaMember member, ConditionEvents events) {
                        List<JavaClass> shown = new ArrayList<>();
                        if (member instanceof JavaField f) {
                            shown.add(f.getRawType());
                        }
                        if (member instanceof JavaCodeUnit u) {
                            shown.add(u.getRawReturnType());
                            shown.addAll(u.getRawParameterTypes());
                        }
                        for (JavaClass type : shown) {
                            if (type.getPackageName().contains(".internal")) {
                                events.add(SimpleConditionEvent.violated(member, member.getFullName() + " shows " + type.getName()));
                            }
                        }
                    }
                })
                .allowEmptyShould(true);
    }
}
