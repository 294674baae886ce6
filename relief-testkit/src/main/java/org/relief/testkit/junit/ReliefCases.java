package org.relief.testkit.junit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.relief.core.engine.RuleModules;
import org.relief.core.spi.RuleModule;
import org.relief.testkit.cases.CaseEntry;
import org.relief.testkit.cases.CaseFile;
import org.relief.testkit.cases.CaseReader;
import org.relief.testkit.runner.CaseRunner;

/**
 * A rule module's golden cases as JUnit 5 dynamic tests, one per case, named {@code file › case id}:
 *
 * <pre>{@code
 * class GoldenCasesTest {
 *     @TestFactory
 *     Stream<DynamicTest> cases() {
 *         return ReliefCases.dynamicTests("/relief-cases/xuchang");
 *     }
 * }
 * }</pre>
 *
 * The location is a class-path resource (a folder or a file, e.g. {@code src/main/resources/relief-cases/xuchang}
 * as {@code /relief-cases/xuchang}, also inside a jar), or else a file-system path. Cases run in-process against the national baseline
 * and the rule modules on the test class path (or the modules given). A failed case fails its test
 * with every difference (expected vs actual); a malformed case fails with its JSON path; a location
 * that cannot be read fails the factory.
 */
public final class ReliefCases {
    private ReliefCases() {
    }

    /** The cases at {@code location}, against the modules on the class path. */
    public static Stream<DynamicTest> dynamicTests(String location) {
        return dynamicTests(location, RuleModules.discover(loader()));
    }

    /** The cases at {@code location}, against exactly these modules (and the national baseline). */
    public static Stream<DynamicTest> dynamicTests(String location, RuleModule... modules) {
        return dynamicTests(location, RuleModules.of(modules));
    }

    /** The cases at {@code location}, against these modules. */
    public static Stream<DynamicTest> dynamicTests(String location, RuleModules modules) {
        return dynamicTests(location, CaseRunner.inProcess(modules));
    }

    /** The cases at {@code location}, through any runner (e.g. over HTTP with an {@code HttpTransport}). */
    public static Stream<DynamicTest> dynamicTests(String location, CaseRunner runner) {
        Objects.requireNonNull(location, "location");
        List<DynamicTest> tests = new ArrayList<>();
        for (GoldenFiles.Located<CaseFile> f : read(location)) {
            for (CaseEntry e : f.file().entries()) {
                tests.add(GoldenFiles.test(f.file().file() + " › " + e.id(), f.uri(), () -> runner.run(e)));
            }
        }
        return tests.stream();
    }

    /** The case files at {@code location} (class-path resource, file or folder), read strictly. */
    public static List<CaseFile> files(String location) {
        return read(location).stream().map(GoldenFiles.Located::file).toList();
    }

    private static List<GoldenFiles.Located<CaseFile>> read(String location) {
        return GoldenFiles.read(location, "relief cases", CaseReader::read);
    }

    private static ClassLoader loader() {
        return GoldenFiles.loader();
    }
}
