package org.relief.rules.liaocheng;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** LC-03, LC-07, LC-09, LC-14: the module's calculators. */
class CalculatorsTest {

    @Test
    void LC03_dibaoStandardFromConsumptionExpenditure_roundedUpToTheYuan() {
        // 30000 × 0.3 / 12 = 750 exactly
        assertEquals(0, new BigDecimal("750").compareTo(
                DibaoStandardCalculator.monthlyStandard(new BigDecimal("30000"), new BigDecimal("0.3"))));
        // 25433 × 0.4 / 12 = 10173.2 / 12 = 847.766… ⇒ 848 (up, not half-up)
        assertEquals(0, new BigDecimal("848").compareTo(
                DibaoStandardCalculator.monthlyStandard(new BigDecimal("25433"), new BigDecimal("0.4"))));
        // 30001 × 0.3 / 12 = 750.025 ⇒ 751 (up even where half-up would give 750)
        assertEquals(0, new BigDecimal("751").compareTo(
                DibaoStandardCalculator.monthlyStandard(new BigDecimal("30001"), new BigDecimal("0.3"))));
        assertTrue(DibaoStandardCalculator.meetsLinkage(new BigDecimal("751"), new BigDecimal("30001"), new BigDecimal("0.3")));
        assertFalse(DibaoStandardCalculator.meetsLinkage(new BigDecimal("750"), new BigDecimal("30001"), new BigDecimal("0.3")));
    }

    @Test
    void LC03_invalidInputsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> DibaoStandardCalculator.monthlyStandard(new BigDecimal("-1"), new BigDecimal("0.3")));
        assertThrows(IllegalArgumentException.class,
                () -> DibaoStandardCalculator.monthlyStandard(new BigDecimal("30000"), BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> DibaoStandardCalculator.monthlyStandard(new BigDecimal("30000"), new BigDecimal("1.01")));
        assertThrows(NullPointerException.class, () -> DibaoStandardCalculator.monthlyStandard(null, BigDecimal.ONE));
    }

    @Test
    void LC07_emergencyAssistanceWithin24Hours_inclusive() {
        LocalDateTime learned = LocalDateTime.of(2023, 2, 28, 21, 30);
        assertEquals(LocalDateTime.of(2023, 3, 1, 21, 30), EmergencyAssistanceDeadline.dueBy(learned));
        assertTrue(EmergencyAssistanceDeadline.onTime(learned, LocalDateTime.of(2023, 3, 1, 21, 30)));
        assertFalse(EmergencyAssistanceDeadline.onTime(learned, LocalDateTime.of(2023, 3, 1, 21, 31)));
        assertThrows(IllegalArgumentException.class,
                () -> EmergencyAssistanceDeadline.onTime(learned, LocalDateTime.of(2023, 2, 28, 21, 0)));
    }

    @Test
    void LC09_oneToTwoAssistantsPerCommittee() {
        assertEquals(new AssistantCalculator.Range(12, 24), AssistantCalculator.required(12));
        assertEquals(new AssistantCalculator.Range(0, 0), AssistantCalculator.required(0));
        assertEquals(AssistantCalculator.Compliance.TOO_FEW, AssistantCalculator.check(0));
        assertEquals(AssistantCalculator.Compliance.WITHIN, AssistantCalculator.check(1));
        assertEquals(AssistantCalculator.Compliance.WITHIN, AssistantCalculator.check(2));
        assertEquals(AssistantCalculator.Compliance.TOO_MANY, AssistantCalculator.check(3));
        assertThrows(IllegalArgumentException.class, () -> AssistantCalculator.required(-1));
        assertThrows(IllegalArgumentException.class, () -> AssistantCalculator.check(-1));
    }

    @Test
    void LC14_oneWorkstationPerCommunityOrVillage() {
        assertEquals(37, WorkstationCalculator.required(37));
        assertEquals(5, WorkstationCalculator.shortfall(37, 32));
        assertEquals(0, WorkstationCalculator.shortfall(37, 37));
        assertThrows(IllegalArgumentException.class, () -> WorkstationCalculator.shortfall(37, 38));
        assertThrows(IllegalArgumentException.class, () -> WorkstationCalculator.required(-1));
    }
}
