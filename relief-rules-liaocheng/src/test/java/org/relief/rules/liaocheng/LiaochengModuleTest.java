package org.relief.rules.liaocheng;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.Determination;
import org.relief.core.engine.LoadedModule;
import org.relief.core.engine.RuleModules;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Household;
import org.relief.core.model.Member;
import org.relief.core.model.ProgramId;
import org.relief.core.model.RefusalCode;
import org.relief.core.model.Residence;
import org.relief.core.spi.Citation;
import org.relief.core.spi.RuleModule;
import org.relief.core.standards.PublishedStandard;
import org.relief.core.standards.StandardKey;

/** Module metadata, the catalogue LC-01 … LC-14, validity, regions and the shipped standards. */
class LiaochengModuleTest {
    private static final LoadedModule MODULE = Liaocheng.ENGINE.modules().byId("liaocheng").orElseThrow();

    @Test
    void metadata_andServiceLoaderDeclaration() {
        assertEquals("0.1.0", MODULE.version());
        assertEquals("聊城市", MODULE.name());
        assertEquals(LocalDate.of(2020, 10, 15), MODULE.validity().from());
        assertTrue(MODULE.validity().until().isEmpty());
        boolean declared = StreamSupport.stream(ServiceLoader.load(RuleModule.class).spliterator(), false)
                .anyMatch(m -> m instanceof LiaochengModule);
        assertTrue(declared, "META-INF/services declares LiaochengModule");
        assertTrue(RuleModules.discover().byId("liaocheng").isPresent());
    }

    @Test
    void catalogue_everyIdLC01toLC14_citesTheDocumentWithItsKind() {
        Map<String, Citation> c = MODULE.catalogue();
        assertEquals(14, c.size());
        for (int i = 1; i <= 14; i++) {
            String id = String.format("LC-%02d", i);
            assertTrue(c.containsKey(id), id);
            assertEquals("聊政字〔2020〕28号", c.get(id).document());
        }
        List<String> determination = List.of("LC-01", "LC-02", "LC-04", "LC-05", "LC-06", "LC-13");
        List<String> calculator = List.of("LC-03", "LC-07", "LC-09", "LC-14");
        List<String> notComputable = List.of("LC-08", "LC-11", "LC-12");
        assertEquals(Citation.Kind.PROCEDURE, c.get("LC-10").kind(), "LC-10 is applied by the case lifecycle");
        determination.forEach(id -> assertEquals(Citation.Kind.DETERMINATION, c.get(id).kind(), id));
        calculator.forEach(id -> assertEquals(Citation.Kind.CALCULATOR, c.get(id).kind(), id));
        notComputable.forEach(id -> assertEquals(Citation.Kind.NOT_COMPUTABLE, c.get(id).kind(), id));
        assertEquals("三(二)", c.get("LC-04").clause());
        assertEquals("三(三)", c.get("LC-13").clause());
        assertEquals("三(四)", c.get("LC-09").clause());
    }

    @Test
    void regions_every3715xxCodeIsServed_othersAreUnknown() {
        Household h = Household.of(Residence.RURAL, Member.builder("p1").birthDate(LocalDate.of(1960, 1, 1)).noIncome().build());
        for (String code : List.of("371500", "371502", "371521", "371581")) {
            Determination d = Liaocheng.ENGINE.determine(org.relief.core.engine.DeterminationRequest
                    .builder(AdminCode.of(code), LocalDate.of(2024, 5, 1), ProgramId.DIBAO, h).build());
            assertEquals("liaocheng", d.versions().module(), code);
            assertTrue(d.isEligible(), code);
        }
        Determination other = Liaocheng.ENGINE.determine(org.relief.core.engine.DeterminationRequest
                .builder(AdminCode.of("371600"), LocalDate.of(2024, 5, 1), ProgramId.DIBAO, h).build());
        assertEquals(RefusalCode.UNKNOWN_REGION, other.refusal().orElseThrow().code());
    }

    @Test
    void validity_dayBefore2020_10_15_isDateOutOfRange_firstDayIsNot() {
        Household h = Household.of(Residence.URBAN, Member.builder("p1").birthDate(LocalDate.of(1960, 1, 1)).noIncome().build());
        Determination before = Liaocheng.determine(Liaocheng.request("2020-10-14", ProgramId.DIBAO, h)
                .standard("dibao.urban.monthly", "720"));
        assertEquals(RefusalCode.DATE_OUT_OF_RANGE, before.refusal().orElseThrow().code());
        Determination first = Liaocheng.determine(Liaocheng.request("2020-10-15", ProgramId.DIBAO, h)
                .standard("dibao.urban.monthly", "720"));
        assertTrue(first.isEligible());
        // 720 × 1 − 0 = 720.00
        assertEquals("720.00", first.monthlyAmount().orElseThrow().toString());
    }

    @Test
    void standards_shippedValuesWithProvenance_andStalenessLimit() {
        var table = MODULE.standards();
        AdminCode yanggu = AdminCode.of("371521");
        assertValue("871", (table.inForce(StandardKey.DIBAO_URBAN, yanggu, LocalDate.of(2023, 1, 1))));
        assertValue("692", (table.inForce(StandardKey.DIBAO_RURAL, yanggu, LocalDate.of(2023, 12, 31))));
        assertValue("931", (table.inForce(StandardKey.DIBAO_URBAN, yanggu, LocalDate.of(2024, 1, 1))));
        assertValue("979", (table.inForce(StandardKey.of("tekun.basic.rural.monthly"), yanggu,
                LocalDate.of(2025, 12, 31))));
        // reported ⇒ stale after the end of the year after 2024
        assertTrue(table.inForce(StandardKey.DIBAO_URBAN, yanggu, LocalDate.of(2026, 1, 1)).isEmpty());
        assertTrue(table.inForce(StandardKey.DIBAO_URBAN, yanggu, LocalDate.of(2022, 12, 31)).isEmpty());
        // minimum wage: 1550 from 2018-06-01 (stale after 2019-12-31), 1700 from 2021-10-01 (stale after 2022-12-31)
        assertValue("1550", (table.inForce(StandardKey.MINIMUM_WAGE, yanggu, LocalDate.of(2019, 12, 31))));
        assertTrue(table.inForce(StandardKey.MINIMUM_WAGE, yanggu, LocalDate.of(2020, 12, 31)).isEmpty());
        assertValue("1700", (table.inForce(StandardKey.MINIMUM_WAGE, yanggu, LocalDate.of(2022, 12, 31))));
        assertTrue(table.inForce(StandardKey.MINIMUM_WAGE, yanggu, LocalDate.of(2023, 1, 1)).isEmpty());
        PublishedStandard wage = table.inForce(StandardKey.MINIMUM_WAGE, yanggu, LocalDate.of(2022, 1, 1)).orElseThrow();
        assertEquals(AdminCode.of("370000"), wage.area());
        assertEquals(Optional.of("鲁政字〔2021〕169号"), wage.provenance().documentNumber());
        // no disability allowance and no dibao supplement is shipped
        assertTrue(table.entries().stream().noneMatch(s -> s.key().name().startsWith("dibao.supplement")));
        assertEquals(9, table.entries().size());
    }

    private static void assertValue(String expected, Optional<PublishedStandard> s) {
        assertEquals(0, new BigDecimal(expected).compareTo(s.orElseThrow().value()), expected + " vs " + s);
    }
}
