package org.relief.rules.anhui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** AH-07 (皖民社救字〔2022〕46号 十): roster by the 5th, funds by the 10th, payment by the 15th, earlier before a holiday. */
class PaymentCalendarTest {
    private static final PaymentCalendar CAL = PaymentCalendar.shipped();

    @Test
    void AH07_ordinaryMonth_5th10th15thOfTheNextMonth() {
        PaymentCalendar.Schedule s = CAL.scheduleFor(YearMonth.of(2022, 6));
        assertEquals(LocalDate.of(2022, 7, 5), s.rosterDueBy());
        assertEquals(LocalDate.of(2022, 7, 10), s.fundsDueBy());
        assertEquals(LocalDate.of(2022, 7, 15), s.paymentDueBy());
        assertTrue(s.movedFor().isEmpty());
    }

    @Test
    void AH07_fifteenthOnAnOrdinaryWeekend_doesNotMove() {
        // 2022-10-15 is a Saturday outside the 国庆 period (10-01 – 10-07)
        assertEquals(LocalDate.of(2022, 10, 15), CAL.paymentDueBy(YearMonth.of(2022, 9)));
    }

    @Test
    void AH07_springFestival2024_paidOnFriday9February() {
        // 春节 2024-02-10 – 02-17 (国办发明电〔2023〕7号) contains the 15th; 02-09 is a Friday, a working day
        PaymentCalendar.Schedule s = CAL.scheduleFor(YearMonth.of(2024, 1));
        assertEquals(LocalDate.of(2024, 2, 9), s.paymentDueBy());
        assertEquals("春节", s.movedFor().orElseThrow().holiday());
        assertEquals(LocalDate.of(2024, 2, 5), s.rosterDueBy()); // only the payment date moves
        assertEquals(LocalDate.of(2024, 2, 10), s.fundsDueBy());
    }

    @Test
    void AH07_midAutumn2024_paidOnTheWorkingSaturdayBefore() {
        // 中秋 2024-09-15 – 09-17; 2024-09-14 is a Saturday made a working day (调休) ⇒ it counts
        assertEquals(LocalDate.of(2024, 9, 14), CAL.paymentDueBy(YearMonth.of(2024, 8)));
    }

    @Test
    void AH07_springFestival2026_paidOnTheWorkingSaturday14February() {
        // 春节 2026-02-15 – 02-23 (国办发明电〔2025〕7号); 02-14 Saturday is a 上班 day
        assertEquals(LocalDate.of(2026, 2, 14), CAL.paymentDueBy(YearMonth.of(2026, 1)));
    }

    @Test
    void AH07_lastMonthCoveredByTheData_andBeyondIsAnError() {
        assertEquals(LocalDate.of(2026, 12, 15), CAL.paymentDueBy(YearMonth.of(2026, 11)));
        PaymentCalendarException e = assertThrows(PaymentCalendarException.class, () -> CAL.scheduleFor(YearMonth.of(2026, 12)));
        assertEquals(PaymentCalendarException.Code.CALENDAR_UNAVAILABLE, e.code());
        assertTrue(e.messageZh().contains("2027"));
        assertEquals(PaymentCalendarException.Code.CALENDAR_UNAVAILABLE,
                assertThrows(PaymentCalendarException.class, () -> CAL.scheduleFor(YearMonth.of(2027, 4))).code());
    }

    @Test
    void AH07_outsideTheDocumentsValidity_isDateOutOfRange() {
        // May 2022's money is paid in June 2022, the first month of validity
        assertEquals(LocalDate.of(2022, 6, 15), CAL.paymentDueBy(YearMonth.of(2022, 5)));
        assertEquals(PaymentCalendarException.Code.DATE_OUT_OF_RANGE,
                assertThrows(PaymentCalendarException.class, () -> CAL.scheduleFor(YearMonth.of(2022, 4))).code());
        assertEquals(PaymentCalendarException.Code.DATE_OUT_OF_RANGE,
                assertThrows(PaymentCalendarException.class, () -> CAL.scheduleFor(YearMonth.of(2027, 5))).code());
        assertThrows(IllegalArgumentException.class, () -> CAL.scheduleFor(null));
    }
}
