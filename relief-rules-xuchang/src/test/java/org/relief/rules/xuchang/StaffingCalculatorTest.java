package org.relief.rules.xuchang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.relief.rules.xuchang.StaffingCalculator.Requirement;

/** XC-12 (许办〔2021〕7号 四(二)) staffing. */
class StaffingCalculatorTest {
    @Test
    void XC12_county_ceilOfTenThousandAtLeast_ceilOfEightThousandStrict_fiveWorkers() {
        // 10,000 ⇒ ⌈1⌉ = 1, ⌈1.25⌉ = 2; 10,001 ⇒ 2, 2; 8,000 ⇒ 1, 1; 8,001 ⇒ 1, 2; 45,000 ⇒ ⌈4.5⌉ = 5, ⌈5.625⌉ = 6
        assertEquals(new Requirement(1, 2, 5), StaffingCalculator.county(10_000));
        assertEquals(new Requirement(2, 2, 5), StaffingCalculator.county(10_001));
        assertEquals(new Requirement(1, 1, 5), StaffingCalculator.county(8_000));
        assertEquals(new Requirement(1, 2, 5), StaffingCalculator.county(8_001));
        assertEquals(new Requirement(5, 6, 5), StaffingCalculator.county(45_000));
        assertEquals(new Requirement(0, 0, 5), StaffingCalculator.county(0), "no recipients: still 5 workers");
        assertEquals(new Requirement(1, 1, 5), StaffingCalculator.county(1));
    }

    @Test
    void XC12_countyMeets_fullTimeAtLeastLenientBound_andFiveInAll() {
        // 25,000 ⇒ ⌈2.5⌉ = 3 full-time at least; 5 in all
        assertTrue(StaffingCalculator.countyMeets(25_000, 3, 5));
        assertFalse(StaffingCalculator.countyMeets(25_000, 2, 5));
        assertFalse(StaffingCalculator.countyMeets(25_000, 3, 4));
        assertThrows(IllegalArgumentException.class, () -> StaffingCalculator.countyMeets(25_000, 6, 5));
    }

    @Test
    void XC12_township_800to1000PerWorker() {
        // 1,000 ⇒ 1, ⌈1.25⌉ = 2; 1,001 ⇒ 2, 2; 800 ⇒ 1, 1; 2,500 ⇒ 3, ⌈3.125⌉ = 4
        assertEquals(1, StaffingCalculator.township(1_000).minimumFullTime());
        assertEquals(2, StaffingCalculator.township(1_000).strictFullTime());
        assertEquals(2, StaffingCalculator.township(1_001).minimumFullTime());
        assertEquals(1, StaffingCalculator.township(800).strictFullTime());
        assertEquals(new Requirement(3, 4, 3), StaffingCalculator.township(2_500));
        assertTrue(StaffingCalculator.townshipMeets(2_500, 3));
        assertFalse(StaffingCalculator.townshipMeets(2_500, 2));
    }

    @Test
    void XC12_everyVillageOneAssistant() {
        assertEquals(0, StaffingCalculator.villageAssistants(0));
        assertEquals(312, StaffingCalculator.villageAssistants(312));
    }

    @Test
    void XC12_negativeInputsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StaffingCalculator.county(-1));
        assertTrue(e.getMessage().contains("recipients"));
        assertThrows(IllegalArgumentException.class, () -> StaffingCalculator.township(-1));
        assertThrows(IllegalArgumentException.class, () -> StaffingCalculator.villageAssistants(-5));
        assertThrows(IllegalArgumentException.class, () -> StaffingCalculator.townshipMeets(100, -1));
    }
}
