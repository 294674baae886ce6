package org.relief.testkit.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Proves that violated {@code @ArchTest} rules are reported as failed tests through ArchUnit's
 * JUnit Platform engine (the path Surefire takes) — a rule that silently passes would hide
 * violations (the Surefire 3.5.3 pitfall).
 */
class ArchUnitEngineReportsViolationsTest {
    @Test
    void violatedRulesAreReportedAsFailures() {
        EngineExecutionResults results = EngineTestKit.engine("archunit").selectors(selectClass(BadModuleArchitecture.class))
                .execute();
        List<Event> failed = results.testEvents().failed().list();
        // ONLY_JAVA_AND_CORE_API, NO_OTHER_RULE_MODULE, NO_FRAMEWORK and NO_CLOCK are violated; NO_CORE_INTERNALS is not.
        assertEquals(4, failed.size(), () -> "failed: " + failed);
        assertEquals(1, results.testEvents().succeeded().count());
        String all = failed.stream().map(e -> e.getTestDescriptor().getDisplayName()).sorted().toList().toString();
        assertTrue(all.contains("NO_FRAMEWORK") && all.contains("NO_CLOCK") && all.contains("NO_OTHER_RULE_MODULE")
                && all.contains("ONLY_JAVA_AND_CORE_API"), all);
    }
}
