package org.relief.testkit.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.RuleModules;
import org.relief.testkit.runner.CaseResult;
import org.relief.testkit.runner.RunResult;

/** The scenario reader's strictness and the runner's checks (relief-scenarios/1). */
class ScenarioRunnerTest {
    private static final ScenarioRunner RUNNER = ScenarioRunner.inProcess(RuleModules.of());

    private static Map<String, CaseResult> failing() throws Exception {
        RunResult r = RUNNER.run(ScenarioReader.readAll(List.of(Path.of("src/test/resources/scenarios/failing.json"))));
        assertEquals(0, r.passed());
        return r.results().stream().collect(Collectors.toMap(CaseResult::id, x -> x));
    }

    @Test
    void aDifferingExpectationNamesTheStepAndBothValues() throws Exception {
        CaseResult r = failing().get("wrong-notice-end");
        assertEquals("step 4 (propose c1) noticeEnds: expected 2024-03-18, actual 2024-03-17", r.failure());
    }

    @Test
    void aRefusedStepWithoutAnExpectedErrorFails() throws Exception {
        String f = failing().get("refused-unexpectedly").failure();
        assertTrue(f.contains("step 0 (apply c1) error") && f.contains("refused CONSENT_REQUIRED"), f);
    }

    @Test
    void malformedScenariosFailNamingTheJsonPath() throws Exception {
        Map<String, CaseResult> r = failing();
        assertTrue(r.get("typo-in-a-key").failure().contains("scenarios[2].steps[0].housold: unknown key"), r.get("typo-in-a-key").failure());
        assertTrue(r.get("unknown-case").failure().contains("scenarios[3].steps[0].case: no case c9"), r.get("unknown-case").failure());
        assertTrue(r.get("bad-date").failure().contains("scenarios[4].steps[0].date: must be an existing ISO date"), r.get("bad-date").failure());
        assertTrue(r.get("unknown-step").failure().contains("scenarios[5].steps[0].do: unknown step 'approve'"), r.get("unknown-step").failure());
        assertTrue(r.get("bad-expect").failure().contains("scenarios[6].steps[0].expect.monthlyAmount: an amount must be a string"),
                r.get("bad-expect").failure());
    }

    @Test
    void theHttpBodiesAreTheBindingsShapes() throws Exception {
        Scenario s = (Scenario) ScenarioReader.readAll(List.of(Path.of("src/test/resources/scenarios/failing.json")))
                .get(0).entries().get(0);
        ObjectNode publish = ScenarioRunner.body(s, s.steps().get(0), Map.of());
        assertEquals("000000", publish.get("area").asText());
        assertEquals("2024-01-01", publish.get("effectiveFrom").asText());
        assertEquals("2023-12-20", publish.get("published").asText());
        assertEquals("monthly", publish.get("unit").asText());
        assertEquals("scenario wrong-notice-end", publish.get("documentNumber").asText());
        ObjectNode apply = ScenarioRunner.body(s, s.steps().get(1), Map.of());
        assertEquals("c1", apply.get("reference").asText());
        assertTrue(!apply.has("do") && !apply.has("case"));
        ObjectNode accept = ScenarioRunner.body(s, s.steps().get(2), Map.of("c1", "c7"));
        assertEquals("accept", accept.get("do").asText());
        assertTrue(!accept.has("case") && !accept.has("expect"));
    }

    @Test
    void eachScenarioStartsFromAnEmptyStore() throws Exception {
        RunResult twice = RUNNER.run(ScenarioReader.readAll(List.of(Path.of(
                "src/main/resources/relief-scenarios/national/dibao-approved.json"),
                Path.of("src/main/resources/relief-scenarios/national/dibao-approved.json"))));
        assertEquals("2 passed, 0 failed", twice.summary());
    }
}
