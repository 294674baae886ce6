package org.relief.rules.anhui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.relief.core.spi.RuleModule;
import org.relief.testkit.junit.ReliefCases;
import org.relief.testkit.tck.CatalogueCoverage;
import org.relief.testkit.tck.RuleModuleConformance;

/**
 * The module through the conformance kit: the TCK's required checks, its golden cases as dynamic
 * tests, and every catalogue id accounted for (golden case or scenario and test, or README reason).
 */
class AnhuiConformanceTest extends RuleModuleConformance {
    @Override
    protected RuleModule module() {
        return new AnhuiModule();
    }

    @Override
    protected Optional<String> goldenCases() {
        return Optional.of("/cases/anhui");
    }

    @TestFactory
    Stream<DynamicTest> goldenCasesThroughTheKit() {
        return ReliefCases.dynamicTests("/cases/anhui", new AnhuiModule());
    }

    @Test
    void everyCatalogueIdIsCovered() {
        Assertions.assertEquals(List.of(), CatalogueCoverage.problems(new AnhuiModule(),
                List.of(Path.of("src/test/resources/cases"), Path.of("src/main/resources/relief-scenarios")),
                Path.of("src/test/java"), Path.of("README.md")));
    }
}
