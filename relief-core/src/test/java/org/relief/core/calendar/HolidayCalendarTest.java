package org.relief.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The national working-day calendar (NA-11 deadlines, AH-07 payment dates), checked against the notices. */
class HolidayCalendarTest {
    private static final HolidayCalendar CAL = HolidayCalendar.shipped();

    @Test
    void shippedData_covers2015To19December2026() {
        assertEquals(2015, CAL.firstYear());
        assertEquals(2026, CAL.lastYear());
        assertEquals(LocalDate.of(2015, 1, 1), CAL.firstCovered());
        assertEquals(LocalDate.of(2026, 12, 19), CAL.lastCovered());
    }

    @Test
    void tiaoxiuWeekend_isAWorkingDay_andOrdinaryWeekendIsNot() {
        assertTrue(CAL.isWorkingDay(LocalDate.of(2024, 2, 4)));    // Sunday, 上班 before 春节 (国办发明电〔2023〕7号)
        assertTrue(CAL.isWorkingDay(LocalDate.of(2024, 2, 18)));   // Sunday, 上班 after 春节
        assertTrue(CAL.isWorkingDay(LocalDate.of(2024, 4, 7)));    // Sunday, 上班 after 清明
        assertFalse(CAL.isWorkingDay(LocalDate.of(2024, 3, 2)));   // ordinary Saturday
        assertTrue(CAL.isWorkingDay(LocalDate.of(2024, 3, 4)));    // ordinary Monday
    }

    @Test
    void springFestivalBlock_isRest_weekdaysIncluded() {
        // 2024 春节 rest 02-10 … 02-17
        for (LocalDate d = LocalDate.of(2024, 2, 10); !d.isAfter(LocalDate.of(2024, 2, 17)); d = d.plusDays(1)) {
            assertFalse(CAL.isWorkingDay(d), d.toString());
        }
        assertEquals("春节", CAL.periodContaining(LocalDate.of(2024, 2, 12)).orElseThrow().holiday());
        assertEquals("国办发明电〔2023〕7号", CAL.periodContaining(LocalDate.of(2024, 2, 12)).orElseThrow().document());
        assertTrue(CAL.isWorkingDay(LocalDate.of(2024, 2, 9)));    // Friday, 除夕: a working day (only encouraged to rest)
    }

    @Test
    void nationalDayBlock_2023_combinedWithMidAutumn() {
        // 2023 中秋节、国庆节: rest 09-29 … 10-06, 上班 Saturday 10-07 and Sunday 10-08
        assertFalse(CAL.isWorkingDay(LocalDate.of(2023, 9, 29)));
        assertFalse(CAL.isWorkingDay(LocalDate.of(2023, 10, 6)));
        assertTrue(CAL.isWorkingDay(LocalDate.of(2023, 10, 7)));
        assertTrue(CAL.isWorkingDay(LocalDate.of(2023, 10, 8)));
        assertTrue(CAL.isWorkingDay(LocalDate.of(2023, 9, 28)));
    }

    @Test
    void withinNWorkingDays_countsFromTheDayAfter() {
        // accepted Mon 2024-03-04: 3 working days → Thu 03-07; 30 → 2024-04-16
        // (March: 03-05 … 03-29 = 19; April 01-03 = 22, 04-04…06 清明 off, Sun 04-07 worked = 23, 04-08…12 = 28, 04-15 = 29, 04-16 = 30)
        assertEquals(LocalDate.of(2024, 3, 7), CAL.plusWorkingDays(LocalDate.of(2024, 3, 4), 3));
        assertEquals(LocalDate.of(2024, 4, 16), CAL.plusWorkingDays(LocalDate.of(2024, 3, 4), 30));
        assertEquals(LocalDate.of(2024, 3, 4), CAL.plusWorkingDays(LocalDate.of(2024, 3, 4), 0));
        // a Saturday start: the next working day is Monday
        assertEquals(LocalDate.of(2024, 3, 4), CAL.plusWorkingDays(LocalDate.of(2024, 3, 2), 1));
        assertThrows(IllegalArgumentException.class, () -> CAL.plusWorkingDays(LocalDate.of(2024, 3, 4), -1));
    }

