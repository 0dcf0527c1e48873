package kg.trustbox.xlsx;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import kg.trustbox.testing.InternalPackages;

/** The spreadsheet module's shape: one public entry point, no PDF library, no other module's internals. */
@AnalyzeClasses(packages = "kg.trustbox.xlsx", importOptions = ImportOption.DoNotIncludeTests.class)
class XlsxArchitectureTest {

    @ArchTest
    static final ArchRule only_the_entry_point_is_public = classes().that().resideInAPackage("kg.trustbox.xlsx")
            .and().arePublic().and().areTopLevelClasses()
            .should().haveSimpleName("XlsxRegister");

    @ArchTest
    static final ArchRule no_pdf = noClasses().should().dependOnClassesThat().resideInAnyPackage("com.itextpdf..", "kg.trustbox.pdf..");

    @ArchTest
    static final ArchRule no_other_modules_internals = InternalPackages.useNoOtherModulesInternals("kg.trustbox.xlsx");
}
