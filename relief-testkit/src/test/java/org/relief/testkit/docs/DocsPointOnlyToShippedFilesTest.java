package org.relief.testkit.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The requirement documents the project was written from (the rule catalogue, the standards survey,
 * the format and design notes) are not in the repository: no README, doc, Javadoc, comment, case
 * note or shipped provenance may send a user to them. Checked over the root README, docs/, the core,
 * the kit and the rule modules (the reference server is checked in its own build).
 */
class DocsPointOnlyToShippedFilesTest {
    private static final Pattern UNSHIPPED = Pattern.compile("\\b(RULES|STANDARDS|FORMAT|DESIGN|LIFECYCLE)\\.md\\b|/work/shared");

    @Test
    void noFilePointsToADocumentOutsideTheRepository() throws IOException {
        Path root = Path.of("..").toRealPath();
        List<Path> roots = new ArrayList<>(List.of(root.resolve("README.md"), root.resolve("docs"),
                root.resolve("relief-core"), root.resolve("relief-testkit")));
        try (Stream<Path> modules = Files.list(root)) {
            modules.filter(p -> p.getFileName().toString().startsWith("relief-rules-")).forEach(roots::add);
        }
        List<String> found = new ArrayList<>();
        for (Path r : roots) {
            if (!Files.exists(r)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(r)) {
                for (Path f : files.filter(Files::isRegularFile).filter(DocsPointOnlyToShippedFilesTest::isText).toList()) {
                    if (f.toString().contains("/target/") || f.equals(thisFile(root))) {
                        continue;
                    }
                    List<String> lines;
                    try {
                        lines = Files.readAllLines(f);
                    } catch (MalformedInputException e) {
                        continue;
                    }
                    for (int i = 0; i < lines.size(); i++) {
                        if (UNSHIPPED.matcher(lines.get(i)).find()) {
                            found.add(root.relativize(f) + ":" + (i + 1));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found, "point to the project's docs (docs/case-format.md, docs/standard-keys.md) or cite"
                + " the policy document by number and clause instead");
    }

    private static Path thisFile(Path root) {
        return root.resolve("relief-testkit/src/test/java/org/relief/testkit/docs/DocsPointOnlyToShippedFilesTest.java");
    }

    private static boolean isText(Path f) {
        String n = f.getFileName().toString();
        return n.endsWith(".md") || n.endsWith(".java") || n.endsWith(".json") || n.endsWith(".csv") || n.endsWith(".xml")
                || n.endsWith(".txt");
    }
}
