package org.relief.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relief.core.model.InvalidInputException;
import org.relief.core.model.Money;
import org.relief.core.spi.Calculator;
import org.relief.core.spi.CalculatorInput;
import org.relief.core.spi.CalculatorParameter;
import org.relief.core.spi.CalculatorResult;
import org.relief.core.spi.CalculatorSpec;
import org.relief.core.spi.Citation;

/** The calculator SPI: declared inputs checked by {@link CalculatorInput}, registration checked at load. */
class CalculatorsTest {
    static final Citation TOY = Citation.calculator("TY-01", "玩具〔2024〕1号", "一", "玩具计算器");
    static final List<CalculatorParameter> INPUTS = List.of(
            CalculatorParameter.required("count", CalculatorParameter.Type.INTEGER, "数量", "a count"),
            CalculatorParameter.optional("ratio", CalculatorParameter.Type.DECIMAL, "比例", "a ratio"),
            CalculatorParameter.requiredEnum("cycle", List.of("monthly", "quarterly"), "周期", "cycle"),
            CalculatorParameter.requiredList("payments", List.of(
                    CalculatorParameter.required("periodStart", CalculatorParameter.Type.MONTH, "月份", "month"),
                    CalculatorParameter.required("amount", CalculatorParameter.Type.MONEY, "金额", "amount")), "发放", "payments"));

    /** Doubles the count: the arithmetic of the toy rule. */
    static Calculator toy(String id, Citation citation) {
        CalculatorSpec spec = new CalculatorSpec(id, citation, "玩具", "Toy", INPUTS);
        return new Calculator() {
            public CalculatorSpec spec() {
                return spec;
            }

            public CalculatorResult compute(CalculatorInput in) {
                return CalculatorResult.of(spec).integer("doubled", 2 * in.integer("count")).explain("2 × n", "2 × n");
            }
        };
    }

