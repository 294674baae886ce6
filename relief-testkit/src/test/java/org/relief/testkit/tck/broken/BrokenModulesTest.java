package org.relief.testkit.tck.broken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.junit.platform.testkit.engine.Events;
import org.relief.core.spi.RuleModule;
import org.relief.testkit.fixtures.GoodModule;
import org.relief.testkit.tck.RuleModuleConformance;

/**
 * The TCK tested against deliberately broken modules through JUnit's EngineTestKit: each fault
 * fails the check named after it, and the failure message names the rule to blame.
 */
class BrokenModulesTest {

    /** Outcome of each TCK method: "passed", "skipped: reason", "failed: message". */
    private static Map<String, String> run(Class<?> tck) {
        Events events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(tck)).execute().allEvents();
        Map<String, String> out = new LinkedHashMap<>();
        for (Event e : events.list()) {
            if (!(e.getTestDescriptor().getSource().orElse(null) instanceof MethodSource m)) {
                continue;
            }
            if (e.getType() == EventType.SKIPPED) {
                out.put(m.getMethodName(), "skipped: " + e.getPayload(String.class).orElse(""));
            } else if (e.getType() == EventType.FINISHED) {
                TestExecutionResult r = e.getPayload(TestExecutionResult.class).orElseThrow();
                String msg = r.getThrowable().map(Throwable::getMessage).orElse("");
                String status = switch (r.getStatus()) {
                    case SUCCESSFUL -> "passed";
                    case ABORTED -> "skipped: " + msg;
                    case FAILED -> "failed: " + msg;
                };
                out.putIfAbsent(m.getMethodName(), status);
            }
        }
        return out;
    }

    private static void assertFails(Map<String, String> results, String check, String... mentions) {
        String r = results.get(check);
        assertTrue(r != null && r.startsWith("failed: "), check + " should fail, was " + r + " — all: " + results);
        for (String s : mentions) {
            assertTrue(r.contains(s), check + " should name " + s + ": " + r);
        }
        assertTrue(r.contains(check), "the message names the check: " + r);
    }

    @Test
    void negativeAmountFailsNamingTheRule() {
        Map<String, String> r = run(BrokenTcks.NegativeAmountTck.class);
        assertFails(r, "required_amountsNeverNegative", "BN-01", "base", "-1.00");
    }

    @Test
    void amountRisingWithIncomeFailsMonotonicityNamingTheRule() {
        Map<String, String> r = run(BrokenTcks.RisingWithIncomeTck.class);
        assertFails(r, "required_dibaoNeverRisesWithIncome", "BR-01", "seed");
        assertEquals("passed", r.get("required_amountsNeverNegative"));
    }

    @Test
    void guessingUnknownIncomeFailsNamingTheRule() {
        Map<String, String> r = run(BrokenTcks.GuessesUnknownIncomeTck.class);
        assertFails(r, "required_unknownIncomesUndetermined", "BG-01", "dibao");
    }

    @Test
    void sharedMutableStateFailsUnderParallelCallsNamingTheRule() {
        Map<String, String> r = run(BrokenTcks.SharedStateTck.class);
        assertFails(r, "required_safeUnderParallelCalls", "BT-01");
        assertEquals("passed", r.get("required_deterministic"), "sequentially the module is deterministic");
    }

    @Test
    void ruleWithoutCitationFailsMetadataNamingTheRule() {
        Map<String, String> r = run(BrokenTcks.UncitedTck.class);
        assertFails(r, "required_metadataComplete", "BC-01", "cite()");
    }

    @Test
    void calculatorsCitingAnotherClauseOrAnsweringWithoutInputFailNamingThem() {
        Map<String, String> r = run(BrokenTcks.BadCalculatorsTck.class);
        assertFails(r, "required_calculatorsDeclared", "broken-clause", "BK-01", "broken-lenient", "[count]");
    }

    @Test
    void blankVersionFailsMetadata() {
        Map<String, String> r = run(BrokenTcks.NoVersionTck.class);
        assertFails(r, "required_metadataComplete", "version()");
    }

    @Test
    void programsRefusedForLackOfStandardsFailNamingTheHook() {
        Map<String, String> r = run(BrokenTcks.NoStandardsTck.class);
        assertFails(r, "required_everyProgramDeterminable", "MISSING_STANDARD", "sampleStandards()", "dibao");
    }

    /** A good module without hooks: every required check passes, optional ones skip naming their hook. */
    static class GoodWithoutHooksTck extends RuleModuleConformance {
        @Override
        protected RuleModule module() {
            return new GoodModule();
        }
    }

    @Test
    void goodModulePassesEveryRequiredCheckAndOptionalOnesSkipNamingTheHook() {
        Map<String, String> r = run(GoodWithoutHooksTck.class);
        Set<String> required = new TreeSet<>();
        r.forEach((k, v) -> {
            if (k.startsWith("required_")) {
                required.add(k);
                assertEquals("passed", v, k);
            }
        });
        assertEquals(Set.of("required_metadataComplete", "required_everyProgramDeterminable",
                "required_dateBeforeValidityRefused", "required_dateAfterValidityRefused", "required_deterministic",
                "required_amountsNeverNegative", "required_dibaoNeverRisesWithIncome", "required_traceCitesDeclaredIds",
                "required_safeUnderParallelCalls", "required_unknownIncomesUndetermined", "required_calculatorsDeclared"), required);
        assertTrue(r.get("optional_goldenCases").startsWith("skipped: ") && r.get("optional_goldenCases").contains("goldenCases()"),
                r.get("optional_goldenCases"));
        assertTrue(r.get("optional_ownStandardsSuffice").contains("ownStandardsDate()"), r.get("optional_ownStandardsSuffice"));
    }
}
