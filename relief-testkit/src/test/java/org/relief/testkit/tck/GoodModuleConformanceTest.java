package org.relief.testkit.tck;

import java.time.LocalDate;
import java.util.Optional;
import org.relief.core.spi.RuleModule;
import org.relief.testkit.fixtures.GoodModule;

/** The TCK as a regional team uses it: a well-behaved module passes every required check. */
class GoodModuleConformanceTest extends RuleModuleConformance {
    @Override
    protected RuleModule module() {
        return new GoodModule();
    }

    @Override
    protected Optional<String> goldenCases() {
        return Optional.of("/cases/good-module");
    }

    @Override
    protected Optional<LocalDate> ownStandardsDate() {
        return Optional.of(LocalDate.of(2023, 5, 1));
    }
}
