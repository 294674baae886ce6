package org.relief.rules.xuchang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.Determination;
import org.relief.core.engine.LoadedModule;
import org.relief.core.engine.RuleModules;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Household;
import org.relief.core.model.ProgramId;
import org.relief.core.model.RefusalCode;
import org.relief.core.model.Residence;
import org.relief.core.spi.Citation;
import org.relief.core.spi.RuleModule;
import org.relief.core.standards.PublishedStandard;

/** Module metadata, the catalogue XC-01 … XC-19, validity, regions and the shipped standards. */
class XuchangModuleTest {
    private static final LoadedModule MODULE = Xuchang.ENGINE.modules().byId("xuchang").orElseThrow();

    @Test
    void metadata_andServiceLoaderDeclaration() {
        assertEquals("0.1.0", MODULE.version());
        assertEquals("许昌市", MODULE.name());
        assertEquals(LocalDate.of(2021, 8, 2), MODULE.validity().from());
        assertTrue(MODULE.validity().until().isEmpty());
        boolean declared = StreamSupport.stream(ServiceLoader.load(RuleModule.class).spliterator(), false)
                .anyMatch(m -> m instanceof XuchangModule);
        assertTrue(declared, "META-INF/services declares XuchangModule");
        assertTrue(RuleModules.discover().byId("xuchang").isPresent());
    }

    @Test
    void catalogue_everyIdXC01toXC19_citesItsDocumentWithItsKind() {
        Map<String, Citation> c = MODULE.catalogue();
        assertEquals(19, c.size());
        for (int i = 1; i <= 19; i++) {
            assertTrue(c.containsKey(String.format("XC-%02d", i)));
        }
        List<String> determination = List.of("XC-01", "XC-02", "XC-03", "XC-04", "XC-06", "XC-07", "XC-10", "XC-11",
                "XC-14", "XC-17");
        List<String> procedure = List.of("XC-09", "XC-13", "XC-15", "XC-19");
        List<String> calculator = List.of("XC-12");
        List<String> notComputable = List.of("XC-05", "XC-08", "XC-16", "XC-18");
        procedure.forEach(id -> assertEquals(Citation.Kind.PROCEDURE, c.get(id).kind(), id));
        determination.forEach(id -> assertEquals(Citation.Kind.DETERMINATION, c.get(id).kind(), id));
        calculator.forEach(id -> assertEquals(Citation.Kind.CALCULATOR, c.get(id).kind(), id));
        notComputable.forEach(id -> assertEquals(Citation.Kind.NOT_COMPUTABLE, c.get(id).kind(), id));
        // The report's ids cite the report; the others 许办〔2021〕7号.
        for (String id : List.of("XC-13", "XC-14", "XC-19")) {
            assertEquals(XuchangModule.REPORT, c.get(id).document(), id);
        }
        assertEquals("许办〔2021〕7号", c.get("XC-06").document());
        assertEquals("三(五)20", c.get("XC-06").clause());
        assertEquals("四(二)", c.get("XC-12").clause());
        assertEquals("三(三)13", c.get("XC-17").clause());
    }

    @Test
    void regions_every4110xxCodeIsServed_othersAreNot() {
        RuleModules m = Xuchang.ENGINE.modules();
        for (String code : List.of("411000", "411002", "411023", "411081", "411082")) {
            assertEquals("xuchang", m.forRegion(AdminCode.of(code)).orElseThrow().id(), code);
        }
        assertTrue(m.forRegion(AdminCode.of("411100")).isEmpty(), "漯河 is not 许昌");
        assertTrue(m.forRegion(AdminCode.of("410000")).isEmpty(), "the province is not served");
    }

    @Test
    void validity_dayBeforeIssueIsRefused_issueDayIsComputed() {
        Household h = Household.of(Residence.URBAN, Xuchang.adult("p1").noIncome().build());
        Determination before = Xuchang.determine(Xuchang.request("2021-08-01", ProgramId.DIBAO, h).standard("dibao.urban.monthly", "600"));
        assertEquals(RefusalCode.DATE_OUT_OF_RANGE, before.refusal().orElseThrow().code());
        Determination first = Xuchang.determine(Xuchang.request("2021-08-02", ProgramId.DIBAO, h).standard("dibao.urban.monthly", "600"));
        assertTrue(first.isEligible());
    }

    @Test
    void standards_onlyTheVoucherAndTheHenanProcedureLimitsAreShipped_asFiguresWithoutStaleness() {
        List<PublishedStandard> shipped = MODULE.standards().entries();
        assertEquals(3, shipped.size(), "no published 许昌 dibao/tekun value was found; minimum wages are used by no 许昌 rule");
        PublishedStandard voucher = shipped.stream().filter(s -> s.key().name().equals(Xc14CharityVoucher.KEY)).findFirst().orElseThrow();
        // XC-19: the 河南 decision limits, 25 and 40 working days, for the province from the report's date
        for (PublishedStandard limit : shipped.stream().filter(s -> s.key().name().startsWith("procedure.")).toList()) {
            assertEquals(AdminCode.of("410000"), limit.area());
            assertEquals(LocalDate.of(2023, 9, 8), limit.effectiveFrom());
            assertTrue(limit.until().isEmpty(), "procedure limits never go stale");
            assertEquals(limit.key().name().endsWith("Extended") ? 40 : 25, limit.value().intValueExact());
        }
        assertEquals(Xc14CharityVoucher.KEY, voucher.key().name());
        assertEquals(0, new BigDecimal("29").compareTo(voucher.value()));
        assertEquals(LocalDate.of(2023, 1, 1), voucher.effectiveFrom());
        assertTrue(voucher.until().isEmpty(), "a figure of the report itself has no staleness limit");
        assertEquals(AdminCode.of("411000"), voucher.area());
    }

    @Test
    void standards_noDibaoStandardShipped_isMissingStandard() {
        Household h = Household.of(Residence.URBAN, Xuchang.adult("p1").noIncome().build());
        Determination d = Xuchang.determine(Xuchang.request("2023-06-01", ProgramId.DIBAO, h));
        assertEquals(RefusalCode.MISSING_STANDARD, d.refusal().orElseThrow().code());
        assertEquals("standards.dibao.urban.monthly", d.refusal().orElseThrow().field().orElseThrow());
        assertFalse(Xuchang.ENGINE.standardsInForce(AdminCode.of("411082"), LocalDate.of(2023, 6, 1)).orElseThrow()
                .stream().anyMatch(s -> s.key().name().startsWith("dibao.urban")));
    }
}
