package org.relief.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relief.core.model.AdminCode;
import org.relief.core.spi.Applied;
import org.relief.core.spi.Citation;
import org.relief.core.spi.RuleModule;
import org.relief.core.spi.RuleRegistrar;
import org.relief.core.spi.Slots;
import org.relief.core.spi.Validity;

class RuleModulesTest {

    private static RuleModuleLoadException loadFails(RuleModule... modules) {
        return assertThrows(RuleModuleLoadException.class, () -> RuleModules.of(modules));
    }

    @Test
    void nationalBaselineIsAlwaysLoaded_asRegion000000() {
        RuleModules m = RuleModules.of();
        assertEquals("national", m.forRegion(AdminCode.NATIONAL).orElseThrow().id());
        assertTrue(m.forRegion(AdminCode.of("110000")).isEmpty());
        assertTrue(m.national().catalogue().containsKey("NA-02"));
    }

    @Test
    void discover_findsNoRegionalModuleInCore() {
        assertEquals(1, RuleModules.discover().all().size());
    }

    @Test
    void regionResolvesCountyToCityToProvince() {
        RuleModules m = RuleModules.of(ToyModules.module("city", "411000", r -> { }),
                ToyModules.module("province", "340000", r -> { }));
        assertEquals("city", m.forRegion(AdminCode.of("411082")).orElseThrow().id());
        assertEquals("province", m.forRegion(AdminCode.of("341122")).orElseThrow().id());
        assertTrue(m.forRegion(AdminCode.of("410100")).isEmpty(), "another city of the province is not served");
    }

    @Test
    void duplicateId_isRefusedNamingTheModule() {
        RuleModuleLoadException e = loadFails(ToyModules.module("dup", "411000", r -> { }),
                ToyModules.module("dup", "371500", r -> { }));
        assertEquals("dup", e.moduleId());
        assertTrue(e.getMessage().contains("duplicate module id"), e.getMessage());
    }

    @Test
    void duplicateRegion_isRefused() {
        RuleModuleLoadException e = loadFails(ToyModules.module("a", "411000", r -> { }),
                ToyModules.module("b", "411000", r -> { }));
        assertEquals("b", e.moduleId());
        assertTrue(e.getMessage().contains("already served by module 'a'"), e.getMessage());
    }

    @Test
    void nationalRegion_isReserved() {
        assertTrue(loadFails(ToyModules.module("x", "000000", r -> { })).getMessage().contains("reserved"));
    }

    @Test
    void missingMetadata_isRefused() {
        RuleModule noVersion = new RuleModule() {
            public String id() { return "nover"; }
            public String version() { return ""; }
            public String name() { return "x"; }
            public Set<AdminCode> adminCodes() { return Set.of(AdminCode.of("411000")); }
            public Validity validity() { return Validity.from(LocalDate.of(2020, 1, 1)); }
            public void register(RuleRegistrar r) { }
        };
        assertTrue(loadFails(noVersion).getMessage().contains("missing version"));
        RuleModule noCodes = new RuleModule() {
            public String id() { return "nocodes"; }
            public String version() { return "1"; }
            public String name() { return "x"; }
            public Set<AdminCode> adminCodes() { return Set.of(); }
            public Validity validity() { return Validity.from(LocalDate.of(2020, 1, 1)); }
            public void register(RuleRegistrar r) { }
        };
        assertTrue(loadFails(noCodes).getMessage().contains("serves no administrative code"));
    }

    @Test
    void incompatibleSpiVersion_isRefused() {
        RuleModule future = new RuleModule() {
            public int spiVersion() { return 99; }
            public String id() { return "future"; }
            public String version() { return "1"; }
            public String name() { return "x"; }
            public Set<AdminCode> adminCodes() { return Set.of(AdminCode.of("411000")); }
            public Validity validity() { return Validity.from(LocalDate.of(2020, 1, 1)); }
            public void register(RuleRegistrar r) { }
        };
        RuleModuleLoadException e = loadFails(future);
        assertEquals("future", e.moduleId());
        assertTrue(e.getMessage().contains("SPI version 99"), e.getMessage());
    }

    @Test
    void ruleWithoutCitation_isRefused() {
        RuleModuleLoadException e = loadFails(ToyModules.module("nocite", "411000",
                r -> r.rule(Slots.DIBAO_SUPPLEMENTS, "TY-01", ev -> Applied.notApplicable())));
        assertTrue(e.getMessage().contains("TY-01") && e.getMessage().contains("no catalogue entry"), e.getMessage());
    }

    @Test
    void unknownSlot_isRefused() {
        RuleModuleLoadException e = loadFails(ToyModules.module("typo", "411000",
                r -> r.cite(Citation.determination("TY-01", "玩具〔2024〕1号", "一", "玩具"))
                        .rule("dibao.supplement", "TY-01", ev -> Applied.notApplicable())));
        assertTrue(e.getMessage().contains("unknown slot 'dibao.supplement'"), e.getMessage());
    }

    @Test
    void twoRulesClaimingOneSlotOnOverlappingDates_areRefused() {
        RuleModuleLoadException e = loadFails(ToyModules.module("clash", "411000",
                r -> r.cite(Citation.determination("TY-01", "玩具〔2024〕1号", "一", "玩具"))
                        .cite(Citation.determination("TY-02", "玩具〔2024〕1号", "二", "玩具"))
                        .rule(Slots.DIBAO_SUPPLEMENTS, "TY-01", ev -> Applied.notApplicable())
                        .rule(Slots.DIBAO_SUPPLEMENTS, "TY-02", Validity.from(LocalDate.of(2023, 1, 1)),
                                ev -> Applied.notApplicable())));
        assertTrue(e.getMessage().contains("both claim slot dibao.supplements"), e.getMessage());
    }

    @Test
    void disjointDatedVersions_areAccepted() {
        RuleModules m = RuleModules.of(ToyModules.module("dated", "411000",
                r -> r.cite(Citation.determination("TY-01", "玩具〔2024〕1号", "一", "玩具"))
                        .rule(Slots.DIBAO_SUPPLEMENTS, "TY-01", Validity.between(LocalDate.of(2020, 1, 1),
                                LocalDate.of(2022, 12, 31)), ev -> Applied.notApplicable())
                        .rule(Slots.DIBAO_SUPPLEMENTS, "TY-01", Validity.from(LocalDate.of(2023, 1, 1)),
                                ev -> Applied.notApplicable())));
        assertEquals(2, m.byId("dated").orElseThrow().rules().get(Slots.DIBAO_SUPPLEMENTS).size());
    }

    @Test
    void duplicateCatalogueId_isRefused() {
        assertTrue(loadFails(ToyModules.module("twice", "411000",
                r -> r.cite(Citation.determination("TY-01", "玩具〔2024〕1号", "一", "玩具"))
                        .cite(Citation.determination("TY-01", "玩具〔2024〕1号", "二", "玩具"))))
                .getMessage().contains("declared twice"));
    }
}
