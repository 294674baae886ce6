package org.relief.testkit.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relief.core.model.AdminCode;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Citation;
import org.relief.core.spi.RuleModule;
import org.relief.core.spi.RuleRegistrar;
import org.relief.core.spi.Slots;
import org.relief.core.spi.Validity;

class CatalogueCoverageTest {
    static final RuleModule TOY = new RuleModule() {
        public String id() { return "toy"; }
        public String version() { return "1"; }
        public String name() { return "玩具"; }
        public Set<AdminCode> adminCodes() { return Set.of(AdminCode.of("411000")); }
        public Validity validity() { return Validity.from(LocalDate.of(2021, 1, 1)); }
        public void register(RuleRegistrar r) {
            r.cite(Citation.determination("TY-01", "玩具〔2021〕1号", "一", "规则一"))
                    .cite(Citation.calculator("TY-02", "玩具〔2021〕1号", "二", "计算器"))
                    .cite(Citation.notComputable("TY-03", "玩具〔2021〕1号", "三", "组织要求"))
                    .rule(Slots.DIBAO_EXTRA_LINES, "TY-01", e -> Applied.notApplicable());
        }
    };

    @Test
    void reportsEveryUncoveredId(@TempDir Path dir) throws Exception {
        Path cases = Files.createDirectories(dir.resolve("cases"));
        Path tests = Files.createDirectories(dir.resolve("java"));
        Path readme = Files.writeString(dir.resolve("README.md"), "# toy\n");
        List<String> problems = CatalogueCoverage.problems(TOY, cases, tests, readme);
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("TY-01: no golden case"));
        assertTrue(problems.get(2).startsWith("TY-02: calculator"));
        assertTrue(problems.get(3).startsWith("TY-03: not computable"));
    }

    @Test
    void acceptsACoveredModule(@TempDir Path dir) throws Exception {
        Path cases = Files.createDirectories(dir.resolve("cases"));
        Files.writeString(cases.resolve("a.json"), "{\"format\":\"relief-cases/1\",\"cases\":[{\"rules\":[\"TY-01\"]}]}");
        Path tests = Files.createDirectories(dir.resolve("java"));
        Files.writeString(tests.resolve("T.java"), "class T { void TY01_works() {} void TY02_calculates() {} }");
        Path readme = Files.writeString(dir.resolve("README.md"), "| TY-03 | not computable: an organisational duty |\n");
        assertEquals(List.of(), CatalogueCoverage.problems(TOY, cases, tests, readme));
        assertFalse(CatalogueCoverage.namesId("TY011_other", "TY-01"), "TY011 is another id");
        assertTrue(CatalogueCoverage.namesId("required_TY01_holds", "TY-01"));
        assertTrue(CatalogueCoverage.namesId("TY_01_holds", "TY-01"));
    }
}
