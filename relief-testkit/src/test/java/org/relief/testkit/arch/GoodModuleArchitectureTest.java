package org.relief.testkit.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/**
 * The exported rules as a regional team runs them: {@code @ArchTest} fields, run by Surefire
 * (3.5.4; 3.5.3 silently skipped them) through ArchUnit's JUnit 5 engine.
 */
@AnalyzeClasses(packages = "org.relief.testkit.fixtures", importOptions = ImportOption.OnlyIncludeTests.class)
class GoodModuleArchitectureTest {
    @ArchTest
    static final ArchTests RULE_MODULE = ArchTests.in(RuleModuleArchitecture.class);
}
