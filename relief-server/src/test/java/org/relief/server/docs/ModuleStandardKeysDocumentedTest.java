package org.relief.server.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.LoadedModule;
import org.relief.core.engine.RuleModules;
import org.relief.core.standards.WellKnownStandards;

/**
 * Every standard key a rule module declares or ships, beyond the well-known ones, is described in
 * the project's {@code docs/standard-keys.md} — checked here for every module on the class path (this
 * module sees them all) rather than once in each module's tests.
 */
class ModuleStandardKeysDocumentedTest {
    @Test
    void everyModulesOwnStandardKeysAreDocumented() throws IOException {
        String text = Files.readString(Path.of("../docs/standard-keys.md"));
        List<LoadedModule> modules = RuleModules.discover(getClass().getClassLoader()).all().stream()
                .filter(m -> !m.id().equals("national")).toList();
        assertFalse(modules.isEmpty(), "the rule modules are on the class path");
        for (LoadedModule m : modules) {
            Set<String> own = new TreeSet<>(m.standardKeys().keySet());
            m.standards().entries().forEach(e -> own.add(e.key().name()));
            own.removeIf(k -> WellKnownStandards.of(k).isPresent());
            assertEquals(List.of(), own.stream().filter(k -> !text.contains("`" + k + "`")).toList(),
                    m.id() + ": keys missing from docs/standard-keys.md");
        }
        assertEquals(Set.of("xuchang", "liaocheng", "anhui", "linfen"),
                modules.stream().map(LoadedModule::id).collect(java.util.stream.Collectors.toSet()));
    }
}