    @Test
    void deadlineAcrossNationalDay2024() {
        // accepted Mon 2024-09-23; 国庆 rest 10-01 … 10-07, 上班 Sun 09-29 and Sat 10-12.
        // 09-24…27 = 4, Sun 09-29 = 5, Mon 09-30 = 6, 10-08…11 = 10, Sat 10-12 = 11, 10-14 = 12
        assertEquals(LocalDate.of(2024, 10, 14), CAL.plusWorkingDays(LocalDate.of(2024, 9, 23), 12));
    }

    @Test
    void yearEnd_newYearRestStartsInTheDecemberBefore() {
        // 2024 元旦 (国办发明电〔2023〕7号): rest 2023-12-30 … 2024-01-01
        assertFalse(CAL.isWorkingDay(LocalDate.of(2023, 12, 30)));
        assertFalse(CAL.isWorkingDay(LocalDate.of(2024, 1, 1)));
        assertTrue(CAL.isWorkingDay(LocalDate.of(2023, 12, 29)));
        // Fri 2023-12-29 + 1 working day = Tue 2024-01-02
        assertEquals(LocalDate.of(2024, 1, 2), CAL.plusWorkingDays(LocalDate.of(2023, 12, 29), 1));
        // 2026 元旦: rest 01-01 … 01-03, 上班 Sunday 01-04
        assertTrue(CAL.isWorkingDay(LocalDate.of(2026, 1, 4)));
    }

    @Test
    void beyondTheData_isCalendarUnavailable_neverGuessed() {
        assertTrue(CAL.isWorkingDay(LocalDate.of(2026, 12, 18)));
        CalendarUnavailableException e = assertThrows(CalendarUnavailableException.class,
                () -> CAL.isWorkingDay(LocalDate.of(2026, 12, 21)));   // from 20 December the 2027 arrangement is needed
        assertEquals(LocalDate.of(2026, 12, 21), e.date());
        assertTrue(e.getMessage().startsWith("CALENDAR_UNAVAILABLE"));
        assertTrue(e.messageZh().contains("2026-12-21"));
        assertThrows(CalendarUnavailableException.class, () -> CAL.isWorkingDay(LocalDate.of(2014, 12, 31)));
        // a deadline that runs past the data: 2026-12-10 + 10 working days needs 12-21 onwards
        assertThrows(CalendarUnavailableException.class, () -> CAL.plusWorkingDays(LocalDate.of(2026, 12, 10), 10));
        assertEquals(LocalDate.of(2026, 12, 18), CAL.plusWorkingDays(LocalDate.of(2026, 12, 10), 6));
    }

    @Test
    void malformedData_isRefusedNamingTheLine() {
        String header = HolidayCalendar.HEADER + "\n";
        assertThrows(IllegalArgumentException.class, () -> read("year,holiday\n"));
        assertThrows(IllegalArgumentException.class, () -> read(header)); // no rows
        // 2024-02-05 is a Monday: not a weekend 上班 day
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read(header + "2024,春节,2024-02-10,2024-02-17,2024-02-05,x,2023-10-25\n"));
        assertTrue(e.getMessage().startsWith("test:2:"), e.getMessage());
        // no document number
        assertThrows(IllegalArgumentException.class, () -> read(header + "2024,春节,2024-02-10,2024-02-17,,,2023-10-25\n"));
        // years not consecutive
        assertThrows(IllegalArgumentException.class, () -> read(header
                + "2022,元旦,2022-01-01,2022-01-03,,x,2021-10-25\n2024,元旦,2024-01-01,2024-01-01,,x,2023-10-25\n"));
    }

    @Test
    void everyShippedRow_namesItsNotice() throws Exception {
        try (var in = HolidayCalendar.class.getResourceAsStream("holidays-cn.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            text.lines().skip(1).filter(l -> !l.isBlank()).forEach(l ->
                    assertTrue(l.split(",", -1)[5].matches("国(办)?发明电〔\\d{4}〕\\d+号"), l));
        }
    }

    private static HolidayCalendar read(String text) throws java.io.IOException {
        return HolidayCalendar.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test");
    }
}
