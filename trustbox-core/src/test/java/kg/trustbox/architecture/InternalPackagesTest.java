package kg.trustbox.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import kg.trustbox.chain.internal.Canonical;
import kg.trustbox.testing.InternalPackages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The two rules every module's architecture test applies catch what they are meant to catch. */
class InternalPackagesTest {

    /** A host's class that reaches into the core's internals, and shows them in its public signature. */
    public static final class Intruder {
        public Canonical canonical() {
            return Canonical.of();
        }
    }

    /** A host's class that keeps to the API. */
    public static final class Guest {
        public String name() {
            return "guest";
        }
    }

    private static JavaClasses classes(Class<?> type) {
        return new ClassFileImporter().importClasses(type);
    }

    @Test
    @DisplayName("a class that uses another module's internal package is reported")
    void foreignInternals() {
        assertThat(InternalPackages.useNoOtherModulesInternals("kg.trustbox.architecture").evaluate(classes(Intruder.class))
                .hasViolation()).isTrue();
        assertThat(InternalPackages.useNoOtherModulesInternals("kg.trustbox.architecture").evaluate(classes(Guest.class))
                .hasViolation()).isFalse();
        assertThat(InternalPackages.useNoOtherModulesInternals("kg.trustbox.chain").evaluate(classes(Canonical.class))
                .hasViolation()).as("a module may use its own internals").isFalse();
    }

    @Test
    @DisplayName("a public signature that shows an internal type is reported")
    void internalsInSignatures() {
        assertThat(InternalPackages.apiShowsNoInternals().evaluate(classes(Intruder.class)).hasViolation()).isTrue();
        assertThat(InternalPackages.apiShowsNoInternals().evaluate(classes(Guest.class)).hasViolation()).isFalse();
    }
}
