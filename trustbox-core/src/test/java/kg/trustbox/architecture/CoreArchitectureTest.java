package kg.trustbox.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import kg.trustbox.testing.InternalPackages;

/** The core stays framework-free and its concept packages free of cycles. */
@AnalyzeClasses(packages = "kg.trustbox", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    // javax.crypto: the JDK's AES-GCM, which keeps identities encrypted (kg.trustbox.keys)
    static final ArchRule core_depends_only_on_the_jdk_bean_validation_and_slf4j = classes()
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "javax.crypto..", "jakarta.validation..", "org.slf4j..", "kg.trustbox..");

    @ArchTest
    static final ArchRule the_api_shows_no_internal_type = InternalPackages.apiShowsNoInternals();

    @ArchTest
    static final ArchRule concept_packages_have_no_cycles = slices().matching("kg.trustbox.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule concepts_do_not_depend_on_the_entry_point = classes()
            .that().resideInAPackage("kg.trustbox.*..")
            .should().onlyDependOnClassesThat().resideOutsideOfPackage("kg.trustbox");

    @ArchTest
    static final ArchRule the_library_reads_the_injected_clock_and_never_sets_one = noClasses()
            .that().resideOutsideOfPackage("kg.trustbox.time..")
            .should().dependOnClassesThat().resideInAPackage("kg.trustbox.time..");

    @ArchTest
    static final ArchRule the_office_parts_are_not_api = classes()
            .that().resideInAPackage("kg.trustbox").and().haveSimpleNameNotEndingWith("Office")
            .and().doNotHaveSimpleName("DocumentViews").and().doNotHaveSimpleName("Regulation").and().doNotHaveSimpleName("OpeningResult")
            .and().doNotHaveSimpleName("package-info")
            .should().notBePublic();
}
