package org.relief.rules.linfen;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.relief.testkit.arch.RuleModuleArchitecture;

/** The kit's architecture rules for rule modules: only java.* and core's public API. */
@AnalyzeClasses(packages = "org.relief.rules.linfen", importOptions = ImportOption.DoNotIncludeTests.class)
class LinfenArchitectureTest {
    @ArchTest
    static final ArchTests RULES = ArchTests.in(RuleModuleArchitecture.class);
}
