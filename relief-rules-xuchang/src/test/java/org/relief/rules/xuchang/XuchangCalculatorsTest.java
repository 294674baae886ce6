package org.relief.rules.xuchang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.RuleModules;
import org.relief.core.model.InvalidInputException;
import org.relief.core.spi.Calculator;
import org.relief.core.spi.CalculatorResult;

/** 许昌's calculators through the SPI (XC-12, XC-09): registered, cited, and wrapping the module's arithmetic. */
class XuchangCalculatorsTest {
    static final RuleModules MODULES = RuleModules.of(new XuchangModule());

    static Calculator calc(String id) {
        return MODULES.calculator(id).orElseThrow();
    }

    @Test
    void registered_withTheirCatalogueEntries() {
        assertEquals(List.of("xuchang-county-staffing", "xuchang-township-staffing", "xuchang-village-assistants",
                "xuchang-death-payment"), MODULES.calculators().stream().map(Calculator::id).toList());
        assertEquals("许办〔2021〕7号 四(二)", calc("xuchang-county-staffing").citation().describe());
        assertEquals("XC-09", calc("xuchang-death-payment").ruleId());
    }

    @Test
    void XC12_county_17000Recipients() {
        // ⌈17000 / 10000⌉ = 2 (the lenient end), ⌈17000 / 8000⌉ = ⌈2.125⌉ = 3, at least 5 workers in all
        CalculatorResult r = calc("xuchang-county-staffing").compute(Map.of("recipients", 17_000));
        assertEquals(Map.of("minimumFullTime", 2, "strictFullTime", 3, "minimumWorkers", 5), r.outputs());
        assertEquals(true, calc("xuchang-county-staffing").compute(Map.of("recipients", 17_000, "fullTimeWorkers", 2,
                "workersInAll", 5)).outputs().get("meets"));
        // 1 full-time < 2
        assertEquals(false, calc("xuchang-county-staffing").compute(Map.of("recipients", 17_000, "fullTimeWorkers", 1,
                "workersInAll", 6)).outputs().get("meets"));
    }

    @Test
    void XC12_county_staffGivenBothOrNeither() {
        assertEquals("workersInAll", field("xuchang-county-staffing", Map.of("recipients", 100, "fullTimeWorkers", 1)));
        assertEquals("fullTimeWorkers", field("xuchang-county-staffing", Map.of("recipients", 100, "workersInAll", 5)));
        assertEquals("workersInAll", field("xuchang-county-staffing", Map.of("recipients", 100, "fullTimeWorkers", 4,
                "workersInAll", 3)));
        assertEquals("recipients", field("xuchang-county-staffing", Map.of("recipients", -1)));
    }

    @Test
    void XC12_township_1601Recipients() {
        // ⌈1601 / 1000⌉ = 2, ⌈1601 / 800⌉ = ⌈2.00125⌉ = 3; 1 full-time < 2
        CalculatorResult r = calc("xuchang-township-staffing").compute(Map.of("recipients", 1_601, "fullTimeWorkers", 1));
        assertEquals(Map.of("minimumFullTime", 2, "strictFullTime", 3, "meets", false), r.outputs());
    }

    @Test
    void XC12_villages_oneAssistantEach() {
        assertEquals(Map.of("assistants", 37), calc("xuchang-village-assistants").compute(Map.of("villages", 37)).outputs());
    }

    @Test
    void XC09_quarterly_deathInMay_keepsQ1AndQ2_recoversQ3() {
        // death 2024-05-20 lies in the quarter starting 2024-04: 2024-01 and 2024-04 kept (931 + 931), 2024-07 recoverable
        CalculatorResult r = calc("xuchang-death-payment").compute(Map.of("deathDate", "2024-05-20", "cycle", "quarterly",
                "payments", List.of(Map.of("periodStart", "2024-01", "amount", "931.00"),
                        Map.of("periodStart", "2024-04", "amount", "931.00"), Map.of("periodStart", "2024-07", "amount", "931"))));
        assertEquals(Map.of("periodOfDeath", "2024-04", "kept", "1862.00", "recoverable", "931.00", "keptPayments", 2,
                "recoverablePayments", 1), r.outputs());
    }

    @Test
    void XC09_monthly_andAQuarterThatDoesNotStartAQuarter() {
        CalculatorResult r = calc("xuchang-death-payment").compute(Map.of("deathDate", "2024-05-20", "cycle", "monthly",
                "payments", List.of(Map.of("periodStart", "2024-05", "amount", "500.00"),
                        Map.of("periodStart", "2024-06", "amount", "500.00"))));
        assertEquals("500.00", r.outputs().get("kept"));
        assertEquals("500.00", r.outputs().get("recoverable"));
        assertEquals("payments[1].periodStart", field("xuchang-death-payment", Map.of("deathDate", "2024-05-20",
                "cycle", "quarterly", "payments", List.of(Map.of("periodStart", "2024-04", "amount", "1.00"),
                        Map.of("periodStart", "2024-05", "amount", "1.00")))));
        assertEquals("cycle", field("xuchang-death-payment", Map.of("deathDate", "2024-05-20", "cycle", "yearly",
                "payments", List.of())));
    }

    static String field(String id, Map<String, ?> input) {
        return assertThrows(InvalidInputException.class, () -> calc(id).compute(input)).field();
    }
}
