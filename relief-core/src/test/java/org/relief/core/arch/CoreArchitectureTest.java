package org.relief.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;

@AnalyzeClasses(packages = "org.relief.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    /** The allow-list: relief-core is framework-neutral. */
    @ArchTest
    static final ArchRule coreDependsOnlyOnTheJdk = classes().that().resideInAPackage("org.relief.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.relief.core..")
            .because("relief-core is embedded by provincial systems on any framework: JDK only");

    /** The model knows nothing of the engine: values stay plain. */
    @ArchTest
    static final ArchRule modelIsAtTheBottom = classes().that().resideInAPackage("org.relief.core.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.relief.core.model..")
            .because("the domain model is the language every other layer speaks");

    /** The rule above can fail: a class importing a framework is reported (guards against Surefire skipping @ArchTest). */
    @Test
    void theAllowListRuleCanFail() {
        JavaClasses offending = new ClassFileImporter().importClasses(CoreArchitectureTest.class, org.junit.jupiter.api.Test.class);
        ArchRule rule = classes().that().haveSimpleName("CoreArchitectureTest")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.relief.core..");
        assertThrows(AssertionError.class, () -> rule.check(offending));
    }
}
