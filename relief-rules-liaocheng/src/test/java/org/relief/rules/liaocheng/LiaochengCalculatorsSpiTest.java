package org.relief.rules.liaocheng;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.RuleModules;
import org.relief.core.model.InvalidInputException;
import org.relief.core.spi.Calculator;

/** 聊城's calculators through the SPI (LC-03, LC-09, LC-14): registered, cited, wrapping the module's arithmetic. */
class LiaochengCalculatorsSpiTest {
    static final RuleModules MODULES = RuleModules.of(new LiaochengModule());

    static Calculator calc(String id) {
        return MODULES.calculator(id).orElseThrow();
    }

    @Test
    void registered_withTheirCatalogueEntries() {
        assertEquals(List.of("liaocheng-dibao-standard", "liaocheng-assistants", "liaocheng-workstations"),
                MODULES.calculators().stream().map(Calculator::id).toList());
        assertEquals(List.of("LC-03", "LC-09", "LC-14"), MODULES.calculators().stream().map(Calculator::ruleId).toList());
    }

    @Test
    void LC09_120Committees_andOneCommitteeWithThree() {
        // 120 × 1 … 120 × 2; 3 > 2 is too many for one committee
        assertEquals(Map.of("minimumAssistants", 120, "maximumAssistants", 240, "compliance", "tooMany"),
                calc("liaocheng-assistants").compute(Map.of("committees", 120, "assistantsOfOneCommittee", 3)).outputs());
        assertEquals("tooFew", calc("liaocheng-assistants").compute(Map.of("committees", 1, "assistantsOfOneCommittee", 0))
                .outputs().get("compliance"));
    }

    @Test
    void LC14_50Communities_46WithAStation() {
        assertEquals(Map.of("required", 50, "shortfall", 4),
                calc("liaocheng-workstations").compute(Map.of("communities", 50, "communitiesWithStation", 46)).outputs());
        assertEquals("communitiesWithStation", assertThrows(InvalidInputException.class, () -> calc("liaocheng-workstations")
                .compute(Map.of("communities", 50, "communitiesWithStation", 51))).field());
    }

    @Test
    void LC03_linkage_roundedUpToTheYuan() {
        // 33476 × 0.33 = 11047.08; ÷ 12 = 920.59; rounded up: 921; a published 931 reaches it, 920 does not
        assertEquals(Map.of("monthlyStandard", "921.00", "meetsLinkage", true), calc("liaocheng-dibao-standard").compute(
                Map.of("annualPerCapitaConsumption", "33476.00", "ratio", "0.33", "publishedMonthly", "931.00")).outputs());
        assertEquals(false, calc("liaocheng-dibao-standard").compute(Map.of("annualPerCapitaConsumption", "33476.00",
                "ratio", "0.33", "publishedMonthly", "920.00")).outputs().get("meetsLinkage"));
        for (String ratio : List.of("0", "1.2")) {
            assertEquals("ratio", assertThrows(InvalidInputException.class, () -> calc("liaocheng-dibao-standard")
                    .compute(Map.of("annualPerCapitaConsumption", "33476.00", "ratio", ratio))).field());
        }
    }
}
