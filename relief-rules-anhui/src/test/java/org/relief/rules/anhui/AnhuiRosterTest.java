package org.relief.rules.anhui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relief.rules.anhui.AnhuiWorld.d;
import static org.relief.rules.anhui.AnhuiWorld.lines;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relief.core.engine.TraceEntry;
import org.relief.core.lifecycle.Case;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Money;
import org.relief.core.roster.PaymentDates;
import org.relief.core.roster.PriceIndex;
import org.relief.core.roster.Roster;

/**
 * 安徽 rosters through relief-core's payroll: AH-07's payment calendar on every roster (only the payment
 * date moves; beyond the calendar's data it is absent while the 5th and the 10th stay) and AH-06's
 * price subsidy, over the shipped 滁州, 淮南 and 池州 standards and a test figure for 合肥 (no 合肥 value is
 * shipped). Price indices are test figures.
 */
class AnhuiRosterTest {
    private final AnhuiWorld w = new AnhuiWorld();

    @Test
    void AH07_theRosterCarriesItsCalendar_springFestival2024MovesThePaymentOnly() {
        Case c = w.active("341181", "天长-2023-101", "2023-10-09");              // 滁州 urban 727, paid from 2023-11
        Roster nov = w.submit("341181", "2023-11", "2023-12-04");
        assertEquals(Money.yuan("727.00"), lines(nov, c).get("dibao"));
        assertEquals(new PaymentDates(d("2023-12-05"), d("2023-12-10"), d("2023-12-15")), nov.dates().orElseThrow());
        assertTrue(nov.trace().stream().anyMatch(t -> t.rule().equals("AH-07")));
        // January 2024: 春节 2024-02-10 … 02-17 holds the 15th ⇒ paid by Friday 02-09; funds by 02-10 stays (a rest day)
        Roster jan = w.submit("341181", "2024-01", "2024-02-02");
        assertEquals(new PaymentDates(d("2024-02-05"), d("2024-02-10"), d("2024-02-09")), jan.dates().orElseThrow());
    }

    @Test
    void AH07_beyondTheCalendarsData_thePaymentDateIsAbsent_theFixedDatesStay() {
        w.publish("340103", "dibao.urban.monthly", "2026-01-01", "900");        // test figure: no 合肥 value is shipped
        Case c = w.active("340103", "庐阳-2026-001", "2026-10-12");               // paid from 2026-11
        Roster nov = w.submit("340103", "2026-11", "2026-12-02");
        assertEquals(Optional.of(d("2026-12-15")), nov.dates().orElseThrow().paymentDueBy());   // the 2026 data cover it
        // December 2026 is paid in January 2027, whose arrangement is not in the data: never guessed
        Roster dec = w.submit("340103", "2026-12", "2027-01-04");
        PaymentDates dates = dec.dates().orElseThrow();
        assertEquals(d("2027-01-05"), dates.rosterDueBy());
        assertEquals(d("2027-01-10"), dates.fundsDueBy());
        assertTrue(dates.paymentDueBy().isEmpty());
        assertTrue(dec.reasons().stream().anyMatch(r -> r.code().equals("CALENDAR_UNAVAILABLE") && r.rule().equals("AH-07")));
        assertEquals(Money.yuan("900.00"), lines(dec, c).get("dibao"));       // the roster itself is computed
    }

    @Test
    void AH07_moneyPaidAfterTheDocumentsValidity_getsNoDates() {
        w.publish("340103", "dibao.urban.monthly", "2027-01-01", "900");
        Roster may = w.submit("340103", "2027-05", "2027-05-31");
        assertTrue(may.dates().isEmpty());                                     // paid in June 2027, after 2027-05-31
        assertTrue(may.reasons().stream().anyMatch(r -> r.code().equals("DATE_OUT_OF_RANGE")));
    }

    @Test
    void AH06_priceSubsidyOnTheRoster_citesTheAnhuiClause_overridingNA14() {
        Case c = w.active("340403", "田家庵-2022-301", "2022-12-05");             // 淮南 urban 725, paid from 2023-01
        w.prices.publish(new PriceIndex(AdminCode.of("340000"), YearMonth.of(2023, 2), new BigDecimal("3.0"), new BigDecimal("2.0")));
        Roster feb = w.submit("340403", "2023-02", "2023-03-13");
        assertEquals(Money.yuan("21.75"), lines(feb, c).get("priceSubsidy"));  // 725 × 3.0 / 100, the 3.0% period
        TraceEntry t = feb.trace().stream().filter(x -> x.slot().equals("roster.priceSubsidy")).findFirst().orElseThrow();
        assertEquals("AH-06", t.rule());
        assertEquals(Optional.of("NA-14"), t.overrides());
        assertTrue(t.citation().contains("皖民社救字〔2022〕46号"));
        // March 2023: nothing published for 安徽 ⇒ no line, and the roster says so under AH-06
        Roster mar = w.submit("340403", "2023-03", "2023-04-03");
        assertFalse(lines(mar, c).containsKey("priceSubsidy"));
        assertTrue(mar.reasons().stream().anyMatch(r -> r.code().equals(Roster.PRICE_INDEX_UNPUBLISHED) && r.rule().equals("AH-06")));
    }

    @Test
    void AH06_aHeldCaseGetsNoSubsidy_whileAPaidOneInTheSameProvinceDoes() {
        Case stale = w.active("341182", "明光-2023-101", "2023-10-09");           // 滁州: 727 stale after 2023-12-31
        Case paid = w.active("341702", "贵池-2023-101", "2023-10-09");            // 池州: 787 from 2023-07-01, through 2024
        w.prices.publish(new PriceIndex(AdminCode.of("340000"), YearMonth.of(2024, 1), new BigDecimal("3.6"), new BigDecimal("0.4")));
        Roster held = w.submit("341182", "2024-01", "2024-02-02");
        assertTrue(held.lines().stream().anyMatch(l -> l.caseId().equals(stale.id()) && l.held()));
        assertFalse(lines(held, stale).containsKey("priceSubsidy"));
        // 787 × 3.6 / 100 = 28.332 → 28.33
        assertEquals(Money.yuan("28.33"), lines(w.submit("341702", "2024-01", "2024-02-02"), paid).get("priceSubsidy"));
    }
}
