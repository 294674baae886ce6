package org.relief.testkit.tck.broken;

import java.util.Map;
import org.relief.core.spi.RuleModule;
import org.relief.testkit.tck.RuleModuleConformance;

/**
 * The TCK applied to each broken module. The names end in {@code Tck}, so Surefire does not run
 * them itself: {@code BrokenModulesTest} runs them through JUnit's EngineTestKit.
 */
final class BrokenTcks {
    private BrokenTcks() {
    }

    static class NegativeAmountTck extends RuleModuleConformance {
        @Override
        protected RuleModule module() {
            return new BrokenModules.NegativeAmount();
        }
    }

    static class RisingWithIncomeTck extends RuleModuleConformance {
        @Override
        protected RuleModule module() {
            return new BrokenModules.RisingWithIncome();
        }
    }

    static class GuessesUnknownIncomeTck extends RuleModuleConformance {
        @Override
        protected RuleModule module() {
            return new BrokenModules.GuessesUnknownIncome();
        }
    }

    static class SharedStateTck extends RuleModuleConformance {
        @Override
        protected RuleModule module() {
            return new BrokenModules.SharedState();
        }
    }

    static class UncitedTck extends RuleModuleConformance {
        @Override
        protected RuleModule module() {
            return new BrokenModules.Uncited();
        }
    }

    static class NoVersionTck extends RuleModuleConformance {
        @Override
        protected RuleModule module() {
            return new BrokenModules.NoVersion();
        }
    }

    static class NoStandardsTck extends RuleModuleConformance {
        @Override
        protected RuleModule module() {
            return new BrokenModules.NoStandards();
        }

        @Override
        protected Map<String, String> sampleStandards() {
            return Map.of();
        }
    }

    static class BadCalculatorsTck extends RuleModuleConformance {
        @Override
        protected RuleModule module() {
            return new BrokenModules.BadCalculators();
        }
    }
}
