package org.relief.testkit.tck;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.relief.core.engine.LoadedModule;
import org.relief.core.engine.RuleModules;
import org.relief.core.spi.Citation;
import org.relief.core.spi.RuleModule;
import org.relief.testkit.json.ReliefJson;

/**
 * Checks that every catalogue id a module declares is accounted for (issue "every id → class →
 * tests"): an id the engine applies ({@link Citation.Kind#DETERMINATION}) needs a golden case that
 * lists it in {@code rules} and a test method naming it ({@code LC04_…}); a procedure id
 * ({@link Citation.Kind#PROCEDURE}) a golden scenario listing it and a test method; a calculator id needs a
 * test method naming it; a not-computable id needs a line of the module's README naming it and
 * saying "not computable". Plain Java: call it from a JUnit test of the module.
 *
 * <pre>{@code
 * @Test void everyCatalogueIdIsCovered() {
 *     assertEquals(List.of(), CatalogueCoverage.problems(new LiaochengModule()));
 * }
 * }</pre>
 *
 * The one-argument form reads the module's own layout, relative to the module's folder (the working
 * directory of its tests): golden cases in {@value #CASES_ROOT}{@code <module id>} (they ship in the
 * module's jar), tests in {@code src/test/java}, and {@code README.md}.
 */
public final class CatalogueCoverage {
    private static final Pattern TEST_METHOD = Pattern.compile("void\\s+(\\w+)\\s*\\(");

    /** Where a module keeps its golden cases, followed by its id: they travel in its jar as {@code /relief-cases/<id>}. */
    public static final String CASES_ROOT = "src/main/resources/relief-cases/";
    /** Where a module keeps its golden lifecycle scenarios: {@code /relief-scenarios/<id>} in its jar. */
    public static final String SCENARIOS_ROOT = "src/main/resources/relief-scenarios/";

    private CatalogueCoverage() {
    }

    /**
     * {@link #problems(RuleModule, Path, Path, Path)} for the module's own layout: cases in
     * {@code src/main/resources/relief-cases/<id>}, scenarios (when there are any) in
     * {@code src/main/resources/relief-scenarios/<id>}, tests in {@code src/test/java}, {@code README.md}.
     */
    public static List<String> problems(RuleModule module) {
        List<Path> golden = new java.util.ArrayList<>(List.of(Path.of(CASES_ROOT + module.id())));
        Path scenarios = Path.of(SCENARIOS_ROOT + module.id());
        if (Files.isDirectory(scenarios)) {
            golden.add(scenarios);
        }
        return problems(module, golden, Path.of("src/test/java"), Path.of("README.md"));
    }

    /** The problems found, one line per id ("LC-04: no golden case lists it"); empty when all is covered. */
    public static List<String> problems(RuleModule module, Path casesDir, Path testSources, Path readme) {
        return problems(module, List.of(casesDir), testSources, readme);
    }

    /**
     * {@link #problems(RuleModule, Path, Path, Path)} over several folders of golden files: the
     * {@code rules} of every case ({@code relief-cases/1}) and scenario ({@code relief-scenarios/1}) in them count.
     */
    public static List<String> problems(RuleModule module, List<Path> goldenDirs, Path testSources, Path readme) {
        LoadedModule loaded = RuleModules.of(module).byId(module.id()).orElseThrow();
        Set<String> inCases = new HashSet<>();
        goldenDirs.forEach(d -> inCases.addAll(idsInCases(d)));
        Set<String> methodNames = testMethodNames(testSources);
        String readmeText = read(readme);
        List<String> problems = new ArrayList<>();
        for (Citation c : loaded.catalogue().values().stream().sorted(java.util.Comparator.comparing(Citation::ruleId)).toList()) {
            String id = c.ruleId();
            boolean named = methodNames.stream().anyMatch(m -> namesId(m, id));
            switch (c.kind()) {
                case DETERMINATION -> {
                    if (!inCases.contains(id)) {
                        problems.add(id + ": no golden case lists it in \"rules\"（没有黄金案例）");
                    }
                    if (!named) {
                        problems.add(id + ": no test method names it, e.g. " + id.replace("-", "") + "_…（没有以其命名的测试）");
                    }
                }
                case PROCEDURE -> {
                    if (!inCases.contains(id)) {
                        problems.add(id + ": procedure rule without a golden scenario listing it in \"rules\"（没有黄金场景）");
                    }
                    if (!named) {
                        problems.add(id + ": no test method names it, e.g. " + id.replace("-", "") + "_…（没有以其命名的测试）");
                    }
                }
                case CALCULATOR -> {
                    if (!named) {
                        problems.add(id + ": calculator without a test method naming it（计算器缺少测试）");
                    }
                }
                case NOT_COMPUTABLE -> {
                    boolean explained = readmeText.lines().anyMatch(l -> l.contains(id)
                            && l.toLowerCase(java.util.Locale.ROOT).contains("not computable"));
                    if (!explained) {
                        problems.add(id + ": not computable, but no README line names it with the reason（README 未说明）");
                    }
                }
            }
        }
        return problems;
    }

    /** Whether a method name names the id: {@code LC04} (or {@code LC_04}) as a whole word between underscores. */
    static boolean namesId(String method, String id) {
        String[] parts = id.split("-");
        return Pattern.compile("(^|_)" + parts[0] + "_?" + parts[1] + "(_|$)").matcher(method).find();
    }

    private static Set<String> idsInCases(Path dir) {
        Set<String> ids = new HashSet<>();
        for (Path f : files(dir, ".json")) {
            try {
                JsonNode root = ReliefJson.parse(Files.readString(f));
                for (String list : List.of("cases", "scenarios")) {
                    for (JsonNode c : root.path(list)) {
                        c.path("rules").forEach(r -> ids.add(r.asText()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(f + ": " + e.getMessage(), e);
            }
        }
        return ids;
    }

    private static Set<String> testMethodNames(Path dir) {
        Set<String> names = new HashSet<>();
        for (Path f : files(dir, ".java")) {
            Matcher m = TEST_METHOD.matcher(read(f));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a directory: " + dir.toAbsolutePath());
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f.toAbsolutePath(), e);
        }
    }
}
