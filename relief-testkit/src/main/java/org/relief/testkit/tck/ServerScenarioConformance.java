package org.relief.testkit.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import org.relief.core.engine.RuleModules;
import org.relief.testkit.junit.ReliefScenarios;
import org.relief.testkit.runner.CaseResult;
import org.relief.testkit.runner.HttpTransport;
import org.relief.testkit.scenarios.HttpScenarioTransport;
import org.relief.testkit.scenarios.ScenarioEntry;
import org.relief.testkit.scenarios.ScenarioFile;
import org.relief.testkit.scenarios.ScenarioRunner;

/**
 * The HTTP contract of the case lifecycle (the binding of {@code relief-scenarios/1}), for vendors:
 * extend it with the base URL of your running server and a token allowed to act in the scenarios'
 * regions (an administrator's). Every golden scenario must pass over HTTP, step by step, as it
 * passes in process; the server starts with an empty store (no demo data) because the store is
 * shared by the run.
 *
 * <pre>{@code
 * class MyServerScenarioConformanceTest extends ServerScenarioConformance {
 *     @Override protected String baseUrl() { return "http://127.0.0.1:7070"; }
 *     @Override protected Optional<String> token() { return Optional.of(System.getenv("RELIEF_TOKEN")); }
 * }
 * }</pre>
 */
public abstract class ServerScenarioConformance {
    /** The server's base URL, e.g. {@code http://127.0.0.1:7070}. */
    protected abstract String baseUrl();

    /** The bearer token sent with every step (an administrator's, jurisdiction 000000). */
    protected abstract Optional<String> token();

    /** The scenario locations (class-path resources, files or folders); default the national ones of the kit. */
    protected List<String> scenarioLocations() {
        return List.of("/relief-scenarios/national");
    }

    /** The in-process reference (the scenarios must pass there too); default the modules on the class path. */
    protected RuleModules referenceModules() {
        return RuleModules.discover(ServerScenarioConformance.class.getClassLoader());
    }

    /** Every golden scenario, over HTTP and in process. */
    @TestFactory
    Stream<DynamicTest> required_goldenScenariosOverHttpAsInProcess() {
        ScenarioRunner http = new ScenarioRunner(new HttpScenarioTransport(new HttpTransport(baseUrl(), token())));
        ScenarioRunner local = ScenarioRunner.inProcess(referenceModules());
        List<DynamicTest> tests = new ArrayList<>();
        for (String location : scenarioLocations()) {
            for (ScenarioFile f : ReliefScenarios.files(location)) {
                for (ScenarioEntry e : f.entries()) {
                    tests.add(DynamicTest.dynamicTest(f.file() + " › " + e.id(), () -> {
                        CaseResult inProcess = local.run(e);
                        if (!inProcess.passed()) {
                            throw new AssertionFailedError("in process already: " + inProcess.line());
                        }
                        CaseResult remote = http.run(e);
                        assertEquals("", remote.passed() ? "" : remote.line(), "over HTTP");
                    }));
                }
            }
        }
        return tests.stream();
    }
}