    static Map<String, Object> valid() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", 3);
        m.put("cycle", "quarterly");
        m.put("payments", List.of(Map.of("periodStart", "2024-04", "amount", "931.00"),
                Map.of("periodStart", YearMonth.of(2024, 7), "amount", Money.yuan("931.00"))));
        return m;
    }

    @Test
    void validInput_isTyped_textAndTypedValuesAlike() {
        CalculatorInput in = CalculatorInput.of(INPUTS, valid());
        assertEquals(3, in.integer("count"));
        assertEquals("quarterly", in.code("cycle"));
        assertEquals(false, in.has("ratio"));
        List<CalculatorInput> p = in.list("payments");
        assertEquals(YearMonth.of(2024, 4), p.get(0).month("periodStart"));
        assertEquals(p.get(0).money("amount"), p.get(1).money("amount"));
        assertEquals("payments[1].amount", p.get(1).path("amount"));
        Map<String, Object> withRatio = valid();
        withRatio.put("ratio", "0.25");
        assertEquals(new BigDecimal("0.25"), CalculatorInput.of(INPUTS, withRatio).decimal("ratio"));
    }

    @Test
    void badInput_namesTheFieldAsSent() {
        assertEquals("count", field(Map.of("cycle", "monthly", "payments", List.of())));
        Map<String, Object> m = valid();
        m.put("count", -1);
        assertEquals("count", field(m));
        m = valid();
        m.put("count", 3_000_000_000L);
        assertEquals("count", field(m));
        m = valid();
        m.put("cycle", "yearly");
        assertEquals("cycle", field(m));
        m = valid();
        m.put("extra", 1);
        assertEquals("extra", field(m));
        m = valid();
        m.put("ratio", "-0.1");
        assertEquals("ratio", field(m));
        m = valid();
        m.put("payments", List.of(Map.of("periodStart", "2024-13", "amount", "1.00")));
        assertEquals("payments[0].periodStart", field(m));
        m = valid();
        m.put("payments", List.of(Map.of("periodStart", "2024-01", "amount", "1.005")));
        assertEquals("payments[0].amount", field(m));
        m = valid();
        m.put("payments", List.of(Map.of("periodStart", "2024-01")));
        assertEquals("payments[0].amount", field(m));
        m = valid();
        m.put("payments", List.of(Map.of("periodStart", "2024-01", "amount", "1.00", "x", "y")));
        assertEquals("payments[0].x", field(m));
        m = valid();
        m.put("payments", List.of("2024-01"));
        assertEquals("payments[0]", field(m));
    }

    static String field(Map<String, ?> values) {
        return assertThrows(InvalidInputException.class, () -> CalculatorInput.of(INPUTS, values)).field();
    }

    @Test
    void registeredCalculators_areFoundById_withTheirModule() {
        RuleModules m = RuleModules.of(ToyModules.module("toy", "411000", r -> r.cite(TOY).calculator(toy("toy-double", TOY))));
        Calculator c = m.calculator("toy-double").orElseThrow();
        assertEquals("TY-01", c.ruleId());
        assertEquals("toy", m.moduleOfCalculator("toy-double").orElseThrow().id());
        CalculatorResult r = c.compute(valid());
        assertEquals(Map.of("doubled", 6), r.outputs());
        assertEquals(TOY, r.citation());
        assertEquals(List.of(c), m.calculators());
        assertTrue(m.calculator("nope").isEmpty());
    }

    @Test
    void aCalculatorCitingAnUndeclaredOrDifferentEntry_isRefusedAtLoad() {
        RuleModuleLoadException e = assertThrows(RuleModuleLoadException.class, () -> RuleModules.of(
                ToyModules.module("toy", "411000", r -> r.calculator(toy("toy-double", TOY)))));
        assertTrue(e.getMessage().contains("TY-01"), e.getMessage());
        Citation other = Citation.calculator("TY-01", "玩具〔2024〕1号", "二", "玩具计算器");
        e = assertThrows(RuleModuleLoadException.class, () -> RuleModules.of(
                ToyModules.module("toy", "411000", r -> r.cite(TOY).calculator(toy("toy-double", other)))));
        assertTrue(e.getMessage().contains("catalogue declares"), e.getMessage());
    }

    @Test
    void calculatorIds_areUniqueAcrossModules() {
        Citation b = Citation.calculator("TY-02", "玩具〔2024〕2号", "一", "玩具计算器");
        RuleModuleLoadException e = assertThrows(RuleModuleLoadException.class, () -> RuleModules.of(
                ToyModules.module("a", "411000", r -> r.cite(TOY).calculator(toy("toy-double", TOY))),
                ToyModules.module("b", "371500", r -> r.cite(b).calculator(toy("toy-double", b)))));
        assertTrue(e.getMessage().contains("toy-double") && e.getMessage().contains("'a'"), e.getMessage());
        assertThrows(RuleModuleLoadException.class, () -> RuleModules.of(ToyModules.module("a", "411000",
                r -> r.cite(TOY).calculator(toy("toy-double", TOY)).calculator(toy("toy-double", TOY)))));
    }

    @Test
    void specs_refuseWhatCouldNotBeServed() {
        assertThrows(IllegalArgumentException.class, () -> toy("Toy_Double", TOY));
        assertThrows(IllegalArgumentException.class, () -> new CalculatorSpec("toy", TOY, "玩具", "Toy", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new CalculatorParameter("count", CalculatorParameter.Type.ENUM,
                true, "数量", "a count", List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> CalculatorParameter.required("Count",
                CalculatorParameter.Type.INTEGER, "数量", "a count"));
        CalculatorSpec spec = new CalculatorSpec("toy", TOY, "玩具", "Toy", INPUTS);
        assertThrows(IllegalArgumentException.class, () -> CalculatorResult.of(spec).explain("无", "none"));
        assertThrows(IllegalArgumentException.class, () -> CalculatorResult.of(spec).integer("a", 1).integer("a", 2));
        assertEquals("2024-06-14", CalculatorResult.of(spec).date("d", LocalDate.of(2024, 6, 14)).explain("日", "day")
                .outputs().get("d"));
    }
}
