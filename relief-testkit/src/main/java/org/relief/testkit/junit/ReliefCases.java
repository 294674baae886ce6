package org.relief.testkit.junit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.relief.core.engine.RuleModules;
import org.relief.core.spi.RuleModule;
import org.relief.testkit.cases.CaseEntry;
import org.relief.testkit.cases.CaseFile;
import org.relief.testkit.cases.CaseFileException;
import org.relief.testkit.cases.CaseReader;
import org.relief.testkit.runner.CaseResult;
import org.relief.testkit.runner.CaseRunner;
import org.relief.testkit.runner.Difference;

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
        for (Located f : read(location)) {
            for (CaseEntry e : f.file.entries()) {
                tests.add(DynamicTest.dynamicTest(f.file.file() + " › " + e.id(), f.uri, () -> {
                    CaseResult r = runner.run(e);
                    if (!r.passed()) {
                        String expected = String.join("\n", r.differences().stream().map(d -> d.key() + " = " + d.expected()).toList());
                        String actual = String.join("\n", r.differences().stream().map(Difference::actual).toList());
                        throw new AssertionFailedError(r.line(), expected, actual);
                    }
                }));
            }
        }
        return tests.stream();
    }

    private record Located(CaseFile file, URI uri) {
    }

    /** The case files at {@code location} (class-path resource, file or folder), read strictly. */
    public static List<CaseFile> files(String location) {
        return read(location).stream().map(Located::file).toList();
    }

    private static List<Located> read(String location) {
        String resource = location.startsWith("/") ? location.substring(1) : location;
        URL url = resource.isEmpty() ? null : loader().getResource(resource);
        try {
            if (url == null) {
                Path p = Path.of(location);
                if (!Files.exists(p)) {
                    throw new IllegalArgumentException("relief cases: " + location
                            + " is neither a class-path resource nor a file or folder（既不是类路径资源，也不是文件或文件夹）");
                }
                return readUnder(p, location);
            }
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return readUnder(fs.provider().getPath(uri), location);
                }
            }
            return readUnder(Path.of(uri), location);
        } catch (CaseFileException e) {
            throw new IllegalArgumentException("relief cases: " + e.getMessage(), e);
        } catch (IOException | URISyntaxException e) {
            throw new IllegalArgumentException("relief cases: cannot read " + location + ": " + e.getMessage(), e);
        }
    }

    private static List<Located> readUnder(Path root, String location) throws CaseFileException, IOException {
        List<Located> out = new ArrayList<>();
        boolean folder = Files.isDirectory(root);
        for (Path f : CaseReader.files(root)) {
            String name = folder ? trim(location) + "/" + root.relativize(f).toString().replace('\\', '/') : location;
            try (InputStream in = Files.newInputStream(f)) {
                out.add(new Located(CaseReader.read(name, in), "jar".equals(f.toUri().getScheme()) ? null : f.toUri()));
            }
        }
        return out;
    }

    private static String trim(String location) {
        return location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
    }

    private static ClassLoader loader() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return cl != null ? cl : ReliefCases.class.getClassLoader();
    }
}
