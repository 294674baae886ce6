package org.relief.rules.anhui;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.relief.core.spi.RuleModule;
import org.relief.testkit.tck.CatalogueCoverage;
import org.relief.testkit.tck.RuleModuleConformance;

/**
 * The module through the conformance kit: the TCK's required checks, its golden cases (shipped in
 * the module's jar under {@code /relief-cases/anhui}, run once, by the TCK's {@code optional_goldenCases}),
 * and every catalogue id accounted for (golden case and test, or README reason).
 */
class AnhuiConformanceTest extends RuleModuleConformance {
    @Override
    protected RuleModule module() {
        return new AnhuiModule();
    }

    @Override
    protected Optional<String> goldenCases() {
        return Optional.of("/relief-cases/anhui");
    }

    @Test
    void everyCatalogueIdIsCovered() {
        Assertions.assertEquals(List.of(), CatalogueCoverage.problems(new AnhuiModule()));
    }
}
