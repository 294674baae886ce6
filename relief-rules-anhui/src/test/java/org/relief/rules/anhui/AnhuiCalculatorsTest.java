package org.relief.rules.anhui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.RuleModules;
import org.relief.core.model.InvalidInputException;
import org.relief.core.spi.Calculator;
import org.relief.core.spi.CalculatorException;

/** 安徽's calculators through the SPI (AH-05, AH-07, AH-08, AH-09): registered, cited, wrapping the module's arithmetic. */
class AnhuiCalculatorsTest {
    static final RuleModules MODULES = RuleModules.of(new AnhuiModule());

    static Calculator calc(String id) {
        return MODULES.calculator(id).orElseThrow();
    }

    @Test
    void registered_withTheirCatalogueEntries() {
        assertEquals(List.of("anhui-county-sample-size", "anhui-payment-calendar", "anhui-assistants", "anhui-service-station"),
                MODULES.calculators().stream().map(Calculator::id).toList());
        assertEquals("皖民社救字〔2022〕46号 十", calc("anhui-payment-calendar").citation().describe());
    }

    @Test
    void AH08_assistants_countingThresholds() {
        // min(3, ⌊r / 3000⌋): 2999 → 0, 5999 → 1, 9000 → 3, 20000 → 3
        for (int[] c : new int[][] {{2999, 0}, {5999, 1}, {9000, 3}, {20000, 3}}) {
            assertEquals(Map.of("assistants", c[1]), calc("anhui-assistants").compute(Map.of("registeredResidents", c[0]))
                    .outputs(), "residents " + c[0]);
        }
    }

    @Test
    void AH09_northSouthAndNeither() {
        // 341202 is in 阜阳 (皖北, 100): 100 ≥ 100; 340207 in 芜湖 (皖南, 50): 49 < 50; 340102 in 合肥: no threshold
        assertEquals(Map.of("requirement", "required", "area", "north", "threshold", 100), calc("anhui-service-station")
                .compute(Map.of("region", "341202", "longTermRecipients", 100)).outputs());
        assertEquals(Map.of("requirement", "notRequired", "area", "south", "threshold", 50), calc("anhui-service-station")
                .compute(Map.of("region", "340207", "longTermRecipients", 49)).outputs());
        assertEquals(Map.of("requirement", "noThresholdInDocument", "area", "none"), calc("anhui-service-station")
                .compute(Map.of("region", "340102", "longTermRecipients", 500)).outputs());
        for (String region : List.of("411082", "340000", "34")) {
            assertEquals("region", assertThrows(InvalidInputException.class, () -> calc("anhui-service-station")
                    .compute(Map.of("region", region, "longTermRecipients", 1))).field(), region);
        }
    }

    @Test
    void AH07_augustRoster_paidOnTheSaturdayWorkedBeforeMidAutumn() {
        // 2024-08's money is paid in September: 5th, 10th; the 15th lies in 中秋节 09-15…09-17, the last working day
        // before is Saturday 09-14 (调休), 国办发明电〔2023〕7号
        assertEquals(Map.of("rosterDueBy", "2024-09-05", "fundsDueBy", "2024-09-10", "paymentDueBy", "2024-09-14",
                "movedFor", "中秋节", "holidayFrom", "2024-09-15", "holidayUntil", "2024-09-17"),
                calc("anhui-payment-calendar").compute(Map.of("month", "2024-08")).outputs());
        assertEquals("2024-10-15", calc("anhui-payment-calendar").compute(Map.of("month", "2024-09")).outputs()
                .get("paymentDueBy"));
    }

    @Test
    void AH07_beyondTheCalendarOrTheValidity_isACodedRefusal() {
        // 2026-12's money is paid on 2027-01-15: the 2027 arrangement is not in the data
        CalculatorException e = assertThrows(CalculatorException.class, () -> calc("anhui-payment-calendar")
                .compute(Map.of("month", "2026-12")));
        assertEquals("CALENDAR_UNAVAILABLE", e.code());
        assertEquals("month", e.field());
        // 2027-05's money is paid in June 2027, after the document's last day 2027-05-31
        assertEquals("DATE_OUT_OF_RANGE", assertThrows(CalculatorException.class, () -> calc("anhui-payment-calendar")
                .compute(Map.of("month", "2027-05"))).code());
        assertEquals("month", assertThrows(InvalidInputException.class, () -> calc("anhui-payment-calendar")
                .compute(Map.of("month", "2024-8"))).field());
    }

    @Test
    void AH05_sampleSize_ofApprovedAndRejectedTogether() {
        // ⌈0.3 × (7 + 4)⌉ = ⌈3.3⌉ = 4; ⌈0.3 × (7 + 3)⌉ = 3
        assertEquals(Map.of("decided", 11, "minimumSample", 4), calc("anhui-county-sample-size")
                .compute(Map.of("approved", 7, "rejected", 4)).outputs());
        assertEquals(3, calc("anhui-county-sample-size").compute(Map.of("approved", 7, "rejected", 3)).outputs()
                .get("minimumSample"));
    }
}
