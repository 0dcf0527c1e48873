package kg.trustbox.examples;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import kg.trustbox.testing.InternalPackages;

/** The examples embed the library as a host would: through its API, never its internal packages. */
@AnalyzeClasses(packages = "kg.trustbox.examples", importOptions = ImportOption.DoNotIncludeTests.class)
class ExamplesArchitectureTest {

    @ArchTest
    static final ArchRule through_the_api_only = InternalPackages.useNoOtherModulesInternals("kg.trustbox.examples");
}
