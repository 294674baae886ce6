package org.relief.testkit.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The kit's own layering: JUnit stays optional, so the server can reuse the json package. */
@AnalyzeClasses(packages = "org.relief.testkit", importOptions = ImportOption.DoNotIncludeTests.class)
class KitArchitectureTest {
    @ArchTest
    static final ArchRule JSON_RUNNER_AND_CLI_WITHOUT_JUNIT = noClasses()
            .that().resideInAnyPackage("org.relief.testkit.json..", "org.relief.testkit.cases..",
                    "org.relief.testkit.runner..", "org.relief.testkit.report..", "org.relief.testkit.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.junit..", "org.opentest4j..", "com.tngtech..")
            .because("JUnit and ArchUnit are optional dependencies of the kit: the server reuses the json package and"
                    + " the CLI jar ships without them");

    @ArchTest
    static final ArchRule JSON_KNOWS_ONLY_CORE_AND_JACKSON = noClasses()
            .that().resideInAPackage("org.relief.testkit.json..")
            .should().dependOnClassesThat().resideInAnyPackage("org.relief.testkit.cases..", "org.relief.testkit.runner..",
                    "org.relief.testkit.cli..", "org.relief.testkit.report..", "org.relief.testkit.junit..",
                    "org.relief.testkit.tck..", "org.relief.testkit.arch..")
            .because("the json package is the one mapping of the shapes of docs/case-format.md, shared with the server");

    @ArchTest
    static final ArchRule NO_CORE_INTERNALS = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.relief.core..internal..")
            .because("the kit depends on core's public API only");
}
