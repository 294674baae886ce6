package org.relief.rules.linfen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.relief.rules.linfen.StaffRelativeFiling.StaffRole;
import org.relief.rules.linfen.StaffRelativeFiling.Tie;

/** LF-02 (二(一) staff-relative filing) and LF-13 (二(六)2 housing-support exit and yearly review). */
class CalculatorsTest {
    @Test
    void LF02_staffAndCloseRelativesAreFiled() {
        for (StaffRole role : StaffRole.values()) {
            for (Tie tie : Tie.values()) {
                assertEquals(tie != Tie.OTHER, StaffRelativeFiling.requiresFiling(role, tie), role + " " + tie);
            }
        }
    }

    @Test
    void LF02_noTieToStaff_notFiled_andTieRequiredWithRole() {
        assertFalse(StaffRelativeFiling.requiresFiling(null, null));
        assertThrows(NullPointerException.class, () -> StaffRelativeFiling.requiresFiling(StaffRole.ASSISTANCE_STAFF, null));
    }

    @Test
    void LF13_buyingCommercialHousingMeansExit() {
        assertTrue(HousingSupportReview.mustExit(true, true));
        assertFalse(HousingSupportReview.mustExit(true, false));
        assertFalse(HousingSupportReview.mustExit(false, true));
    }

    @Test
    void LF13_yearlyReview() {
        assertEquals(LocalDate.of(2020, 3, 1), HousingSupportReview.nextReviewDue(LocalDate.of(2019, 3, 1)));
        assertEquals(LocalDate.of(2021, 2, 28), HousingSupportReview.nextReviewDue(LocalDate.of(2020, 2, 29)));
    }
}
