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
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.relief.testkit.cases.CaseFileException;
import org.relief.testkit.cases.CaseReader;
import org.relief.testkit.runner.CaseResult;
import org.relief.testkit.runner.Difference;

/**
 * Finds golden files (cases or scenarios) at a location: a class-path resource (a folder or a file,
 * also inside a jar), or else a file-system path; and turns a result into a test failure.
 */
final class GoldenFiles {
    /** Reads one file's stream into its parsed form. */
    @FunctionalInterface
    interface Parser<T> {
        T read(String name, InputStream in) throws CaseFileException;
    }

    /** A parsed file and where it is (null for a file inside a jar). */
    record Located<T>(T file, URI uri) {
    }

    private GoldenFiles() {
    }

    static <T> List<Located<T>> read(String location, String what, Parser<T> parser) {
        String resource = location.startsWith("/") ? location.substring(1) : location;
        URL url = resource.isEmpty() ? null : loader().getResource(resource);
        try {
            if (url == null) {
                Path p = Path.of(location);
                if (!Files.exists(p)) {
                    throw new IllegalArgumentException(what + ": " + location
                            + " is neither a class-path resource nor a file or folder（既不是类路径资源，也不是文件或文件夹）");
                }
                return readUnder(p, location, parser);
            }
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return readUnder(fs.provider().getPath(uri), location, parser);
                }
            }
            return readUnder(Path.of(uri), location, parser);
        } catch (CaseFileException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
        } catch (IOException | URISyntaxException e) {
            throw new IllegalArgumentException(what + ": cannot read " + location + ": " + e.getMessage(), e);
        }
    }

    private static <T> List<Located<T>> readUnder(Path root, String location, Parser<T> parser)
            throws CaseFileException, IOException {
        List<Located<T>> out = new ArrayList<>();
        boolean folder = Files.isDirectory(root);
        for (Path f : CaseReader.files(root)) {
            String name = folder ? trim(location) + "/" + root.relativize(f).toString().replace('\\', '/') : location;
            try (InputStream in = Files.newInputStream(f)) {
                out.add(new Located<>(parser.read(name, in), "jar".equals(f.toUri().getScheme()) ? null : f.toUri()));
            }
        }
        return out;
    }

    /** A dynamic test that fails with every difference (expected vs actual) of its result. */
    static DynamicTest test(String name, URI uri, java.util.function.Supplier<CaseResult> run) {
        return DynamicTest.dynamicTest(name, uri, () -> {
            CaseResult r = run.get();
            if (!r.passed()) {
                String expected = String.join("\n", r.differences().stream().map(d -> d.key() + " = " + d.expected()).toList());
                String actual = String.join("\n", r.differences().stream().map(Difference::actual).toList());
                throw new AssertionFailedError(r.line(), expected, actual);
            }
        });
    }

    private static String trim(String location) {
        return location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
    }

    static ClassLoader loader() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return cl != null ? cl : GoldenFiles.class.getClassLoader();
    }
}
