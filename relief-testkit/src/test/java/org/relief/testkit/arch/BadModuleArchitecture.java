package org.relief.testkit.arch;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/**
 * The exported rules over the bad fixture. Not a Surefire test (its name does not end in Test):
 * {@link ArchUnitEngineReportsViolationsTest} runs it through EngineTestKit and checks that the
 * violated rules are reported as failures.
 */
@AnalyzeClasses(packages = "org.relief.testkit.arch.bad")
class BadModuleArchitecture {
    @ArchTest
    static final ArchTests RULE_MODULE = ArchTests.in(RuleModuleArchitecture.class);
}
