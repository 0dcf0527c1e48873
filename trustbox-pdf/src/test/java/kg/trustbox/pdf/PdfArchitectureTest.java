package kg.trustbox.pdf;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import kg.trustbox.testing.InternalPackages;

/** The renderer's shape: one public entry point, the layouts internal, no other module's internals. */
@AnalyzeClasses(packages = "kg.trustbox.pdf", importOptions = ImportOption.DoNotIncludeTests.class)
class PdfArchitectureTest {

    @ArchTest
    static final ArchRule only_the_entry_point_is_public = classes().that().resideInAPackage("kg.trustbox.pdf")
            .and().arePublic().and().areTopLevelClasses()
            .should().haveSimpleName("PdfDocuments");

    @ArchTest
    static final ArchRule the_api_shows_no_internal_type = InternalPackages.apiShowsNoInternals();

    @ArchTest
    static final ArchRule no_other_modules_internals = InternalPackages.useNoOtherModulesInternals("kg.trustbox.pdf");
}
