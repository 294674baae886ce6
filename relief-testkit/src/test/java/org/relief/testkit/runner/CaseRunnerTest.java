package org.relief.testkit.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.RuleModules;
import org.relief.testkit.cases.CaseReader;

class CaseRunnerTest {
    private static final Path CASES = Path.of("src/test/resources/cases");

    private static RunResult run(String folder) throws Exception {
        return CaseRunner.inProcess(RuleModules.of()).run(CaseReader.readAll(List.of(CASES.resolve(folder))));
    }

    @Test
    void theKitsOwnCasesPassAgainstTheNationalBaseline() throws Exception {
        RunResult r = run("good");
        assertEquals(List.of(), r.failures().stream().map(CaseResult::line).toList());
        assertEquals("12 passed, 0 failed", r.summary());
    }

    @Test
    void eachDifferingKeyIsListedWithExpectedAndActual() throws Exception {
        RunResult r = run("failing");
        assertEquals("1 passed, 5 failed", r.summary());
        Map<String, CaseResult> byId = r.results().stream().collect(Collectors.toMap(CaseResult::id, x -> x));

        CaseResult amount = byId.get("WRONG-amount-and-line");
        assertEquals(List.of(new Difference("monthlyAmount", "621.00", "620.00"), new Difference("lines.base", "621.00", "620.00")),
                amount.differences().subList(0, 2));
        Difference rules = amount.differences().get(2);
        assertEquals("rulesApplied", rules.key());
        assertTrue(rules.expected().contains("lacking [XX-99]"), rules.toString());
        assertTrue(amount.line().startsWith("src/test/resources/cases/failing/wrong.json: WRONG-amount-and-line: monthlyAmount:"
                + " expected 621.00, actual 620.00"), amount.line());

        CaseResult refused = byId.get("WRONG-unexpected-refusal");
        assertEquals("refused MISSING_STANDARD", refused.differences().get(0).actual());
        assertTrue(refused.line().contains("at standards.dibao.urban.monthly"), refused.line());

        CaseResult typo = byId.get("WRONG-typo-in-member");
        assertTrue(typo.line().contains("cases[2].members[p1].incomez: unknown key 'incomez'"), typo.line());

        assertTrue(byId.get("WRONG-empty-expect").line().contains("cases[3].expect: must list at least one key"));
        assertEquals(List.of(new Difference("error", "INVALID_INPUT", "no refusal (outcome eligible)")),
                byId.get("WRONG-expected-error-not-given").differences());
        assertTrue(byId.get("RIGHT-one-person").passed());
    }

    @Test
    void anImplementationThatThrowsFailsTheCase() throws Exception {
        CaseRunner throwing = new CaseRunner(c -> {
            throw new IllegalStateException("boom");
        });
        RunResult r = throwing.run(CaseReader.readAll(List.of(CASES.resolve("good/refusals.json"))));
        assertEquals(0, r.passed());
        assertTrue(r.results().get(0).line().contains("boom"));
    }
}
