package org.relief.testkit.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.relief.testkit.arch.bad.BadRule;
import org.relief.testkit.fixtures.GoodModule;

/** Each exported rule passes a good module and reports a bad one, with its reason. */
class RuleModuleArchitectureTest {
    private static final JavaClasses GOOD = new ClassFileImporter().importPackagesOf(GoodModule.class);
    private static final JavaClasses BAD = new ClassFileImporter().importPackagesOf(BadRule.class);

    private static String violation(ArchRule rule) {
        AssertionError e = assertThrows(AssertionError.class, () -> rule.check(BAD));
        return e.getMessage();
    }

    @Test
    void goodModulePassesEveryRule() {
        RuleModuleArchitecture.ONLY_JAVA_AND_CORE_API.check(GOOD);
        RuleModuleArchitecture.NO_CORE_INTERNALS.check(GOOD);
        RuleModuleArchitecture.NO_OTHER_RULE_MODULE.check(GOOD);
        RuleModuleArchitecture.NO_FRAMEWORK.check(GOOD);
        RuleModuleArchitecture.NO_CLOCK.check(GOOD);
    }

    @Test
    void frameworkDependencyIsReportedWithTheReason() {
        String m = violation(RuleModuleArchitecture.NO_FRAMEWORK);
        assertTrue(m.contains("ObjectMapper"), m);
        assertTrue(m.contains("because frameworks meet only in the server"), m);
    }

    @Test
    void onlyJavaAndCoreApiReportsFrameworkAndOtherModule() {
        String m = violation(RuleModuleArchitecture.ONLY_JAVA_AND_CORE_API);
        assertTrue(m.contains("com.fasterxml.jackson.databind.ObjectMapper"), m);
        assertTrue(m.contains("org.relief.rules.otherregion.OtherRegionModule"), m);
        assertTrue(m.contains("core's public API"), m);
    }

    @Test
    void anotherRuleModuleIsReported() {
        String m = violation(RuleModuleArchitecture.NO_OTHER_RULE_MODULE);
        assertTrue(m.contains("OtherRegionModule"), m);
        assertTrue(m.contains("rule modules never depend on each other"), m);
    }

    @Test
    void readingTheClockIsReported() {
        String m = violation(RuleModuleArchitecture.NO_CLOCK);
        assertTrue(m.contains("LocalDate.now()"), m);
    }

    @Test
    void theModuleItselfIsItsOwnAllowedDependency() {
        JavaClasses other = new ClassFileImporter().importPackages("org.relief.rules.otherregion");
        RuleModuleArchitecture.ONLY_JAVA_AND_CORE_API.check(other);
        RuleModuleArchitecture.NO_OTHER_RULE_MODULE.check(other);
        assertEquals(1, other.size());
    }
}
