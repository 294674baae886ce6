package org.relief.rules.linfen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relief.rules.linfen.Fixtures.ENGINE;
import static org.relief.rules.linfen.Fixtures.d;
import static org.relief.rules.linfen.Fixtures.request;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.Determination;
import org.relief.core.engine.DeterminationRequest;
import org.relief.core.engine.Outcome;
import org.relief.core.model.Event;
import org.relief.core.model.EventKind;
import org.relief.core.model.EventType;
import org.relief.core.model.Grant;
import org.relief.core.model.Household;
import org.relief.core.model.Member;
import org.relief.core.model.Money;
import org.relief.core.model.ProgramId;
import org.relief.core.model.Residence;

/** LF-09 (caps 5000 / 10000), LF-10 (10% of the balance), LF-16 (township approval limit); all 二(八)1. */
class TemporaryTest {
    private static final Household H = Household.of(Residence.URBAN,
            Member.builder("p1").birthDate(d("1970-01-01")).build(),
            Member.builder("p2").birthDate(d("1972-01-01")).build());

    private static DeterminationRequest.Builder temporary(String date, String requested) {
        return request(date, ProgramId.TEMPORARY, H).event(Event.of(EventKind.ACCIDENT, EventType.EMERGENCY)
                .withRequested(Money.yuan(requested)).withMember("p1"));
    }

    private static Grant grant(String member, String date, String amount) {
        return new Grant(ProgramId.TEMPORARY, Optional.of(member), d(date), Money.yuan(amount));
    }

    @Test
    void LF09_shippedPersonCap5000_reducesTo2500() {
        // 5000 − 2500 used = 2500 remaining; requested 3000 ⇒ 2500
        Determination r = ENGINE.determine(temporary("2019-08-01", "3000.00").grant(grant("p1", "2019-03-01", "2500.00")).build());
        assertEquals("2500.00", r.amount().orElseThrow().toString());
        assertTrue(r.hasReason("ANNUAL_CAP_REACHED"));
        assertTrue(r.applied("LF-09"));
    }

    @Test
    void LF09_unknownRequested_isUndetermined_beforeTheCapsAreLookedUp() {
        Determination r = ENGINE.determine(request("2019-08-01", ProgramId.TEMPORARY, H)
                .event(Event.of(EventKind.ACCIDENT, EventType.EMERGENCY).withMember("p1")).build());
        assertEquals(Outcome.UNDETERMINED, r.outcome());
        assertEquals(java.util.List.of("event.requested"), r.missing());
        assertTrue(r.versions().standards().isEmpty(), "no cap looked up: " + r.versions());
    }

    @Test
    void LF09_householdCap10000_binds() {
        // household used 6000 + 3500 = 9500 ⇒ 500 remaining; p1 used 3500 ⇒ 1500 remaining ⇒ 500
        Determination r = ENGINE.determine(temporary("2019-08-01", "2000.00").grant(grant("p2", "2019-02-01", "6000.00"))
                .grant(grant("p1", "2019-02-02", "3500.00")).build());
        assertEquals("500.00", r.amount().orElseThrow().toString());
    }

    @Test
    void LF09_capExactlyReached_ineligible() {
        Determination r = ENGINE.determine(temporary("2019-08-01", "100.00").grant(grant("p1", "2019-01-05", "5000.00")).build());
        assertEquals(Outcome.INELIGIBLE, r.outcome());
    }

    @Test
    void LF16_atLimitTownship_aboveLimitCounty_unpublishedCounty() {
        Determination at = ENGINE.determine(temporary("2019-08-01", "1000.00").standard("temporary.townshipApprovalLimit", "1000").build());
        assertTrue(at.measures().contains(Lf16TownshipApproval.TOWNSHIP_APPROVAL));
        assertTrue(at.applied("LF-16"));
        Determination above = ENGINE.determine(temporary("2019-08-01", "1000.01").standard("temporary.townshipApprovalLimit", "1000").build());
        assertTrue(above.measures().contains(Lf16TownshipApproval.COUNTY_APPROVAL));
        Determination none = ENGINE.determine(temporary("2019-08-01", "10.00").build());
        assertEquals("10.00", none.amount().orElseThrow().toString());
        assertTrue(none.measures().contains(Lf16TownshipApproval.COUNTY_APPROVAL));
    }

    @Test
    void LF16_comparesTheGrantAfterTheCaps() {
        // requested 3000 > 1000, but only 5000 − 4200 = 800 remains ⇒ grant 800 ≤ 1000 ⇒ township
        Determination r = ENGINE.determine(temporary("2019-08-01", "3000.00").standard("temporary.townshipApprovalLimit", "1000")
                .grant(grant("p1", "2019-05-01", "4200.00")).build());
        assertEquals("800.00", r.amount().orElseThrow().toString());
        assertEquals(java.util.List.of(Lf16TownshipApproval.TOWNSHIP_APPROVAL), r.measures());
    }

    @Test
    void LF16_noGrant_noApprovalMeasure() {
        Determination r = ENGINE.determine(temporary("2019-08-01", "100.00").grant(grant("p1", "2019-01-05", "5000.00")).build());
        assertTrue(r.measures().isEmpty());
        assertFalse(r.applied("LF-16"));
    }

    @Test
    void LF16_calculator() {
        assertTrue(Lf16TownshipApproval.approvableByTownship(Money.yuan("1000.00"), Money.yuan("1000.00")));
        assertFalse(Lf16TownshipApproval.approvableByTownship(Money.yuan("1000.01"), Money.yuan("1000.00")));
        assertThrows(IllegalArgumentException.class,
                () -> Lf16TownshipApproval.approvableByTownship(Money.yuan("-1.00"), Money.yuan("1000.00")));
    }

    @Test
    void LF10_tenPercentOfYearEndBalance_roundedDownToTheFen() {
        // 123456.78 × 10% = 12345.678 ⇒ 12345.67 (a ceiling: rounded down)
        assertEquals(Money.yuan("12345.67"), DibaoFundBalance.maxTemporarySpending(Money.yuan("123456.78")));
        assertEquals(Money.ZERO, DibaoFundBalance.maxTemporarySpending(Money.ZERO));
        assertTrue(DibaoFundBalance.withinLimit(Money.yuan("12345.67"), Money.yuan("123456.78")));
        assertTrue(DibaoFundBalance.withinLimit(Money.yuan("100.00"), Money.yuan("1000.00"))); // exactly 10%
        assertFalse(DibaoFundBalance.withinLimit(Money.yuan("100.01"), Money.yuan("1000.00")));
        assertThrows(IllegalArgumentException.class, () -> DibaoFundBalance.maxTemporarySpending(Money.yuan("-0.01")));
    }
}
