package org.relief.testkit.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.relief.core.engine.RuleModules;
import org.relief.testkit.json.JsonAnswer;
import org.relief.testkit.json.PublicationReader;
import org.relief.testkit.runner.CaseResult;
import org.relief.testkit.runner.Difference;
import org.relief.testkit.runner.RunResult;

/**
 * Runs scenarios through a {@link ScenarioTransport}: each scenario's steps in order, each step's
 * answer checked against its {@code expect}; the first step that differs fails the scenario and the
 * rest of it is not run. Results are the kit's {@link CaseResult}s (one per scenario), so the
 * command line and the reports treat scenarios as they treat cases.
 *
 * <pre>{@code
 * RunResult r = ScenarioRunner.inProcess(RuleModules.discover()).run(ScenarioReader.readAll(List.of(Path.of("scenarios"))));
 * System.out.println(r.summary());   // "14 passed, 0 failed"
 * }</pre>
 */
public final class ScenarioRunner {
    private final ScenarioTransport transport;

    /** A runner sending to {@code transport}. */
    public ScenarioRunner(ScenarioTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** A runner in this JVM over these modules. */
    public static ScenarioRunner inProcess(RuleModules modules) {
        return new ScenarioRunner(new InProcessScenarioTransport(modules));
    }

    /** Runs every entry of every file, in order. */
    public RunResult run(List<ScenarioFile> files) {
        List<CaseResult> results = new ArrayList<>();
        for (ScenarioFile f : files) {
            for (ScenarioEntry e : f.entries()) {
                results.add(run(e));
            }
        }
        return new RunResult(results);
    }

    /** Runs one entry: a malformed scenario fails with its message. */
    public CaseResult run(ScenarioEntry entry) {
        if (entry instanceof MalformedScenario m) {
            return new CaseResult(m.file(), m.id(), "?", "?", "?", List.of(), List.of(),
                    Optional.of("malformed scenario（场景格式错误）: " + m.message()), Optional.empty(), Optional.empty());
        }
        Scenario s = (Scenario) entry;
        transport.begin(s);
        Map<String, String> ids = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        JsonAnswer last = null;
        for (ScenarioStep step : s.steps()) {
            ObjectNode body = body(s, step, ids);
            JsonAnswer a;
            try {
                a = transport.send(ScenarioTransport.Route.of(step.code()), step.caseName().map(n -> ids.getOrDefault(n, "")),
                        body);
            } catch (Exception | LinkageError | StackOverflowError x) {
                return result(s, List.of(), Optional.of(step.label() + ": the implementation threw（实现抛出异常）" + x), Optional.empty());
            }
            last = a;
            if (a.status() == 400) {
                return result(s, List.of(), Optional.of(step.label() + ": malformed request, answered 400（请求格式不符）: "
                        + a.body().path("field").asText("") + " " + a.body().path("detailEn").asText("")), Optional.of(a));
            }
            List<Difference> diffs = StepExpectations.check(step, a, n -> ids.getOrDefault(n, ""), names);
            if (!diffs.isEmpty()) {
                List<Difference> labelled = diffs.stream()
                        .map(d -> new Difference(step.label() + " " + d.key(), d.expected(), d.actual())).toList();
                return result(s, labelled, Optional.empty(), Optional.of(a));
            }
            if (step.code().equals("apply") && a.status() < 300 && a.body().path("id").isTextual()) {
                String id = a.body().get("id").textValue();
                ids.put(step.caseName().orElseThrow(), id);
                names.put(id, step.caseName().orElseThrow());
            }
        }
        return result(s, List.of(), Optional.empty(), Optional.ofNullable(last));
    }

    /** The binding's body of a step: the step without {@code do}, {@code case}, {@code grant}, {@code expect} (case steps keep {@code do}). */
    static ObjectNode body(Scenario s, ScenarioStep step, Map<String, String> ids) {
        ObjectNode raw = step.raw().deepCopy();
        raw.remove("case");
        raw.remove("grant");
        switch (step.code()) {
            case "apply" -> {
                raw.remove("do");
                raw.put("reference", step.caseName().orElseThrow());
                return raw;
            }
            case "publish" -> {
                ObjectNode p = raw.objectNode();
                p.put("area", raw.path("region").asText());
                p.put("key", raw.path("key").asText());
                p.put("value", raw.path("value").asText());
                p.put("effectiveFrom", raw.path("from").asText());
                p.put("published", raw.path("date").asText());
                p.put("unit", PublicationReader.unitOf(raw.path("key").asText()));
                p.put("documentNumber", "scenario " + s.id());
                p.put("issuer", "relief-testkit");
                return p;
            }
            case "prices" -> {
                raw.remove("do");
                raw.remove("date");
                return raw;
            }
            case "sample" -> {
                raw.remove("do");
                ArrayNode cases = raw.putArray("cases");
                JsonNode listed = step.raw().get("cases");
                if (listed != null) {
                    listed.forEach(n -> cases.add(ids.getOrDefault(n.asText(), n.asText())));
                } else {
                    ids.values().forEach(cases::add);
                }
                return raw;
            }
            case "grant", "roster" -> {
                raw.remove("do");
                return raw;
            }
            default -> {
                return raw;
            }
        }
    }

    private static CaseResult result(Scenario s, List<Difference> diffs, Optional<String> problem, Optional<JsonAnswer> a) {
        String program = s.steps().stream().map(x -> x.raw().path("program").asText("")).filter(p -> !p.isEmpty())
                .findFirst().orElse("?");
        return new CaseResult(s.file(), s.id(), s.region(), program, s.steps().get(0).raw().path("date").asText("?"),
                s.rules(), diffs, problem, a, s.note());
    }
}
