package kg.trustbox.benchmarks;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import kg.trustbox.testing.InternalPackages;

/** The benchmarks measure the library as a host uses it: through its API, never its internal packages. */
@AnalyzeClasses(packages = "kg.trustbox.benchmarks", importOptions = ImportOption.DoNotIncludeTests.class)
class BenchmarksArchitectureTest {

    @ArchTest
    static final ArchRule through_the_api_only = InternalPackages.useNoOtherModulesInternals("kg.trustbox.benchmarks");
}
