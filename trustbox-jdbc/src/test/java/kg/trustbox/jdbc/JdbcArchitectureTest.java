package kg.trustbox.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import kg.trustbox.testing.InternalPackages;

/** The adapter's shape: one public entry point, internals apart, no other adapter, no classpath scanning. */
@AnalyzeClasses(packages = "kg.trustbox.jdbc", importOptions = ImportOption.DoNotIncludeTests.class)
class JdbcArchitectureTest {

    @ArchTest
    static final ArchRule only_the_entry_point_is_public = classes().that().resideInAPackage("kg.trustbox.jdbc")
            .and().haveSimpleNameNotEndingWith("package-info")
            .and().areNotNestedClasses()
            .and().doNotHaveSimpleName("JdbiStores")
            .should().notBePublic();

    @ArchTest
    static final ArchRule adapters_are_named_by_their_technology = classes().that().resideInAPackage("kg.trustbox.jdbc")
            .and().implement(kg.trustbox.store.Transactions.class)
            .should().haveSimpleNameStartingWith("Jdbi");

    @ArchTest
    static final ArchRule the_api_shows_no_internal_type = InternalPackages.apiShowsNoInternals();

    /** H2 is optional: one class touches it, so that a PostgreSQL deployment runs without it (see WithoutH2Test). */
    @ArchTest
    static final ArchRule only_h2_pool_touches_h2 = noClasses().that().resideInAPackage("kg.trustbox.jdbc..")
            .and().doNotHaveFullyQualifiedName("kg.trustbox.jdbc.internal.H2Pool")
            .should().dependOnClassesThat().resideInAPackage("org.h2..");

    @ArchTest
    static final ArchRule no_other_modules_internals = InternalPackages.useNoOtherModulesInternals("kg.trustbox.jdbc");

    @ArchTest
    static final ArchRule independent_of_other_adapters = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("kg.trustbox.pdf..", "kg.trustbox.examples..");

    @ArchTest
    static final ArchRule the_postgresql_driver_stays_optional = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.postgresql..");
}
