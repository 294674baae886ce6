package org.relief.testkit.junit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.relief.core.engine.RuleModules;
import org.relief.core.spi.RuleModule;
import org.relief.testkit.scenarios.ScenarioEntry;
import org.relief.testkit.scenarios.ScenarioFile;
import org.relief.testkit.scenarios.ScenarioReader;
import org.relief.testkit.scenarios.ScenarioRunner;

/**
 * A module's golden lifecycle scenarios ({@code relief-scenarios/1}) as JUnit 5 dynamic tests, one
 * per scenario, named {@code file › scenario id}:
 *
 * <pre>{@code
 * class GoldenScenariosTest {
 *     @TestFactory
 *     Stream<DynamicTest> scenarios() {
 *         return ReliefScenarios.dynamicTests("/relief-scenarios/liaocheng");
 *     }
 * }
 * }</pre>
 *
 * The location is found as for {@link ReliefCases}. Each scenario runs in-process from an empty
 * store; a failed step fails its test naming the step and every difference.
 */
public final class ReliefScenarios {
    private ReliefScenarios() {
    }

    /** The scenarios at {@code location}, against the modules on the class path. */
    public static Stream<DynamicTest> dynamicTests(String location) {
        return dynamicTests(location, RuleModules.discover(GoldenFiles.loader()));
    }

    /** The scenarios at {@code location}, against exactly these modules (and the national baseline). */
    public static Stream<DynamicTest> dynamicTests(String location, RuleModule... modules) {
        return dynamicTests(location, RuleModules.of(modules));
    }

    /** The scenarios at {@code location}, against these modules. */
    public static Stream<DynamicTest> dynamicTests(String location, RuleModules modules) {
        return dynamicTests(location, ScenarioRunner.inProcess(modules));
    }

    /** The scenario files at {@code location} (class-path resource, file or folder), read strictly. */
    public static List<ScenarioFile> files(String location) {
        return GoldenFiles.read(location, "relief scenarios", ScenarioReader::read).stream().map(GoldenFiles.Located::file).toList();
    }

    /** The scenarios at {@code location}, through any runner (e.g. over HTTP). */
    public static Stream<DynamicTest> dynamicTests(String location, ScenarioRunner runner) {
        Objects.requireNonNull(location, "location");
        List<DynamicTest> tests = new ArrayList<>();
        for (GoldenFiles.Located<ScenarioFile> f : GoldenFiles.read(location, "relief scenarios", ScenarioReader::read)) {
            for (ScenarioEntry e : f.file().entries()) {
                tests.add(GoldenFiles.test(f.file().file() + " › " + e.id(), f.uri(), () -> runner.run(e)));
            }
        }
        return tests.stream();
    }
}
