package org.relief.rules.xuchang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.relief.testkit.junit.ReliefCases;

/**
 * Every golden case runs exactly once among the module's tests: the TCK's {@code goldenCases()} hook
 * runs them, so no other test factory may run the same folder again (it would show each case twice,
 * under the same name). Runs the test factories of this package (not the other tests) and counts.
 */
class GoldenCasesRunOnceTest {
    private static final String CASES = "/relief-cases/xuchang";

    @Test
    void eachGoldenCaseRunsOnce() {
        PostDiscoveryFilter factoriesOnly = d -> FilterResult.includedIf(d.getSource()
                .filter(s -> s instanceof MethodSource).map(s -> ((MethodSource) s).getJavaMethod()
                        .isAnnotationPresent(TestFactory.class)).orElse(true));
        List<String> names = EngineTestKit.engine("junit-jupiter")
                .selectors(selectPackage(getClass().getPackageName()))
                .filters(ClassNameFilter.excludeClassNamePatterns(GoldenCasesRunOnceTest.class.getName()), factoriesOnly)
                .execute().allEvents().list().stream().filter(e -> e.getType() == EventType.DYNAMIC_TEST_REGISTERED)
                .map(Event::getTestDescriptor).map(t -> t.getDisplayName()).filter(n -> n.startsWith(CASES + "/")).toList();
        Map<String, Long> counts = names.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(Map.of(), counts.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "golden cases run more than once");
        assertEquals(ReliefCases.files(CASES).stream().mapToLong(f -> f.entries().size()).sum(), names.size(),
                "every golden case runs");
    }
}
