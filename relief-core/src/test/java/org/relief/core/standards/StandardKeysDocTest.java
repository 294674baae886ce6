package org.relief.core.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.relief.core.model.CareSetting;
import org.relief.core.model.Residence;
import org.relief.core.model.SelfCareLevel;

/**
 * {@code docs/standard-keys.md} describes every key the national rules read: its table of
 * well-known keys is generated from {@link WellKnownStandards} and must equal it, and every key the
 * code names ({@link StandardKey} constants, the supplement categories, the tekun variants) must be
 * a well-known key. When the table is out of date this test writes the current one to
 * {@code target/standard-keys.table.md} for copying into the doc.
 */
class StandardKeysDocTest {
    static final Path DOC = Path.of("../docs/standard-keys.md");
    static final String BEGIN = "<!-- BEGIN well-known keys: generated from WellKnownStandards, checked by StandardKeysDocTest -->";
    static final String END = "<!-- END well-known keys -->";

    static String table() {
        StringBuilder b = new StringBuilder("| key | unit | meaning | rules |\n|---|---|---|---|\n");
        for (StandardDefinition d : WellKnownStandards.all()) {
            b.append("| `").append(d.key().name()).append("` | ").append(d.measure().zh()).append(" (")
                    .append(d.measure().en()).append(") | ").append(d.titleZh()).append(" — ").append(d.titleEn())
                    .append(" | ").append(String.join(", ", d.rules())).append(" |\n");
        }
        return b.toString();
    }

    @Test
    void theDocsTableIsTheCodesTable() throws Exception {
        String doc = Files.readString(DOC);
        int from = doc.indexOf(BEGIN);
        int to = doc.indexOf(END);
        assertTrue(from >= 0 && to > from, DOC + " must contain the markers " + BEGIN + " … " + END);
        String inDoc = doc.substring(from + BEGIN.length(), to).strip() + "\n";
        if (!inDoc.equals(table())) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/standard-keys.table.md"), table());
        }
        assertEquals(table(), inDoc, "docs/standard-keys.md is out of date: copy relief-core/target/standard-keys.table.md"
                + " between its markers");
    }

    @Test
    void everyKeyTheCodeNamesIsWellKnown() throws Exception {
        Set<String> used = new TreeSet<>();
        for (Field f : StandardKey.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == StandardKey.class) {
                used.add(((StandardKey) f.get(null)).name());
            }
        }
        StandardKey.SUPPLEMENT_CATEGORIES.forEach(c -> used.add(StandardKey.supplement(c).name()));
        for (Residence r : Residence.values()) {
            used.add(StandardKey.dibao(r).name());
            used.add("tekun.basic." + r.code() + ".monthly");
        }
        for (SelfCareLevel l : SelfCareLevel.values()) {
            used.add("tekun.care." + l.code() + ".monthly");
            for (CareSetting s : CareSetting.values()) {
                used.add("tekun.care." + l.code() + "." + s.code() + ".monthly");
            }
        }
        List<String> undocumented = new ArrayList<>(used);
        undocumented.removeAll(WellKnownStandards.all().stream().map(d -> d.key().name()).collect(Collectors.toSet()));
        assertEquals(List.of(), undocumented, "keys the code reads but WellKnownStandards (and so the doc) lacks");
        String doc = Files.readString(DOC);
        for (String k : used) {
            assertTrue(doc.contains("`" + k + "`"), k + " missing from " + DOC);
        }
    }
}
