package org.relief.testkit.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/writing-a-rule-module.md starts a module from a copy of relief-rules-xuchang: its step 1 must
 * move every folder named after 许昌 (a folder left behind keeps {@code xuchang} paths the renamed tests
 * no longer find — found by following the guide outside the repository, when the golden-scenario
 * folder had been added to the template but not to the guide), and the files its step 2 keeps must
 * exist in the template. Reads the guide and the template in the source tree, like the other docs tests.
 */
class ModuleGuideFollowsTemplateTest {
    private static final Path ROOT = Path.of("..");
    private static final Path TEMPLATE = ROOT.resolve("relief-rules-xuchang");

    @Test
    void step1MovesEveryFolderNamedAfterTheTemplate() throws IOException {
        String guide = Files.readString(ROOT.resolve("docs/writing-a-rule-module.md"));
        List<String> unmoved = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(TEMPLATE.resolve("src"))) {
            for (Path d : dirs.filter(Files::isDirectory).filter(d -> d.getFileName().toString().equals("xuchang")).toList()) {
                String relative = TEMPLATE.relativize(d).toString().replace('\\', '/');
                if (!guide.contains("mv " + relative + " ")) {
                    unmoved.add(relative);
                }
            }
        }
        assertEquals(List.of(), unmoved, "step 1 of the module guide must mv each of these folders");
    }

    @Test
    void step2KeepsFilesTheTemplateHas() throws IOException {
        String guide = Files.readString(ROOT.resolve("docs/writing-a-rule-module.md"));
        Matcher kept = Pattern.compile("! -name (\\w+\\.java)").matcher(guide);
        List<String> names = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        while (kept.find()) {
            String name = kept.group(1).replace("Shijiazhuang", "Xuchang");
            names.add(name);
            if (!Files.exists(TEMPLATE.resolve("src/main/java/org/relief/rules/xuchang").resolve(name))
                    && !Files.exists(TEMPLATE.resolve("src/test/java/org/relief/rules/xuchang").resolve(name))) {
                absent.add(name);
            }
        }
        assertEquals(4, names.size(), "step 2 keeps the module and three tests: " + names);
        assertEquals(List.of(), absent, "step 2 of the module guide keeps files the template does not have");
    }
}
